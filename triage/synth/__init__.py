"""triage.synth"""
