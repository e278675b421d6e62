"""Site validation (`triage review`): which reports a radiologist should label, a local labeling page, the
labels in SQLite, and the local performance report a clinical lead signs.

Data flow (an offline tool, apart from the daemon; nothing here imports the stream or the daemon):

    site file --(triage.offline.labeling.label_file: the decision `triage label` makes)--> candidates
    candidates --(sampling: stratified random sample + active queue)--> review database (SQLite)
    review database --(web: one report at a time, one key per answer)--> labels
    labels --(export)--> CSV for `triage train` / `evaluate`;  --(report)--> metrics, PNG, HTML

The review database holds report text: it is PHI, kept with mode 0600 and shown only on the labeling page.
"""
