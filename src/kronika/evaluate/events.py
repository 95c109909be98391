"""Events scored as GOLD.md says: matched one to one, counted, field by field.

Choices GOLD.md leaves open, made here:

- A prediction without coordinates cannot match a gold event that has a location (it cannot be put
  on a map); it counts as a false positive. A gold event without a location matches on type and
  date alone, and is left out of the "within 10 km" share.
- Best first means sorted by: same sub-event type, distance, same date, then required before
  optional gold (a tie never turns a true positive into an uncounted match), then gold and
  prediction order. "Same date" uses the `event_date` field rule below (an absent gold date is null).
- Fields are scored on every matched pair, optional gold included: the gold still says what the
  fields should be. A gold `[]` attribution or `""` actor is treated like null.
- `actor1`: every "(2000-)"/"(2014-2019)" year range is dropped, not only a trailing one, and a
  more specific prediction must continue the gold name at a word boundary ("… Air Force").
- A not-event hit: the unmatched prediction's evidence and a `not_events` quote contain one another
  (whitespace and case ignored), or the evidence offsets overlap an occurrence of the quote.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from kronika.evaluate.measures import PRF, Tally, haversine_km, rounded

#: The fields GOLD.md scores on matched pairs, in report order.
FIELDS = (
    "sub_event_type",
    "actor1",
    "fatalities",
    "injuries",
    "event_date",
    "claim_status",
    "attribution",
)
COUNT_FIELDS = ("fatalities", "injuries")
MATCH_KM = 25.0  #: GOLD.md: locations at most 25 km apart can match
NEAR_KM = 10.0  #: GOLD.md: the "placed within 10 km" share (a front-line map's need)
MATCH_DAYS = 1  #: GOLD.md: full dates at most one day apart can match

_YEAR_RANGE = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")


@dataclass(slots=True)
class EventScore(PRF):
    """Event counts of one article, or summed over many: P/R/F1 inputs and field tallies."""

    tp: int = 0  #: matched required gold events
    fp: int = 0  #: unmatched predictions
    fn: int = 0  #: unmatched required gold events
    matched_optional: int = 0  #: predictions matched to optional gold (counted neither way)
    not_event_hits: int = 0  #: false positives whose evidence overlaps a `not_events` quote
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    within_10km: Tally = field(default_factory=Tally)  #: matched pairs placed within 10 km

    def merge(self, other: EventScore) -> None:
        """Add another score's counts to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.matched_optional += other.matched_optional
        self.not_event_hits += other.not_event_hits
        for name, tally in other.fields.items():
            self.fields[name].merge(tally)
        self.within_10km.merge(other.within_10km)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.prf_dict(),
            "matched_optional": self.matched_optional,
            "not_event_hits": self.not_event_hits,
            "fields": {name: tally.to_dict() for name, tally in self.fields.items()},
            "within_10km": self.within_10km.to_dict(),
        }


@dataclass(slots=True)
class EventResult:
    """One article's events compared: the score and what went wrong, for debugging."""

    score: EventScore
    matches: list[dict[str, Any]]  #: {"gold", "predicted", "km"} per matched pair
    missed: list[dict[str, Any]]  #: unmatched required gold events (summaries)
    false_positives: list[dict[str, Any]]  #: unmatched predictions, with `not_event` quote or None
    field_errors: list[dict[str, Any]]  #: {"gold", "predicted", "field", "expected", "got"}
    clusters: list[tuple[str, str | None]]  #: (gold cluster, predicted fused_id) of matched pairs
    #: What each of `clusters` is, for the error listing: "<event id> <sub type> <date> <place>"
    cluster_labels: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.score.to_dict(),
            "matches": self.matches,
            "missed": self.missed,
            "false_positives": self.false_positives,
            "field_errors": self.field_errors,
        }


def score_events(gold: dict[str, Any], predicted: list[dict[str, Any]], text: str) -> EventResult:
    """Return how the predicted events of one article compare with its gold `events`."""
    gold_events = gold.get("events") or []
    score = EventScore()
    result = EventResult(score, [], [], [], [], [])
    pairs = match_events(gold_events, predicted)
    for gi, pi, km in pairs:
        _score_pair(gold_events[gi], predicted[pi], km, result)
    matched_gold = {gi for gi, _, _ in pairs}
    for gi, g in enumerate(gold_events):
        if gi not in matched_gold and g.get("required", True):
            score.fn += 1
            result.missed.append(summary(g))
    matched_pred = {pi for _, pi, _ in pairs}
    quotes = [n["quote"] for n in gold.get("not_events") or []]
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            score.fp += 1
            quote = not_event_quote(p, quotes, text)
            score.not_event_hits += quote is not None
            result.false_positives.append(summary(p) | {"not_event": quote})
    return result


def _score_pair(
    g: dict[str, Any], p: dict[str, Any], km: float | None, result: EventResult
) -> None:
    """Count one matched pair: TP or optional, its fields, its distance, its cluster."""
    score = result.score
    if g.get("required", True):
        score.tp += 1
    else:
        score.matched_optional += 1
    for name in FIELDS:
        if name in g:
            right = field_right(name, g[name], p.get(name))
            score.fields[name].add(right)
            if not right:
                result.field_errors.append(
                    {"gold": g.get("id"), "predicted": p.get("id"), "field": name}
                    | {"expected": g[name], "got": p.get(name)}
                )
    if km is not None:
        score.within_10km.add(km <= NEAR_KM)
    result.matches.append({"gold": g.get("id"), "predicted": p.get("id"), "km": rounded(km, 2)})
    if "cluster" in g:
        result.clusters.append((g["cluster"], p.get("fused_id")))
        loc = p.get("location") or {}
        result.cluster_labels.append(
            f"{p.get('id')} {p.get('sub_event_type')} {p.get('event_date')} "
            f"{loc.get('name') if isinstance(loc, dict) else None}"
        )


