"""Toponym scoring (GOLD.md "Scoring toponyms"): recognition by overlap, resolution by distance."""

from __future__ import annotations

from typing import Any

import pytest

from kronika.evaluate.toponyms import score_toponyms

from .conftest import KHARKIV, KM_PER_DEGREE_LAT, TEXT, span


def toponym(text: str, occurrence: int = 0, kind: str = "literal", **fields: Any) -> dict[str, Any]:
    start, end = span(text, occurrence)
    return {"start": start, "end": end, "text": text, "kind": kind} | KHARKIV | fields


def moved(km: float) -> dict[str, Any]:
    return {"geonameid": None, "latitude": KHARKIV["latitude"] + km / KM_PER_DEGREE_LAT}


GOLD = [
    toponym("Kharkiv"),
    toponym("Kremlin", kind="metonymic", name="Moscow", geonameid=524901),
    toponym("Kharkiv", 1, kind="org"),
]


def test_exact_prediction_is_recognised_and_accurate() -> None:
    score = score_toponyms(GOLD, [toponym("Kharkiv")]).score
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.within_161km.value == score.within_10km.value == score.geonameid.value == 1.0
    assert score.mean_error_km == 0.0
    assert score.end_to_end.to_dict() == {"right": 1, "total": 1, "value": 1.0}


@pytest.mark.parametrize(
    ("km", "within_161", "within_10"),
    [(5, 1, 1), (100, 1, 0), (200, 0, 0)],
)
def test_far_prediction_is_recognised_but_not_accurate(
    km: float, within_161: int, within_10: int
) -> None:
    result = score_toponyms(GOLD, [toponym("Kharkiv", **moved(km))])
    score = result.score
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert (score.within_161km.right, score.within_10km.right) == (within_161, within_10)
    assert score.end_to_end.right == within_161
    assert score.mean_error_km == pytest.approx(km, abs=0.05)
    assert score.geonameid.right == 0
    assert len(result.misplaced) == 1 - within_161


def test_partial_overlap_recognises() -> None:
    start, end = span("hit Kharkiv")
    pred = {"start": start, "end": end, "text": "hit Kharkiv", **KHARKIV}
    assert score_toponyms(GOLD, [pred]).score.tp == 1


@pytest.mark.parametrize("word", ["Kremlin", "Kharkiv Regional"])
def test_prediction_overlapping_metonymic_or_org_gold_is_ignored(word: str) -> None:
    score = score_toponyms(GOLD, [toponym(word)]).score
    assert (score.tp, score.fp, score.fn) == (0, 0, 1)


def test_prediction_overlapping_no_gold_is_a_false_positive() -> None:
    result = score_toponyms(GOLD, [toponym("Kharkiv"), toponym("February")])
    assert (result.score.tp, result.score.fp) == (1, 1)
    assert [t["text"] for t in result.false_positives] == ["February"]


def test_second_prediction_on_one_gold_is_neither_hit_nor_false_positive() -> None:
    start, end = span("Kharkiv")
    preds = [toponym("Kharkiv"), {"start": start, "end": start + 4, "text": "Khar", **moved(300)}]
    score = score_toponyms(GOLD, preds).score
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.within_161km.value == 1.0  # the same-span prediction recognises it


def test_prediction_spanning_two_gold_recognises_both() -> None:
    gold = [toponym("Kharkiv"), toponym("Wednesday", name="not a place")]
    start, end = span("Kharkiv on Wednesday")
    pred = {"start": start, "end": end, "text": "Kharkiv on Wednesday", **KHARKIV}
    assert score_toponyms(gold, [pred]).score.tp == 2


def test_unresolved_prediction_is_recognised_not_accurate() -> None:
    score = score_toponyms(GOLD, [toponym("Kharkiv", latitude=None, longitude=None)]).score
    assert (score.tp, score.unresolved, score.within_161km.to_dict()["right"]) == (1, 1, 0)
    assert score.mean_error_km is None


def test_prediction_marked_metonymic_is_not_a_place() -> None:
    score = score_toponyms(GOLD, [toponym("Kharkiv", kind="metonymic")]).score
    assert (score.tp, score.fp, score.fn) == (0, 0, 1)


def test_missed_toponym_counts_against_end_to_end() -> None:
    gold = [toponym("Kharkiv"), toponym("Kharkiv", 1)]
    result = score_toponyms(gold, [toponym("Kharkiv")])
    score = result.score
    assert (score.tp, score.fn) == (1, 1)
    assert (score.within_161km.total, score.end_to_end.total, score.end_to_end.right) == (1, 2, 1)
    assert [t["start"] for t in result.missed] == [span("Kharkiv", 1)[0]]


def test_gold_without_coordinates_counts_for_recognition_only() -> None:
    gold = [toponym("Kharkiv", geonameid=None, latitude=None, longitude=None)]
    score = score_toponyms(gold, [toponym("Kharkiv")]).score
    assert score.tp == 1
    assert (score.within_161km.total, score.geonameid.total, score.end_to_end.total) == (0, 0, 0)


def test_text_around_the_gold_is_the_article() -> None:
    assert all(TEXT[t["start"] : t["end"]] == t["text"] for t in GOLD)
