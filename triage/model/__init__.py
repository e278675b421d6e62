"""triage.model"""
