"""The words behind each field of an event: trigger, place, date, actor and figures.

Each is a `Span` of the document text (offsets into `Document.text`), found in the sentences the
event was read from, so a user can check every field against the exact words it came from.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from kronika.events.actors import ACTORS
from kronika.events.dates import MONTHS, WEEKDAYS, resolve_date
from kronika.events.details import COUNT_PATTERNS, number
from kronika.events.tolls import toll_update
from kronika.types import Span

#: Words that fix when something happened, in the order a reader would point at them.
_DATE_CUE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|(?:early |late |earlier |last |on |this )?(?:"
    + "|".join(WEEKDAYS + tuple(MONTHS))
    + r")(?: \d{1,2}(?:, \d{4})?)?(?: (?:night|morning|evening|afternoon))?|\d{1,2} (?:"
    + "|".join(MONTHS)
    + r")(?: \d{4})?|yesterday|today|tonight|overnight|last (?:night|week|month)|"
    r"(?:past|last) 24 hours|\w+ (?:days?|weeks?|months?) ago|(?:early|late) in the war)\b",
    re.I,
)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def date_span(
    text: str,
    sentences: list[tuple[int, int]],
    date: str | None = None,
    published: dt.date | None = None,
) -> Span | None:
    """Return the first date expression in the sentences (char offsets into `text`).

    Given the event's `date` and the publication date, the first expression that resolves to
    that date is preferred: "rose to three on Thursday" dates the update, not the attack.
    """
    cues = [m for start, end in sentences for m in _DATE_CUE.finditer(text, start, end)]
    if date is not None and published is not None:
        for m in cues:
            if resolve_date(m.group(0), published)[0] == date:
                return _span(text, m.start(), m.end())
    return _span(text, cues[0].start(), cues[0].end()) if cues else None


@functools.lru_cache(maxsize=256)
def _actor_words(actor: str) -> tuple[re.Pattern, ...]:
    """Return the patterns of the phrases that name `actor`, as whole words ("Russian drone"
    names the actor of "Russian drones", all of it)."""
    return tuple(re.compile(r"\b" + re.escape(p) + r"\w*") for p, a in ACTORS if a == actor)


def actor_span(text: str, sentences: list[tuple[int, int]], actor: str | None) -> Span | None:
    """Return the first words in the sentences that name `actor` ("Russian forces")."""
    if not actor:
        return None
    phrases = _actor_words(actor)
    low = text.lower()
    best: tuple[int, int] | None = None
    for start, end in sentences:
        for phrase in phrases:
            m = phrase.search(low, start, end)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.end())
        if best:
            return _span(text, *best)
    return None


def count_span(
    text: str, sentences: list[tuple[int, int]], fatal: bool, value: int | None
) -> Span | None:
    """Return the words that give the killed (`fatal`) or injured count of an event."""
    if value is None:
        return None
    for start, end in sentences:
        for k, pattern in enumerate(COUNT_PATTERNS):
            for m in pattern.finditer(text, start, end):
                # COUNT_PATTERNS[0] is number-then-verb, [1] verb-then-number.
                num, verb = (m.group(1), m.group(2)) if k == 0 else (m.group(2), m.group(1))
                is_fatal = verb.lower().startswith(("kill", "dead", "died"))
                if is_fatal == fatal and number(num) == value:
                    return _span(text, m.start(), m.end())
    for start, end in sentences:
        # "the death toll rose to three": the revised total.
        update = toll_update(text[start:end])
        if update and value == (update.fatalities if fatal else update.injuries):
            return _span(text, start + update.start, start + update.end)
    return None


def field_evidence(
    text: str,
    sentences: list[tuple[int, int]],
    trigger: tuple[int, int] | None,
    place: tuple[int, int] | None,
    actor1: str | None,
    fatalities: int | None,
    injuries: int | None,
    event_date: str | None = None,
    published: dt.date | None = None,
) -> dict[str, Span]:
    """Return {field: Span} for the fields whose words can be pointed at."""
    found = {
        "trigger": _span(text, *trigger) if trigger else None,
        "location": _span(text, *place) if place else None,
        "event_date": date_span(text, sentences, event_date, published),
        "actor1": actor_span(text, sentences, actor1),
        "fatalities": count_span(text, sentences, True, fatalities),
        "injuries": count_span(text, sentences, False, injuries),
    }
    return {name: span for name, span in found.items() if span is not None}
