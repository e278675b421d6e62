"""`triage tail TOPIC`: the consumer-side view of the daemon's outputs (Flags, audit records, dead letters,
flag state, raw input), read without joining a group; pretty lines or JSON lines, `--from`, `--follow`.

`view` turns one record into a typed entry and its line or JSON (pure); `follow` reads the topic (I/O)."""
