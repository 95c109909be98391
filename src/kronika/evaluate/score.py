"""`evaluate()`: gold articles and predictions in, a Report out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kronika.evaluate.boilerplate import score_boilerplate
from kronika.evaluate.event_types import EventTypeScore, score_event_type
from kronika.evaluate.events import score_events
from kronika.evaluate.fusion import score_fusion
from kronika.evaluate.gold import GoldDoc
from kronika.evaluate.report import ArticleResult, Report
from kronika.evaluate.toponyms import score_toponyms


def evaluate(
    gold: Iterable[GoldDoc], predictions: Mapping[str, Any], limit: int | None = None
) -> Report:
    """Return the GOLD.md figures of `predictions` against `gold`, summed and per article.

    `predictions` maps an article id to a `Document` or its `to_dict()`. A gold article without a
    prediction counts as all missed; predictions without a gold article are listed in
    `Report.unknown_predictions` and not scored. Each part (events, toponyms, boilerplate, event
    types) is scored only for the articles whose gold gives it (`GoldDoc.parts`). `limit` scores
    only the first `limit` gold articles; predictions of the others are neither scored nor unknown.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit is {limit}; give a number of gold articles >= 0, or None for all")
    gold = list(gold)
    ids = {doc.id for doc in gold}
    scored = gold if limit is None else gold[:limit]
    report = Report(beyond_limit=len(gold) - len(scored))
    pairs: list[tuple[str, str | None]] = []
    labels: list[str] = []
    clusters: set[str] = set()
    for doc in scored:
        pred = predictions.get(doc.id)
        if pred is not None and hasattr(pred, "to_dict"):
            pred = pred.to_dict()
        p: dict[str, Any] = pred or {}
        result = ArticleResult(doc.id, predicted=pred is not None)
        if "events" in doc.parts:
            result.events = score_events(doc.gold, p.get("events") or [], doc.text)
            report.events.merge(result.events.score)
            pairs.extend(result.events.clusters)
            labels.extend(result.events.cluster_labels)
            clusters.update(e["cluster"] for e in doc.gold.get("events") or [] if "cluster" in e)
        if "toponyms" in doc.parts:
            result.toponyms = score_toponyms(
                doc.gold.get("toponyms") or [], p.get("toponyms") or []
            )
            report.toponyms.merge(result.toponyms.score)
        if "boilerplate" in doc.parts:
            lines = p.get("boilerplate") or []
            result.boilerplate = score_boilerplate(doc.gold.get("boilerplate") or [], lines)
            report.boilerplate.merge(result.boilerplate.score)
        if "event_types" in doc.parts:
            result.event_types = score_event_type(doc.gold["label"], p.get("events") or [])
            if report.event_types is None:
                report.event_types = EventTypeScore()
            report.event_types.add(result.event_types)
        report.articles.append(result)
    if clusters:
        report.fusion = score_fusion(pairs, len(clusters), labels)
    report.unknown_predictions = sorted(k for k in predictions if k not in ids)
    return report
