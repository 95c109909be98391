"""The evaluation report: every figure of GOLD.md, summed and per article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kronika.evaluate.boilerplate import BoilerplateResult, BoilerplateScore
from kronika.evaluate.event_types import EventTypeResult, EventTypeScore
from kronika.evaluate.events import EventResult, EventScore
from kronika.evaluate.fusion import FusionScore
from kronika.evaluate.text import format_report
from kronika.evaluate.toponyms import ToponymResult, ToponymScore

#: The parts an article can be scored on, as `GoldDoc.parts` names them (gold.PARTS of a
#: kronika-gold/1 file; "event_types" of a CASE 2021 row, `case2021.py`).
SCORED_PARTS = ("events", "toponyms", "boilerplate", "event_types")


@dataclass(slots=True)
class ArticleResult:
    """One gold article compared with its prediction; a part is None when it is not scored."""

    id: str
    predicted: bool  #: False when no prediction had this id (everything counts as missed)
    events: EventResult | None = None
    toponyms: ToponymResult | None = None
    boilerplate: BoilerplateResult | None = None
    event_types: EventTypeResult | None = None  #: the snippet's label and first event's type

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "predicted": self.predicted,
            "events": self.events.to_dict() if self.events else None,
            "toponyms": self.toponyms.to_dict() if self.toponyms else None,
            "boilerplate": self.boilerplate.to_dict() if self.boilerplate else None,
            "event_types": self.event_types.to_dict() if self.event_types else None,
        }


@dataclass(slots=True)
class Report:
    """Every figure GOLD.md defines, over all gold articles, and each article's own."""

    events: EventScore = field(default_factory=EventScore)
    toponyms: ToponymScore = field(default_factory=ToponymScore)
    boilerplate: BoilerplateScore = field(default_factory=BoilerplateScore)
    fusion: FusionScore | None = None  #: only when a gold event has a `cluster`
    event_types: EventTypeScore | None = None  #: only when a gold article has a `label`
    articles: list[ArticleResult] = field(default_factory=list)
    unknown_predictions: list[str] = field(default_factory=list)  #: predicted ids with no gold
    beyond_limit: int = 0  #: gold articles left out by `evaluate(limit=…)`

    @property
    def missing_predictions(self) -> list[str]:
        """Return the ids of gold articles no prediction was given for."""
        return [a.id for a in self.articles if not a.predicted]

    def scored(self, part: str) -> int:
        """Return how many articles score `part` (one of SCORED_PARTS)."""
        return sum(getattr(a, part) is not None for a in self.articles)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-serialisable data (what `kronika eval --json` prints)."""
        return {
            "articles": len(self.articles),
            "beyond_limit": self.beyond_limit,
            "scored": {p: self.scored(p) for p in SCORED_PARTS},
            "missing_predictions": self.missing_predictions,
            "unknown_predictions": self.unknown_predictions,
            "events": self.events.to_dict(),
            "toponyms": self.toponyms.to_dict(),
            "boilerplate": self.boilerplate.to_dict(),
            "fusion": self.fusion.to_dict() if self.fusion else None,
            "event_types": self.event_types.to_dict() if self.event_types else None,
            "per_article": [a.to_dict() for a in self.articles],
        }

    def format_text(self, verbose: bool = False) -> str:
        """Return the report as an aligned plain-text table ending with the headline figures.

        `verbose` first lists, per article, the missed and false events and toponyms, the field
        errors and the clean-up errors.
        """
        return format_report(self, verbose)
