"""HL7 TS/DTM values → timezone-aware datetimes.

Format ``YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]``; missing parts take their lowest value
(``2024`` → 2024-01-01T00:00). A value without an offset is, as HL7 says, the sender's local time: it is
read in `default_tz`, the site's ``TRIAGE_HL7_TIMEZONE`` (``Settings.hl7_tzinfo``, passed down by
``parse_record(..., hl7_timezone=)``); **UTC** when the site sets none. In a zone with daylight saving time
an ambiguous local time (the repeated hour in autumn) is read as its first occurrence and a time that does not
exist (the skipped hour in spring) as the offset in force before the change (``datetime`` fold=0). ISO-8601
strings (``2024-03-15T14:30:12Z``), which some engines emit, are accepted too.
Anything else → None (the caller records a warning).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Literal

_TS = re.compile(r"(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(?:\.(\d{1,6}))?\s*(?:([+-])(\d\d)(\d\d))?")


# how much of a TS/DTM was sent; FHIR dateTime keeps year, month and day precision (YYYY, YYYY-MM,
# YYYY-MM-DD), anything finer is a time with seconds and an offset
Precision = Literal["year", "month", "day", "time"]


def parse_hl7_time(value: str | None, default_tz: tzinfo | None = None) -> datetime | None:
    """Parse one TS/DTM (component 1 only; the caller already split off a v2.2 degree-of-precision);
    a value without an offset is in `default_tz` (None: UTC)."""
    if not value:
        return None
    return parse_hl7_time_precision(value, default_tz)[0]


@lru_cache(maxsize=64)
def parse_hl7_time_precision(
    value: str, default_tz: tzinfo | None = None
) -> tuple[datetime | None, Precision]:
    """`parse_hl7_time` and `hl7_time_precision` of a non-empty `value` from one reading of it. Remembered
    for the last few values (a message often repeats one time in MSH-7, OBR-7 and OBR-22; the result is
    immutable)."""
    value = value.strip()
    m = _TS.fullmatch(value)
    if m is None:
        return _parse_iso(value, default_tz or UTC), "day" if len(value) == 10 else "time"
    year, month, day, hour, minute, second, frac, sign, oh, om = m.groups()
    precision: Precision = "time" if hour else "day" if day else "month" if month else "year"
    tz: tzinfo = default_tz or UTC
    if sign:
        offset = timedelta(hours=int(oh), minutes=int(om))
        if offset > timedelta(hours=14) or int(om) >= 60:
            return None, precision
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
        ), precision
    except ValueError:
        return None, precision


def hl7_time_precision(value: str | None) -> Precision:
    """The precision `value` (a TS/DTM that parse_hl7_time read) was sent with: ``2024`` → year, ``202401``
    → month, ``20240102`` (or ISO ``2024-01-02``) → day, anything with an hour → time."""
    value = (value or "").strip()
    m = _TS.fullmatch(value)
    if m is None:
        return "day" if len(value) == 10 else "time"
    if m.group(4):
        return "time"
    return "day" if m.group(3) else "month" if m.group(2) else "year"


def fhir_datetime(value: datetime, precision: Precision = "time") -> str | None:
    """`value` as a FHIR dateTime at the `precision` it was sent with (``2024``, ``2024-01``,
    ``2024-01-02``; a time with seconds and its offset); None when FHIR cannot carry it (an offset in
    seconds, e.g. a zone's local mean time before 1900, or beyond ±14:00). `value` must be tz-aware."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "day":
        return value.date().isoformat()
    return value.isoformat() if fhir_offset(value) else None


_MAX_OFFSET = timedelta(hours=14)


def fhir_offset(value: datetime) -> bool:
    """Whether a FHIR dateTime can carry `value`'s offset (whole minutes, within ±14:00): what
    `fhir_datetime` needs of a time, without writing it."""
    return _offset_ok(value.utcoffset())


@lru_cache(maxsize=256)  # a feed's times carry a handful of offsets
def _offset_ok(offset: timedelta | None) -> bool:
    # a timedelta's seconds are 0..86399 and its days whole: whole minutes when seconds % 60 and µs are 0
    return (
        offset is not None and not (offset.seconds % 60 or offset.microseconds) and abs(offset) <= _MAX_OFFSET
    )


def _parse_iso(value: str, default_tz: tzinfo) -> datetime | None:
    if "-" not in value or len(value) < 10:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=default_tz)
