"""Toponyms scored as GOLD.md says: recognition by overlap, resolution by great-circle error.

Choices GOLD.md leaves open, made here:

- Only predictions of kind `literal` (or no kind) are place predictions; a prediction the system
  itself marks `metonymic` or `org` is neither a hit nor a false positive.
- A literal gold toponym is recognised by the overlapping prediction with the same span, else the
  one overlapping most, else the first. Other predictions overlapping a literal gold toponym are
  neither hits nor false positives (a split or doubled span is not a wrong place). A prediction
  spanning two gold toponyms ("Kharkiv, Ukraine") recognises both.
- A prediction overlapping a literal gold toponym is never a false positive, even if it overlaps a
  `metonymic`/`org` one too; one overlapping only those is ignored.
- Resolution figures count gold toponyms with coordinates (LGL has some without); an unresolved
  prediction counts as wrong there and is left out of the mean error. Distance is plain
  great-circle distance (no geonameid shortcut as for events).
- Beyond GOLD.md: accuracy and end-to-end accuracy within 25 km (GOLD.md's event-matching radius),
  the figure for gold placed at an event's own point rather than a town's centre (places CSV).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kronika.evaluate.measures import PRF, Tally, haversine_km, ratio, rounded

ACCURATE_KM = 161.0  #: 100 miles: the geoparsing literature's standard (Gritta et al.)
TOWN_KM = 25.0  #: the right town: gold at an event's own point, not the town's centre (places CSV)
NEAR_KM = 10.0  #: what a front-line map needs


@dataclass(slots=True)
class ToponymScore(PRF):
    """Toponym counts of one article, or summed over many."""

    tp: int = 0  #: literal gold toponyms recognised
    fp: int = 0  #: place predictions overlapping no gold toponym
    fn: int = 0  #: literal gold toponyms not recognised
    within_161km: Tally = field(default_factory=Tally)  #: over recognised, gold with coordinates
    within_25km: Tally = field(default_factory=Tally)  #: same denominator
    within_10km: Tally = field(default_factory=Tally)  #: same denominator
    geonameid: Tally = field(default_factory=Tally)  #: over recognised, gold with a geonameid
    #: within 161 km over all literal gold with coordinates (unrecognised: wrong)
    end_to_end: Tally = field(default_factory=Tally)
    end_to_end_25km: Tally = field(default_factory=Tally)  #: within 25 km, same denominator
    unresolved: int = 0  #: recognised, but the prediction has no coordinates
    error_km_total: float = 0.0  #: summed error of recognised and resolved toponyms
    errors: int = 0  #: how many errors error_km_total sums

    @property
    def mean_error_km(self) -> float | None:
        return ratio(self.error_km_total, self.errors)

    def merge(self, other: ToponymScore) -> None:
        """Add another score's counts to this one."""
        for name in ("tp", "fp", "fn", "unresolved", "error_km_total", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in (
            "within_161km",
            "within_25km",
            "within_10km",
            "geonameid",
            "end_to_end",
            "end_to_end_25km",
        ):
            getattr(self, name).merge(getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.prf_dict(),
            "accuracy_161km": self.within_161km.to_dict(),
            "accuracy_25km": self.within_25km.to_dict(),
            "accuracy_10km": self.within_10km.to_dict(),
            "geonameid_accuracy": self.geonameid.to_dict(),
            "mean_error_km": rounded(self.mean_error_km, 2),
            "end_to_end_161km": self.end_to_end.to_dict(),
            "end_to_end_25km": self.end_to_end_25km.to_dict(),
            "unresolved": self.unresolved,
        }


@dataclass(slots=True)
class ToponymResult:
    """One article's toponyms compared: the score and the misses, for debugging."""

    score: ToponymScore
    missed: list[dict[str, Any]]  #: literal gold toponyms not recognised
    false_positives: list[dict[str, Any]]  #: place predictions overlapping no gold toponym
    misplaced: list[dict[str, Any]]  #: recognised, but unresolved or more than 161 km off

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.score.to_dict(),
            "missed": self.missed,
            "false_positives": self.false_positives,
            "misplaced": self.misplaced,
        }


def score_toponyms(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> ToponymResult:
    """Return how the predicted toponyms of one article compare with its gold toponyms."""
    literal = [g for g in gold if g.get("kind", "literal") == "literal"]
    other = [g for g in gold if g.get("kind", "literal") != "literal"]
    places = [p for p in predicted if (p.get("kind") or "literal") == "literal"]
    spans = [p for p in places if _valid(p)]
    result = ToponymResult(ToponymScore(), [], [], [])
    for g in literal:
        overlapping = [p for p in spans if _overlap(g, p)]
        if not overlapping:
            result.score.fn += 1
            result.missed.append(_brief(g))
            if _point(g):
                result.score.end_to_end.add(False)
                result.score.end_to_end_25km.add(False)
            continue
        result.score.tp += 1
        _score_resolution(g, max(overlapping, key=lambda p: _fit(g, p)), result)
    for p in places:
        if not _valid(p) or not any(_overlap(g, p) for g in literal + other):
            result.score.fp += 1
            result.false_positives.append(_brief(p))
    return result


def _score_resolution(gold: dict[str, Any], pred: dict[str, Any], result: ToponymResult) -> None:
    score = result.score
    if gold.get("geonameid") is not None:
        score.geonameid.add(pred.get("geonameid") == gold["geonameid"])
    g_point, p_point = _point(gold), _point(pred)
    if g_point is None:
        return
    km = haversine_km(*g_point, *p_point) if p_point else None
    if km is None:
        score.unresolved += 1
    else:
        score.error_km_total += km
        score.errors += 1
    accurate = km is not None and km <= ACCURATE_KM
    in_town = km is not None and km <= TOWN_KM
    score.within_161km.add(accurate)
    score.within_25km.add(in_town)
    score.within_10km.add(km is not None and km <= NEAR_KM)
    score.end_to_end.add(accurate)
    score.end_to_end_25km.add(in_town)
    if not accurate:
        result.misplaced.append(
            _brief(gold) | {"predicted": pred.get("name"), "km": rounded(km, 1)}
        )


def _fit(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[bool, int, int]:
    """Return a sort key: same span first, then larger overlap, then earlier start."""
    same = (pred["start"], pred["end"]) == (gold["start"], gold["end"])
    shared = min(gold["end"], pred["end"]) - max(gold["start"], pred["start"])
    return same, shared, -pred["start"]


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _valid(pred: dict[str, Any]) -> bool:
    start, end = pred.get("start"), pred.get("end")
    return isinstance(start, int) and isinstance(end, int) and start < end


def _point(d: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = d.get("latitude"), d.get("longitude")
    if lat is None or lon is None:
        return None
    return float(lat), float(lon)


def _brief(t: dict[str, Any]) -> dict[str, Any]:
    return {
        "start": t.get("start"),
        "end": t.get("end"),
        "text": t.get("text"),
        "name": t.get("name"),
    }
