"""CASE 2021 task 2 snippets read as event-type gold, and typing scored on the first event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.errors import GoldFormatError
from kronika.evaluate import evaluate, load_case_tsv, load_gold
from kronika.evaluate.case2021 import NON_ACLED, SUBTYPES
from kronika.evaluate.event_types import (
    ANOTHER_TYPE,
    NO_EVENT,
    NONE,
    OTHER,
    first_event_type,
)
from kronika.events.lexicon import TAXONOMY

from .conftest import HEADLINE, SHARED

CASE_DEV = SHARED / "data" / "events" / "case2021_task2_dev.tsv"

AIR, SHELLING, CLASH = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"

#: Rows as the real file writes them: CRLF, a quoted snippet with doubled quotes, a non-ACLED code.
SAMPLE = (
    "id\tEventSnippet\tSubType\r\n"
    "1\tWarplanes pounded the village, killing 6 civilians\tAIR_STRIKE\r\n"
    '39\t"Biden slaps sanctions unless the junta ""relinquishes"" power."\tDIPLO\r\n'
    "7\tRebels shelled the town with mortars.\tART_MISS_ATTACK\r\n"
)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "case.tsv"
    path.write_bytes(SAMPLE.encode("utf-8"))
    return path


def test_rows_become_event_type_gold_articles(sample: Path) -> None:
    docs = load_case_tsv(sample)
    assert [d.id for d in docs] == ["case-1", "case-39", "case-7"]
    assert docs[1].text == 'Biden slaps sanctions unless the junta "relinquishes" power.'
    assert all(d.parts == {"event_types"} and d.published is None for d in docs)
    assert docs[0].gold["label"] == {"code": "AIR_STRIKE", "sub_event_type": AIR}
    assert docs[1].gold["label"] == {"code": "DIPLO", "sub_event_type": None}


def test_perfect_prediction_has_one_event_for_acled_labels_only(sample: Path) -> None:
    preds = [d.as_prediction() for d in load_case_tsv(sample)]
    assert [[e["sub_event_type"] for e in p["events"]] for p in preds] == [[AIR], [], [SHELLING]]
    assert preds[0]["events"][0]["event_type"] == "Explosions/Remote violence"


def test_load_gold_dispatches_a_case_tsv(sample: Path) -> None:
    assert [d.id for d in load_gold([sample])] == ["case-1", "case-39", "case-7"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id\tSnippet\tLabel\r\n1\tx\tAIR_STRIKE\r\n", "header columns id, EventSnippet, SubType"),
        ("id\tEventSnippet\tSubType\r\n1\tx\tAIRSTRIKE\r\n", "#r1: SubType 'AIRSTRIKE'"),
        ("id\tEventSnippet\tSubType\r\n1\tx\tGRENADE\r\n2\t \tGRENADE\r\n", "#r2: EventSnippet"),
        ("id\tEventSnippet\tSubType\r\n\tx\tGRENADE\r\n", "#r1: id is empty"),
    ],
    ids=["header", "unknown-code", "empty-snippet", "no-id"],
)
def test_bad_file_fails_naming_the_row(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        load_gold([path])


def test_codes_map_onto_the_25_acled_sub_event_types_once() -> None:
    acled = [sub for subs in TAXONOMY.values() for sub in subs]
    assert len(SUBTYPES) == 25 and sorted(SUBTYPES.values()) == sorted(acled)
    assert not set(NON_ACLED) & set(SUBTYPES)


def _event(sub_event_type: str, start: int | None) -> dict[str, Any]:
    offsets = [] if start is None else [[start, start + 5]]
    return {"sub_event_type": sub_event_type, "evidence_offsets": offsets}


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], NONE),
        ([_event(SHELLING, 40), _event(AIR, 3)], AIR),  # text order, not list order
        ([_event(SHELLING, None), _event(AIR, 90)], AIR),  # no offsets: after those with
        ([_event(SHELLING, None), _event(AIR, None)], SHELLING),  # then list order
        ([_event(CLASH, 0), _event(AIR, 0)], CLASH),
    ],
    ids=["none", "text-order", "no-offsets-last", "list-order", "tie"],
)
def test_first_event_in_text_order_gives_the_type(events, expected: str) -> None:
    assert first_event_type(events) == expected


@given(st.lists(st.tuples(st.sampled_from([AIR, SHELLING, CLASH]), st.integers(0, 500))))
def test_first_event_type_is_one_of_the_earliest(pairs: list[tuple[str, int]]) -> None:
    events = [_event(t, s) for t, s in pairs]
    got = first_event_type(events)
    if not pairs:
        assert got == NONE
    else:
        earliest = min(s for _, s in pairs)
        assert got in {t for t, s in pairs if s == earliest}


#: Hand-made gold labels and predictions (first event's type, or None for no event).
ROWS = [
    ("a1", "AIR_STRIKE", [_event(SHELLING, 30), _event(AIR, 0)]),  # right (first in text)
    ("a2", "AIR_STRIKE", []),  # no event: wrong
    ("a3", "ART_MISS_ATTACK", [_event(SHELLING, 0)]),  # right
    ("a4", "ARMED_CLASH", [_event(AIR, 0)]),  # wrong
    ("a5", "ARMED_CLASH", [_event(CLASH, 0)]),  # right
    ("n1", "DIPLO", []),  # no event: fine
    ("n2", "NATURAL_DISASTER", [_event("Other", 0)]),  # Other: fine
    ("n3", "ORG_CRIME", [_event(CLASH, 0)]),  # another type
    ("n4", "ORG_CRIME", []),
]


@pytest.fixture
def scored(tmp_path: Path):
    path = tmp_path / "rows.tsv"
    body = "".join(f"{i}\tsnippet {i}\t{code}\n" for i, code, _ in ROWS)
    path.write_text("id\tEventSnippet\tSubType\n" + body, encoding="utf-8")
    preds = {f"case-{i}": {"events": events} for i, _, events in ROWS}
    return evaluate(load_case_tsv(path), preds)


def test_per_type_counts_score_no_event_as_wrong(scored) -> None:
    et = scored.event_types
    air, shelling, clash = et.types[AIR], et.types[SHELLING], et.types[CLASH]
    assert (air.support, air.predicted, air.right) == (2, 2, 1)  # a1 right, a4 typed Air
    assert (air.precision, air.recall, air.f1) == (0.5, 0.5, 0.5)
    assert (shelling.support, shelling.predicted, shelling.f1) == (1, 1, 1.0)
    assert (clash.precision, clash.recall) == (1.0, 0.5)
    assert clash.f1 == pytest.approx(2 / 3)
    assert (et.total, et.right, et.none, et.unknown) == (5, 3, 1, 0)
    assert et.types["Grenade"].f1 is None  # neither gold nor predicted: left out of macro F1


def test_summary_figures_are_hand_computed(scored) -> None:
    et = scored.event_types
    assert et.accuracy == pytest.approx(3 / 5)
    assert et.weighted_f1 == pytest.approx((2 * 0.5 + 1 * 1.0 + 2 * (2 / 3)) / 5)
    assert et.macro_f1 == pytest.approx((0.5 + 1.0 + 2 / 3) / 3)


def test_non_acled_labels_are_counted_by_outcome(scored) -> None:
    et = scored.event_types
    assert et.other_labels == {
        "DIPLO": {NO_EVENT: 1, OTHER: 0, ANOTHER_TYPE: 0},
        "NATURAL_DISASTER": {NO_EVENT: 0, OTHER: 1, ANOTHER_TYPE: 0},
        "ORG_CRIME": {NO_EVENT: 1, OTHER: 0, ANOTHER_TYPE: 1},
    }
    assert et.other_totals() == {NO_EVENT: 2, OTHER: 1, ANOTHER_TYPE: 1}
    assert et.types["Other"].predicted == 0  # Other on a non-ACLED snippet is not an ACLED guess


def test_report_json_has_event_types_and_per_snippet_results(scored) -> None:
    data = scored.to_dict()
    assert data["scored"]["event_types"] == len(ROWS)
    assert data["event_types"]["weighted_f1"] == pytest.approx(0.6667, abs=1e-4)
    assert data["event_types"]["other_labels"]["snippets"] == 4
    a4 = next(a for a in data["per_article"] if a["id"] == "case-a4")
    assert a4["event_types"] == {
        "code": "ARMED_CLASH",
        "gold": CLASH,
        "predicted": AIR,
        "events": 1,
        "right": False,
        "outcome": None,
    }


def test_text_adds_a_headline_line_and_keeps_the_last_twelve(scored, sample: Path) -> None:
    lines = scored.format_text().splitlines()
    tail = lines[-14:]
    assert tail[1].startswith("event types weighted F1") and tail[1].endswith("0.667")
    for label in HEADLINE:
        assert any(line.startswith(label) for line in tail), label
    plain = evaluate([], {}).format_text().splitlines()
    assert [line.split()[:2] for line in lines[-12:]] == [line.split()[:2] for line in plain[-12:]]
    assert "event types weighted F1" not in "\n".join(plain)
    text = "\n".join(lines)
    assert text.index("Event types (") < text.index("Headline")
    assert "ORG_CRIME" in text and "event types 9" in lines[0]


def test_verbose_text_lists_wrong_types(scored) -> None:
    text = scored.format_text(verbose=True)
    assert f"wrong event type: gold ARMED_CLASH ({CLASH}), predicted {AIR}" in text
    assert f"wrong event type: gold ORG_CRIME, predicted {CLASH}" in text
    assert "gold DIPLO" not in text  # no event is what a non-ACLED label should give


def test_dev_file_loads_and_scores_perfect_against_itself() -> None:
    if not CASE_DEV.is_file():
        pytest.skip("../shared/data/events/case2021_task2_dev.tsv is missing")
    docs = load_gold([CASE_DEV])
    assert len(docs) == 509
    assert sum(d.gold["label"]["sub_event_type"] is not None for d in docs) == 424
    et = evaluate(docs, {d.id: d.as_prediction() for d in docs}).event_types
    assert (et.total, et.weighted_f1, et.accuracy) == (424, 1.0, 1.0)
    assert all(c.support > 0 for c in et.types.values())  # every ACLED type occurs
    assert set(et.other_labels) == set(NON_ACLED)
    assert et.other_totals()[NO_EVENT] == 85
