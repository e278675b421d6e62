"""Audit replay: re-run any stretch of a topic through any model version with the daemon's own Processor,
compare the decisions with what was recorded (or with another model), and explain one study's history.

Modules: range (bounds → exact offsets), reader (group-less, deterministic order), engine (the replay loop,
lifecycle state rule, Ctrl-C), checkpoint (resume), sink (JSONL / topic), compare, summary, explain.
"""
