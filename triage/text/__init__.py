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
    extract_conclusion,
    extract_impression,
    split_sections,
)
from triage.text.windows import MAX_WINDOWS, WINDOW_SIZE, WINDOW_STRIDE, window_starts, windows

__all__ = [
    "MAX_TOKENS",
    "MAX_WINDOWS",
    "NORMALIZATION_VERSION",
    "SOURCE_FALLBACK_FINDINGS",
    "SOURCE_FALLBACK_FULL",
    "SOURCE_HEADING",
    "STOP_WORDS",
    "WINDOW_SIZE",
    "WINDOW_STRIDE",
    "Section",
    "extract_conclusion",
    "extract_impression",
    "normalize_impression",
    "normalize_report",
    "split_sections",
    "strip_identifiers",
    "tokenize",
    "window_starts",
    "windows",
]
