"""Death-toll updates: sentences that revise the casualties of an event already reported.

"The death toll from Tuesday's strike rose to five on Thursday", "two more bodies were pulled
from the rubble", "another woman died of her wounds in hospital" are no new events: ACLED codes
one event, at the attack's date, with the total its latest report gives.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kronika.events.details import number

_NUM = r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_RISE = (
    r"(?P<rise>(?:has |had |have )?(?:rose|rises|risen|rising|climbed|climbs|climbing|reached|reaches|"
    r"increased|increases|jumped|jumps|grew|grown|went up|stood at|stands at|now stands at))"
)
#: "the death toll … rose to three", "the number of injured has climbed to 15".
_TOTAL = re.compile(
    r"\b(?P<what>(?:death|injury) toll|toll|number of (?:the )?(?:dead|deaths|fatalities|people "
    r"killed|those killed|victims|injured|wounded|people (?:injured|wounded)|those (?:injured|"
    r"wounded))|number of (?:the )?(?:injuries))\b(?:\W+[\w’'-]+){0,20}?\W+"
    + _RISE
    + r"\s+(?:to\s+)?(?:at least\s+|about\s+|some\s+|more than\s+)?"
    + _NUM
    + r"\b",
    re.I,
)
#: "bringing the death toll to 12", "raising the number of injured to 40".
_BRINGING = re.compile(
    r"\b(?:bringing|raising|pushing|taking|lifting|brought|raised|pushed|took)\s+the\s+"
    r"(?P<what>(?:death |injury )?toll|number of (?:the )?(?:dead|deaths|injured|wounded))"
    r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?:at least\s+|about\s+)?" + _NUM + r"\b",
    re.I,
)
#: "two more people died", "another person died in hospital": deaths added to the toll told.
_MORE = re.compile(
    r"\b(?:" + _NUM + r"\s+more|another(?:\s+(\d+|[a-z]+))?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:were|was|have been|has been|had been|have|has)\s+)?(?:died|succumbed)\b",
    re.I,
)
#: "a woman died of her wounds": a death among the wounded already told.
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:an?|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,6}?(?:later\s+)?(?:died|succumbed)"
    r"\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\b",
    re.I,
)
#: "rescuers pulled two more bodies from the rubble", "another body was found".
_MORE_BODIES = re.compile(
    r"\b(?:" + _NUM + r"\s+more|another(?:\s+(\d+|[a-z]+))?)\s+bod(?:y|ies)\b", re.I
)
#: Words every pattern above needs: a sentence without them gives no update, and most do not.
_CUES = re.compile(r"toll|number of|died|succumbed|bod(?:y|ies)", re.I)
#: The end of the update's clause: its own date ("rose to three on Thursday") goes with it.
_CLAUSE_END = re.compile(r"[,;:]|\s(?:after|as|when|because)\s|$")


class TollUpdate(NamedTuple):
    """A revised toll. `fatalities`/`injuries` are new totals; `more_dead` adds to the toll."""

    fatalities: int | None
    injuries: int | None
    more_dead: int
    added: bool  #: "two more", "another": deaths beyond any total told before
    start: int  #: where the update's words start in the sentence ("rose to three")
    end: int  #: where they end
    clause_end: int  #: where their clause ends: a date before it is the update's, not the attack's


def _total(m: re.Match) -> tuple[int | None, bool]:
    """Return (figure, is_injury) of a total match."""
    what = m.group("what").lower()
    return number(m.group(m.lastindex)), "injur" in what or "wounded" in what


def toll_update(sentence: str) -> TollUpdate | None:
    """Return the toll update a sentence gives, None when it gives none."""
    if not _CUES.search(sentence):
        return None
    fatal = injured = None
    spans: list[tuple[int, int]] = []
    for pattern in (_TOTAL, _BRINGING):
        for m in pattern.finditer(sentence):
            n, injury = _total(m)
            if n is None:
                continue
            if injury:
                injured = max(injured or 0, n)
            else:
                fatal = max(fatal or 0, n)
            spans.append((m.start("rise") if "rise" in m.groupdict() else m.start(), m.end()))
    more, added = 0, False
    if fatal is None:
        for m in (*_MORE.finditer(sentence), *_MORE_BODIES.finditer(sentence)):
            if any(s <= m.start() < e for s, e in spans):
                continue
            if m.group(1) and number(m.group(1)) is None:
                continue  # "once more", not a count
            word = m.group(1) or m.group(2)
            more += (number(word) if word else 1) or 1
            added = True
            spans.append(m.span())
        if not more and (m := _DIED_OF_WOUNDS.search(sentence)):
            more = number(m.group(0).split()[0]) or 1
            spans.append(m.span())
    if not spans:
        return None
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    tail = _CLAUSE_END.search(sentence, end)
    clause_end = tail.start() if tail else len(sentence)
    return TollUpdate(fatal, injured, more, added, start, end, clause_end)


def updated_toll(first: int | None, updates: list[TollUpdate]) -> int | None:
    """Return the death toll after `updates` (in text order) revise the `first` figure told.

    The highest total wins (tolls only rise); deaths "more" or "another" told after the last
    total add to it. Without a total, every death told as an update adds to the first figure.
    """
    totals = [i for i, u in enumerate(updates) if u.fatalities is not None]
    if totals:
        last = totals[-1]
        base = max(updates[i].fatalities for i in totals)
        return base + sum(u.more_dead for u in updates[last + 1 :] if u.added)
    more = sum(u.more_dead for u in updates)
    return (first or 0) + more if more else first


def updated_injuries(first: int | None, updates: list[TollUpdate]) -> int | None:
    """Return the injured after `updates`: the highest total given, else the first figure."""
    totals = [u.injuries for u in updates if u.injuries is not None]
    return max(totals) if totals else first
