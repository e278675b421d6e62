"""triage: HL7 v2 ORU radiology reports -> CNN-LSTM ICH probability -> FHIR Flag on a worklist topic."""

__version__ = "0.1.0"
