"""triage.offline.synth"""
