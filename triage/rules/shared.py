"""One rule engine per process and per extra-terms file: building the spaCy pipeline takes about a second, and
the daemon, a replay's model runs and `triage label` share it (an engine is read-only after it is built)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from triage.rules.engine import RuleEngine


@lru_cache(maxsize=4)
def shared_engine(extra_terms_file: Path | None = None) -> RuleEngine:
    """The packaged rules (+ a site's extra terms), built once. Raises RulesError on a bad resource."""
    from triage.rules.engine import RuleEngine

    return RuleEngine.load(extra_terms_file)
