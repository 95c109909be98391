"""Event dates from relative expressions, resolved against the publication date.

Returns ACLED's `time_precision`: 1 the day is known, 2 the week (no expression: the report's own
week), 3 the month. Without a publication date nothing relative can be resolved: the date is
None, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january february march april may june july august september october november december".split()
)

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.I)
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", re.I)
_IN_MONTH = re.compile(r"\b(?:in|since|early|late|mid-?)\s+(" + "|".join(MONTHS) + r")\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _month_before(published: dt.date, month: int) -> tuple[int, int]:
    year = published.year if month <= published.month else published.year - 1
    return year, month


def resolve_date(sentence: str, published: dt.date | None) -> tuple[str | None, int | None]:
    """Return (event_date, time_precision) for an event reported in `sentence`."""
    if published is None:
        return None, None
    s = sentence.lower()
    if m := _ISO.search(s):
        return m.group(0), 1
    if m := _MONTH_DAY.search(s) or _DAY_MONTH.search(s):
        a, b = m.groups()
        month_name, day = (a, b) if a.isalpha() else (b, a)
        year, month = _month_before(published, MONTHS.index(month_name.lower()) + 1)
        try:
            return dt.date(year, month, int(day)).isoformat(), 1
        except ValueError:
            return None, None
    if "yesterday" in s or "last night" in s:
        return (published - dt.timedelta(days=1)).isoformat(), 1
    if re.search(r"\b(?:today|this morning|tonight|overnight)\b", s):
        return published.isoformat(), 1
    if m := _WEEKDAY.search(s):
        wd = WEEKDAYS.index(m.group(1).lower())
        back = (published.weekday() - wd) % 7
        return (published - dt.timedelta(days=back)).isoformat(), 1
    if m := _IN_MONTH.search(s):
        year, month = _month_before(published, MONTHS.index(m.group(1).lower()) + 1)
        if (year, month) != (published.year, published.month):
            return f"{year:04d}-{month:02d}", 3
    return published.isoformat(), 2
