"""Event scoring (GOLD.md "Scoring events"): matching, counting, fields, not-event hits."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.evaluate import evaluate
from kronika.evaluate.events import field_right, score_events

from .conftest import KHARKIV, TEXT, gold_event, north_of_kharkiv, pred_event, span


def counts(gold: list[dict], preds: list[dict], **extra: Any) -> tuple[int, int, int]:
    score = score_events({"events": gold, **extra}, preds, TEXT).score
    return score.tp, score.fp, score.fn


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        pytest.param({}, {}, (1, 0, 0), id="same-event-matches"),
        pytest.param({}, {"event_type": "Battles"}, (0, 1, 1), id="other-type-does-not-match"),
        pytest.param(
            {"accept_types": ["Battles"]}, {"event_type": "Battles"}, (1, 0, 0), id="accept-types"
        ),
        pytest.param({}, {"location": north_of_kharkiv(24)}, (1, 0, 0), id="24-km-matches"),
        pytest.param({}, {"location": north_of_kharkiv(26)}, (0, 1, 1), id="26-km-too-far"),
        pytest.param(
            {},
            {"location": KHARKIV | {"latitude": 10.0, "longitude": 10.0}},
            (1, 0, 0),
            id="same-geonameid-is-0-km",
        ),
        pytest.param({}, {"event_date": "2022-08-18"}, (1, 0, 0), id="one-day-off-matches"),
        pytest.param({}, {"event_date": "2022-08-19"}, (0, 1, 1), id="two-days-off-do-not"),
        pytest.param({}, {"event_date": None}, (1, 0, 0), id="no-predicted-date-no-constraint"),
        pytest.param(
            {"event_date": "2022-08"}, {"event_date": "2022-08-30"}, (1, 0, 0), id="month-gold"
        ),
        pytest.param({}, {"location": None}, (0, 1, 1), id="prediction-without-location"),
        pytest.param(
            {},
            {"location": {"name": "Kharkiv", "latitude": None, "longitude": None}},
            (0, 1, 1),
            id="unresolved-location",
        ),
        pytest.param({"location": None}, {"location": None}, (1, 0, 0), id="gold-without-location"),
    ],
)
def test_match_condition(gold: dict, pred: dict, expected: tuple[int, int, int]) -> None:
    assert counts([gold_event(**gold)], [pred_event(**pred)]) == expected


def test_optional_gold_matched_counts_neither_way() -> None:
    score = score_events({"events": [gold_event(required=False)]}, [pred_event()], TEXT).score
    assert (score.tp, score.fp, score.fn, score.matched_optional) == (0, 0, 0, 1)
    assert score.precision is None and score.recall is None


def test_optional_gold_unmatched_is_not_a_false_negative() -> None:
    gold = [gold_event(), gold_event(id="g2", required=False, location=north_of_kharkiv(100))]
    assert counts(gold, [pred_event()]) == (1, 0, 0)


def test_matching_prefers_same_sub_event_type_over_nearer() -> None:
    gold = [
        gold_event(id="near", sub_event_type="Air/drone strike"),
        gold_event(id="same-type", location=north_of_kharkiv(20)),
    ]
    result = score_events({"events": gold}, [pred_event()], TEXT)
    assert [m["gold"] for m in result.matches] == ["same-type"]
    assert [e["id"] for e in result.missed] == ["near"]


def test_matching_is_one_to_one_nearest_first() -> None:
    gold = [gold_event(id="far", location=north_of_kharkiv(15)), gold_event(id="near")]
    preds = [pred_event(id="p-far", location=north_of_kharkiv(14)), pred_event(id="p-near")]
    result = score_events({"events": gold}, preds, TEXT)
    assert sorted((m["gold"], m["predicted"]) for m in result.matches) == [
        ("far", "p-far"),
        ("near", "p-near"),
    ]
    assert result.score.tp == 2


def test_matching_prefers_same_date_when_equally_near() -> None:
    gold = [
        gold_event(id="wed", event_date="2022-08-17"),
        gold_event(id="thu", event_date="2022-08-18"),
    ]
    result = score_events({"events": gold}, [pred_event(event_date="2022-08-18")], TEXT)
    assert [m["gold"] for m in result.matches] == ["thu"]


def test_tie_goes_to_required_gold() -> None:
    gold = [gold_event(id="optional", required=False), gold_event(id="required")]
    assert counts(gold, [pred_event()]) == (1, 0, 0)


NOT_EVENT = {"quote": "More than 1,000 civilians had been killed", "why": "aggregate tally"}


@pytest.mark.parametrize(
    ("evidence", "offsets", "hit"),
    [
        pytest.param(["more than 1,000 civilians had been killed"], None, True, id="same-quote"),
        pytest.param(
            ["More than 1,000 civilians had been killed in the region since February."],
            None,
            True,
            id="evidence-contains-quote",
        ),
        pytest.param(["1,000 civilians"], None, True, id="quote-contains-evidence"),
        pytest.param(
            ["civilians had been killed in the region"],
            [list(span("civilians had been killed in the region"))],
            True,
            id="offsets-overlap",
        ),
        pytest.param(["Kharkiv Regional Council"], None, False, id="elsewhere"),
    ],
)
def test_false_positive_overlapping_a_not_event_is_a_hit(
    evidence: list[str], offsets: list | None, hit: bool
) -> None:
    pred = pred_event(event_type="Violence against civilians", evidence=evidence)
    pred["evidence_offsets"] = offsets or [[-1, -1]] * len(evidence)
    result = score_events({"events": [], "not_events": [NOT_EVENT]}, [pred], TEXT)
    assert result.score.fp == 1
    assert result.score.not_event_hits == int(hit)
    assert result.false_positives[0]["not_event"] == (NOT_EVENT["quote"] if hit else None)


def test_matched_prediction_is_no_not_event_hit() -> None:
    pred = pred_event(evidence=["More than 1,000 civilians had been killed"])
    result = score_events({"events": [gold_event()], "not_events": [NOT_EVENT]}, [pred], TEXT)
    assert (result.score.tp, result.score.not_event_hits) == (1, 0)


@pytest.mark.parametrize(
    ("name", "gold", "pred", "right"),
    [
        ("sub_event_type", "Air/drone strike", "Air/drone strike", True),
        ("sub_event_type", "Air/drone strike", "Shelling/artillery/missile attack", False),
        ("fatalities", 7, 7, True),
        ("fatalities", 7, 8, False),
        ("fatalities", None, None, True),
        ("fatalities", None, 0, True),
        ("fatalities", None, 5, False),  # made up
        ("injuries", 0, None, False),
        ("injuries", 16, "16", False),
        ("actor1", "Military Forces of Russia", "Military Forces of Russia (2000-)", True),
        ("actor1", "Military Forces of Russia (2000-)", "military forces of russia", True),
        ("actor1", "Military Forces of Russia", "Military Forces of Russia Air Force", True),
        ("actor1", "Military Forces of Russia Air Force", "Military Forces of Russia", False),
        (
            "actor1",
            "Military Forces of Russia Air Force",
            "Military Forces of Russia (2000-) Air Force",
            True,
        ),
        ("actor1", "Military Forces of Russia", "Military Forces of Russian Federation", False),
        ("actor1", "Wagner Group", "Military Forces of Russia", False),
        ("actor1", None, None, True),
        ("actor1", None, "Wagner Group", False),
        ("event_date", "2022-08-17", "2022-08-17", True),
        ("event_date", "2022-08-17", "2022-08-18", False),
        ("event_date", "2022-08-17", "2022-08", False),
        ("event_date", "2022-08-17", None, False),
        ("event_date", "2022-11", "2022-11-14", True),
        ("event_date", "2022-11", "2022-11", True),
        ("event_date", "2022-11", "2022-12-01", False),
        ("event_date", None, None, True),
        ("event_date", None, "2022-08-17", False),
        ("claim_status", "contested", "contested", True),
        ("claim_status", "contested", "reported", False),
        ("attribution", ["Ukrainian officials"], ["officials"], True),
        ("attribution", ["Oleh Syniehubov"], ["Governor OLEH SYNIEHUBOV"], True),
        ("attribution", ["DeepState", "Rybar"], ["rybar"], True),
        ("attribution", ["DeepState"], ["Russian Defense Ministry"], False),
        ("attribution", ["DeepState"], [], False),
        ("attribution", None, [], True),
        ("attribution", [], [], True),
        ("attribution", None, ["Ukrainian officials"], False),
    ],
)
def test_field_rule(name: str, gold: Any, pred: Any, right: bool) -> None:
    assert field_right(name, gold, pred) is right


def test_only_fields_the_gold_gives_are_scored() -> None:
    gold = gold_event(fatalities=None)  # no actor1, injuries, claim_status, attribution keys
    result = score_events({"events": [gold]}, [pred_event(fatalities=5, actor1="X")], TEXT)
    totals = {name: tally.total for name, tally in result.score.fields.items()}
    assert totals == {
        "sub_event_type": 1,
        "actor1": 0,
        "fatalities": 1,
        "injuries": 0,
        "event_date": 1,
        "claim_status": 0,
        "attribution": 0,
    }
    assert result.score.fields["fatalities"].right == 0
    assert result.field_errors == [
        {"gold": "g1", "predicted": "p1", "field": "fatalities", "expected": None, "got": 5}
    ]


def test_fields_are_scored_on_matched_optional_gold_too() -> None:
    gold = gold_event(required=False, actor1="Wagner Group")
    result = score_events({"events": [gold]}, [pred_event(actor1="Wagner Group")], TEXT)
    assert result.score.fields["actor1"].to_dict() == {"right": 1, "total": 1, "value": 1.0}


@pytest.mark.parametrize(("km", "within"), [(0, 1), (9.5, 1), (15, 0)])
def test_share_of_matched_events_within_10_km(km: float, within: int) -> None:
    result = score_events(
        {"events": [gold_event()]}, [pred_event(location=north_of_kharkiv(km))], TEXT
    )
    assert (result.score.within_10km.right, result.score.within_10km.total) == (within, 1)


def test_figures_sum_over_articles(make_gold) -> None:
    docs = [make_gold("a1", events=[gold_event()]), make_gold("a2", events=[gold_event()])]
    preds = {
        "a1": {"events": [pred_event()]},
        "a2": {"events": [pred_event(event_type="Battles")]},
    }
    report = evaluate(docs, preds)
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 1)
    assert report.events.precision == report.events.recall == report.events.f1 == 0.5


@given(st.from_regex(r"[A-Z][a-z]+( [A-Z][a-z]+){0,3}", fullmatch=True))
def test_actor_year_range_and_more_specific_name_are_right(name: str) -> None:
    assert field_right("actor1", name, f"{name.upper()} (2000-)")
    assert field_right("actor1", f"{name} (1991-2014)", name.lower())
    assert field_right("actor1", name, f"{name} Air Force")
    assert not field_right("actor1", f"{name} Air Force", name)
