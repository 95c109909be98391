"""Fusion scoring (GOLD.md "Scoring fusion"): B-cubed over matched pairs with a gold cluster."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.evaluate import evaluate
from kronika.evaluate.fusion import score_fusion

from .conftest import gold_event, pred_event


@pytest.mark.parametrize(
    ("pairs", "precision", "recall", "merged", "split"),
    [
        pytest.param([("a", "f1"), ("a", "f1"), ("b", "f2")], 1.0, 1.0, 0, 0, id="perfect"),
        pytest.param([("a", "x"), ("a", "x"), ("b", "x")], 5 / 9, 1.0, 2, 0, id="all-merged"),
        pytest.param([("a", None), ("a", None), ("b", None)], 1.0, 2 / 3, 0, 1, id="none-fused"),
    ],
)
def test_b_cubed(
    pairs: list[tuple[str, str | None]], precision: float, recall: float, merged: int, split: int
) -> None:
    score = score_fusion(pairs, clusters=2)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert (score.wrongly_merged, score.wrongly_split, score.pairs) == (merged, split, 3)


@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from(["x", "y", None])), max_size=12))
def test_b_cubed_figures_are_shares(pairs: list[tuple[str, str | None]]) -> None:
    score = score_fusion(pairs, clusters=3)
    for value in (score.precision, score.recall, score.f1):
        assert value is None or 0.0 <= value <= 1.0 + 1e-9


def test_fusion_reported_only_when_gold_has_clusters(make_gold) -> None:
    plain = [make_gold("a1", events=[gold_event()])]
    assert evaluate(plain, {"a1": {"events": [pred_event()]}}).fusion is None


def test_fusion_across_articles(make_gold) -> None:
    docs = [
        make_gold("a1", events=[gold_event(cluster="kharkiv-strike")]),
        make_gold("a2", events=[gold_event(cluster="kharkiv-strike")]),
    ]
    preds = {
        "a1": {"events": [pred_event(fused_id="f1")]},
        "a2": {"events": [pred_event(fused_id="f2")]},
    }
    fusion = evaluate(docs, preds).fusion
    assert fusion is not None
    assert (fusion.clusters, fusion.fused_groups, fusion.wrongly_split) == (1, 2, 1)
    assert (fusion.precision, fusion.recall) == (1.0, 0.5)
