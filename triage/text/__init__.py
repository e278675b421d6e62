"""triage.text: section extraction and the paper's versioned normalization (pure, no I/O)."""

from triage.text.normalize import (
    MAX_TOKENS,
    NORMALIZATION_VERSION,
    STOP_WORDS,
    normalize_impression,
    normalize_report,
    strip_identifiers,
    tokenize,
)
from triage.text.sections import (
    SOURCE_FALLBACK_FINDINGS,
    SOURCE_FALLBACK_FULL,
    SOURCE_HEADING,
    Section,
    extract_impression,
    split_sections,
)

__all__ = [
    "MAX_TOKENS",
    "NORMALIZATION_VERSION",
    "SOURCE_FALLBACK_FINDINGS",
    "SOURCE_FALLBACK_FULL",
    "SOURCE_HEADING",
    "STOP_WORDS",
    "Section",
    "extract_impression",
    "normalize_impression",
    "normalize_report",
    "split_sections",
    "strip_identifiers",
    "tokenize",
]
