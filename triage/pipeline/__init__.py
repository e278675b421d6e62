"""The pure pipeline: records in, outputs out (Flags, flag-state updates, audit records, dead letters).

No Kafka, no clocks that matter, no files: triage/stream feeds it and sends what it returns.
"""
