"""HL7 TS/DTM values → timezone-aware datetimes.

Format ``YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]``; missing parts take their lowest value
(``2024`` → 2024-01-01T00:00). A value without an offset is taken as **UTC**: HL7 says such a time is the
sender's local time, which we cannot know here; UTC keeps the daemon deterministic and the audit says
what was sent. ISO-8601 strings (``2024-03-15T14:30:12Z``), which some engines emit, are accepted too.
Anything else → None (the caller records a warning).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

_TS = re.compile(r"(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(?:\.(\d{1,6}))?\s*(?:([+-])(\d\d)(\d\d))?")


def parse_hl7_time(value: str | None) -> datetime | None:
    """Parse one TS/DTM (component 1 only; the caller already split off a v2.2 degree-of-precision)."""
    if not value:
        return None
    value = value.strip()
    m = _TS.fullmatch(value)
    if m is None:
        return _parse_iso(value)
    year, month, day, hour, minute, second, frac, sign, oh, om = m.groups()
    tz = UTC
    if sign:
        offset = timedelta(hours=int(oh), minutes=int(om))
        if offset > timedelta(hours=14) or int(om) >= 60:
            return None
        tz = timezone(-offset if sign == "-" else offset)
    try:
        return datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            min(int(second or 0), 59),  # leap second "60"
            int((frac or "0").ljust(6, "0")),
            tzinfo=tz,
        )
    except ValueError:
        return None


def _parse_iso(value: str) -> datetime | None:
    if "-" not in value or len(value) < 10:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)
