"""triage.obs"""