def match_events(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> list[tuple[int, int, float | None]]:
    """Return (gold index, prediction index, km or None) of the one-to-one matches, best first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            ok, km = can_match(g, p)
            if not ok:
                continue
            same_sub = g.get("sub_event_type") == p.get("sub_event_type")
            same_date = field_right("event_date", g.get("event_date"), p.get("event_date"))
            required = bool(g.get("required", True))
            dist = math.inf if km is None else km
            candidates.append(((not same_sub, dist, not same_date, not required, gi, pi), km))
    pairs: list[tuple[int, int, float | None]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for key, km in sorted(candidates, key=lambda c: c[0]):
        gi, pi = key[-2], key[-1]
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi, km))
    return pairs


def can_match(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[bool, float | None]:
    """Return whether two events can match, and their km (None when the gold has no location)."""
    types = {gold.get("event_type"), *(gold.get("accept_types") or [])}
    if pred.get("event_type") not in types:
        return False, None
    g_day, p_day = _full_date(gold.get("event_date")), _full_date(pred.get("event_date"))
    if g_day and p_day and abs((g_day - p_day).days) > MATCH_DAYS:
        return False, None
    g_loc = gold.get("location")
    if not g_loc:
        return True, None
    km = location_km(g_loc, pred.get("location"))
    return km is not None and km <= MATCH_KM, km


def location_km(gold: dict[str, Any], pred: dict[str, Any] | None) -> float | None:
    """Return the km between two locations (0 for one geonameid); None without coordinates."""
    if not isinstance(pred, dict):
        return None
    if gold.get("geonameid") is not None and gold.get("geonameid") == pred.get("geonameid"):
        return 0.0
    points = [(d.get("latitude"), d.get("longitude")) for d in (gold, pred)]
    if any(v is None for point in points for v in point):
        return None
    try:
        (lat1, lon1), (lat2, lon2) = ((float(a), float(b)) for a, b in points)
    except (TypeError, ValueError):
        return None
    return haversine_km(lat1, lon1, lat2, lon2)


def field_right(name: str, expected: Any, got: Any) -> bool:
    """Return whether a predicted field value is right for the gold one, by GOLD.md's rules."""
    if expected is None or expected == "" or expected == []:
        return got in (None, "", []) or (name in COUNT_FIELDS and got == 0)
    if name == "actor1":
        return isinstance(got, str) and _actor_right(expected, got)
    if name == "event_date":
        # "YYYY-MM" gold (month precision) is right for any day of that month.
        return isinstance(got, str) and got[: len(expected)] == expected
    if name == "attribution":
        return _attribution_right(expected, got)
    if name in COUNT_FIELDS:
        return type(got) is int and got == expected
    return got == expected


def _actor_right(expected: str, got: str) -> bool:
    gold, pred = _actor_name(expected), _actor_name(got)
    if not gold or not pred.startswith(gold):
        return False
    rest = pred[len(gold) :]
    return not rest or not rest[0].isalnum()


def _actor_name(name: str) -> str:
    return " ".join(_YEAR_RANGE.sub(" ", name).split()).casefold()


def _attribution_right(expected: list[str] | str, got: Any) -> bool:
    gold = [_squash(n) for n in ([expected] if isinstance(expected, str) else expected)]
    pred = [
        _squash(n) for n in ([got] if isinstance(got, str) else got or []) if isinstance(n, str)
    ]
    return any(g in p or p in g for g in gold if g for p in pred if p)


def not_event_quote(pred: dict[str, Any], quotes: list[str], text: str) -> str | None:
    """Return the first `not_events` quote a prediction's evidence overlaps, else None."""
    evidence = []
    offsets = pred.get("evidence_offsets") or []
    for i, item in enumerate(pred.get("evidence") or []):
        if isinstance(item, dict):  # a Span.to_dict()
            evidence.append(
                (str(item.get("text") or ""), _span(item.get("start"), item.get("end")))
            )
        else:
            off = offsets[i] if i < len(offsets) and isinstance(offsets[i], list | tuple) else ()
            evidence.append((str(item), _span(*off) if len(off) == 2 else None))
    for quote in quotes:
        q = _squash(quote)
        q_spans = _occurrences(quote, text)
        for ev_text, span in evidence:
            e = _squash(ev_text)
            if e and q and (e in q or q in e):
                return quote
            if span and any(span[0] < qe and qs < span[1] for qs, qe in q_spans):
                return quote
    return None


def summary(event: dict[str, Any]) -> dict[str, Any]:
    """Return the fields of an event a reader needs to find it in the article."""
    loc = event.get("location") or {}
    return {
        "id": event.get("id"),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "location": loc.get("name") if isinstance(loc, dict) else None,
        "event_date": event.get("event_date"),
        "evidence": list(event.get("evidence") or []),
    }


def _full_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _span(start: Any, end: Any) -> tuple[int, int] | None:
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return start, end
    return None


def _occurrences(quote: str, text: str) -> list[tuple[int, int]]:
    spans, pos = [], text.find(quote)
    while quote and pos >= 0:
        spans.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    return spans


def _squash(value: str) -> str:
    return " ".join(value.split()).casefold()
