"""evaluate() end to end: the seeds against themselves, missing predictions, the report's forms."""

from __future__ import annotations

import json

import pytest

from kronika.evaluate import evaluate
from kronika.types import Document

from .conftest import HEADLINE, gold_event, pred_event


@pytest.mark.parametrize(
    "through_document", [False, True], ids=["gold-dict", "document-round-trip"]
)
def test_seed_gold_scored_against_itself_is_perfect(seed_gold, through_document: bool) -> None:
    preds = {d.id: d.as_prediction() for d in seed_gold}
    if through_document:  # the shape the pipeline really writes
        preds = {k: Document.from_dict(v).to_dict() for k, v in preds.items()}
    report = evaluate(seed_gold, preds)
    ev, top = report.events, report.toponyms
    assert ev.tp > 0 and (ev.fp, ev.fn, ev.not_event_hits) == (0, 0, 0)
    assert ev.precision == ev.recall == ev.f1 == 1.0
    assert all(t.value == 1.0 for t in ev.fields.values())
    assert ev.within_10km.value == 1.0
    assert top.precision == top.recall == 1.0
    assert top.within_161km.value == top.within_10km.value == top.end_to_end.value == 1.0
    assert top.geonameid.value == 1.0 and top.mean_error_km == 0.0
    assert report.boilerplate.removed.value == 1.0 and report.boilerplate.false_removals == 0
    assert report.fusion is None


def test_seed_figures_the_gold_defines(seed_gold) -> None:
    report = evaluate(seed_gold, {d.id: d.as_prediction() for d in seed_gold})
    required = sum(e.get("required", True) for d in seed_gold for e in d.gold["events"])
    literal = sum(t["kind"] == "literal" for d in seed_gold for t in d.gold["toponyms"])
    assert report.events.tp == required
    assert (
        report.events.matched_optional == sum(len(d.gold["events"]) for d in seed_gold) - required
    )
    assert report.toponyms.tp == literal
    assert report.events.fields["attribution"].total > 0
    assert report.events.fields["fatalities"].total > 0


def test_gold_without_prediction_counts_all_missed(seed_gold) -> None:
    report = evaluate(seed_gold, {})
    assert report.missing_predictions == [d.id for d in seed_gold]
    assert report.events.tp == 0 and report.events.fn > 0
    assert report.events.recall == 0.0 and report.events.f1 == 0.0
    assert report.toponyms.recall == 0.0
    assert report.boilerplate.removed.right == 0


def test_documents_are_accepted_and_unknown_ids_listed(make_gold) -> None:
    gold = make_gold("a1", events=[gold_event()])
    doc = Document.from_dict({"article": {"id": "a1"}, "events": [pred_event()]})
    report = evaluate([gold], {"a1": doc, "zz": {"events": []}})
    assert report.events.tp == 1
    assert report.unknown_predictions == ["zz"]


def test_to_dict_is_json_with_per_article_debugging(make_gold) -> None:
    gold = make_gold("a1", events=[gold_event()], not_events=[{"quote": "1,000 civilians"}])
    fp = pred_event(id="p2", event_type="Battles", evidence=["1,000 civilians"])
    data = json.loads(json.dumps(evaluate([gold], {"a1": {"events": [fp]}}).to_dict()))
    assert data["events"]["not_event_hits"] == 1
    assert data["scored"] == {"events": 1, "toponyms": 0, "boilerplate": 0, "event_types": 0}
    assert data["event_types"] is None
    [article] = data["per_article"]
    assert [e["id"] for e in article["events"]["missed"]] == ["g1"]
    assert article["events"]["false_positives"][0]["not_event"] == "1,000 civilians"
    assert article["events"]["false_positives"][0]["evidence"] == ["1,000 civilians"]


def test_text_ends_with_the_headline_figures(seed_gold) -> None:
    text = evaluate(seed_gold, {d.id: d.as_prediction() for d in seed_gold}).format_text()
    tail = text.splitlines()[-14:]
    for label in HEADLINE:
        assert any(line.startswith(label) for line in tail), label
    assert "events F1" in text and "1.000" in text


def test_verbose_text_lists_the_misses(make_gold) -> None:
    gold = make_gold("a1", events=[gold_event()], boilerplate=["Back to top button"])
    text = evaluate([gold], {"a1": {"events": [pred_event(event_type="Battles")]}}).format_text(
        verbose=True
    )
    assert "Article a1" in text
    assert "missed event g1" in text
    assert "false event p1" in text
    assert 'boilerplate kept: "Back to top button"' in text
    assert "missed event" not in evaluate([gold], {}).format_text()
