"""triage.text"""
