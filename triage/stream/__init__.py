"""triage.stream"""
