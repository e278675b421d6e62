"""triage.hl7"""
