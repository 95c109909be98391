"""Event dates from relative expressions, resolved against the publication date.

Returns ACLED's `time_precision`: 1 the day is known, 2 the week (no expression: the report's own
week), 3 the month (a season is dated by its middle month). Without a publication date nothing relative can be resolved: the date is
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
_IN_MONTH = re.compile(
    r"\b(?:in|since|early|late|mid-?)\s+(" + "|".join(MONTHS) + r")(?:,?\s+((?:19|20)\d\d))?\b",
    re.I,
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_M = "(" + "|".join(MONTHS) + ")"
#: "24 February 2022", "February 24, 2022"
_FULL_DATE = re.compile(
    r"\b(?:(\d{1,2})\s+"
    + _M
    + r",?\s+(\d{4})|"
    + _M
    + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b"
)
#: "May 2023", "in March, 2022": a month with its year
_MONTH_YEAR = re.compile(r"\b" + _M + r",?\s+((?:19|20)\d\d)\b")
#: The middle month of each (northern) season: a season is dated by it, at month precision.
SEASON_MONTHS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
_S = r"(spring|summer|autumn|fall|winter)"
#: "the summer of 2023", "winter 2022", "autumn, 2022": a season with its year
_SEASON_YEAR = re.compile(r"\b" + _S + r"(?:\s+of|,)?\s+((?:19|20)\d\d)\b")
#: "last summer", "this spring", "in the autumn", "during the winter": a season without a year
#: ("the fall of the city" is no autumn).
_SEASON = re.compile(
    r"\b(?:(last|this|past|previous)|(?:in|during|over|through|throughout)"
    r"(?:\s+(?:early|late|mid-?))?\s+the)\s+" + _S + r"\b(?!\s+of\b)"
)
#: "two months ago", "3 days ago"
_AGO = re.compile(
    r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?)\s+ago\b"
)


def _month_before(published: dt.date, month: int) -> tuple[int, int]:
    year = published.year if month <= published.month else published.year - 1
    return year, month


def _months_back(published: dt.date, n: int) -> tuple[int, int]:
    k = published.year * 12 + published.month - 1 - n
    return k // 12, k % 12 + 1


_SINCE = re.compile(r"\bsince(?:\s+(?:the|early|late|mid-?))*\s+$")


def _unless_since(m: re.Match[str] | None, s: str) -> re.Match[str] | None:
    """Return the match unless "since" leads it: "since last summer" tells a state that goes on,
    not when the event was."""
    return None if m is None or _SINCE.search(s, 0, m.start()) else m


def _season_year(season: str, year: int) -> tuple[int, int]:
    """Return (year, month) dating a season of a year: winter 2022 is the winter that began in
    December 2022, dated by its January."""
    month = SEASON_MONTHS[season]
    return (year + 1, month) if season == "winter" else (year, month)


def _last_season(published: dt.date, which: str | None, season: str) -> tuple[int, int]:
    """Return (year, month) of the latest such season begun by publication ("in the summer");
    "last summer", of the latest one over before it; "this summer", of the publication year's."""
    year, month = _season_year(season, published.year)
    if which == "this":
        return year, month
    last = which is not None
    start = (year, month - 1) if month > 1 else (year - 1, 12)
    if start > (published.year, published.month) or (
        last and (year, month + 1) >= (published.year, published.month)
    ):
        year -= 1
    return year, month


def resolve_date(sentence: str, published: dt.date | None) -> tuple[str | None, int | None]:
    """Return (event_date, time_precision) for an event reported in `sentence`: the date it
    tells, else the publication week."""
    told = told_date(sentence, published)
    if told is not None:
        return told
    return (published.isoformat(), 2) if published is not None else (None, None)


def told_date(sentence: str, published: dt.date | None) -> tuple[str | None, int | None] | None:
    """Return (event_date, time_precision) of the date `sentence` tells, or None when it tells
    none."""
    s = sentence.lower()
    if m := _ISO.search(s):
        return m.group(0), 1
    if m := _FULL_DATE.search(s):
        # A date with its year needs no publication date: "on 24 February 2022".
        day, month_name, year = (
            m.group(1) or m.group(5),
            m.group(2) or m.group(4),
            m.group(3) or m.group(6),
        )
        try:
            return dt.date(int(year), MONTHS.index(month_name) + 1, int(day)).isoformat(), 1
        except ValueError:
            pass
    # A month or a season with its year: "in May 2023", "in the summer of 2023".
    if m := _unless_since(_MONTH_YEAR.search(s), s):
        return f"{int(m.group(2)):04d}-{MONTHS.index(m.group(1)) + 1:02d}", 3
    if m := _unless_since(_SEASON_YEAR.search(s), s):
        year, month = _season_year(m.group(1), int(m.group(2)))
        return f"{year:04d}-{month:02d}", 3
    if published is None:
        return None, None
    if m := _MONTH_DAY.search(s) or _DAY_MONTH.search(s):
        a, b = m.groups()
        month_name, day = (a, b) if a.isalpha() else (b, a)
        year, month = _month_before(published, MONTHS.index(month_name.lower()) + 1)
        try:
            date = dt.date(year, month, int(day))
        except ValueError:
            return None, None
        if date > published:  # "March 30" in a report of March 16: last year's
            date = date.replace(year=date.year - 1)
        return date.isoformat(), 1
    if m := _AGO.search(s):
        n = _count(m.group(1))
        unit = m.group(2)
        if n is not None:
            if unit.startswith("day"):
                return (published - dt.timedelta(days=n)).isoformat(), 1
            if unit.startswith("week"):
                return (published - dt.timedelta(weeks=n)).isoformat(), 2
            if unit.startswith("month"):
                year, month = _months_back(published, n)
                return f"{year:04d}-{month:02d}", 3
    if "yesterday" in s or "last night" in s:
        return (published - dt.timedelta(days=1)).isoformat(), 1
    if re.search(r"\b(?:past|last) 24 hours\b", s):
        return published.isoformat(), 2  # the day of the report or the one before it
    if re.search(r"\blast week\b", s):
        return (published - dt.timedelta(days=7)).isoformat(), 2
    if re.search(r"\b(?:today|this morning|tonight|overnight)\b", s):
        return published.isoformat(), 1
    if m := _WEEKDAY.search(s):
        wd = WEEKDAYS.index(m.group(1).lower())
        back = (published.weekday() - wd) % 7
        return (published - dt.timedelta(days=back)).isoformat(), 1
    if m := _unless_since(_SEASON.search(s), s):
        year, month = _last_season(published, m.group(1), m.group(2))
        if (year, month) != (published.year, published.month):
            return f"{year:04d}-{month:02d}", 3
    if m := _IN_MONTH.search(s):
        year, month = _month_before(published, MONTHS.index(m.group(1).lower()) + 1)
        if m.group(2):  # "since May 2023"
            year = int(m.group(2))
        if (year, month) != (published.year, published.month):
            return f"{year:04d}-{month:02d}", 3
    return None


_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
