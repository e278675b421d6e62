"""triage.fhir"""
