"""Process lifecycle shared by the long-running commands (`triage run`, `triage mllp`, `triage replay`):
a bounded shutdown (triage.lifecycle.shutdown) and child processes that never outlive their parent
(triage.lifecycle.children). Stdlib only, imported first by the CLI."""
