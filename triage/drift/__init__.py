"""Topic drift, after the second paper (interleaved text/image deep mining of a PACS): the LDA topic model the
daemon loads (``store``, ``topics``; gensim imported lazily), the divergence of topic mixtures
(``divergence``) and the rolling monitor that runs beside the daemon in a child process (``monitor``).
Fitting inputs and day-by-day drift reports are offline tools (triage.offline)."""
