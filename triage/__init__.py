"""triage: HL7 v2 ORU radiology reports -> CNN-LSTM ICH probability -> FHIR Flag on a worklist topic."""

__version__ = "0.1.0"

import logging as _logging

# A library's loggers stay silent until a command configures logging (triage.obs.logging): without this,
# Python's last-resort handler printed tenacity's raw "Retrying ..." line above a tool's one error line.
_logging.getLogger("triage").addHandler(_logging.NullHandler())
