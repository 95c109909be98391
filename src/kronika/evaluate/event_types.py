"""Event typing scored on one-label snippets (CASE 2021 task 2, issue 4): the first event's type.

- A snippet whose gold label is one of ACLED's 25 sub-event types is predicted by the
  `sub_event_type` of the first event the system extracts from it in text order: the event whose
  evidence starts first (events without evidence offsets come after, in list order). No event is
  the prediction NONE, always wrong.
- Per type, the standard (scikit-learn) definition over those snippets: precision = right /
  predictions of the type, recall = right / support, F1 their harmonic mean (0 when one is 0 or
  undefined). Weighted F1 = Σ support·F1 / Σ support; macro F1 = the mean F1 of the types with
  support or predictions; accuracy = right / snippets.
- A snippet of another label (disasters, diplomacy, crime: `case2021.NON_ACLED`) should give no
  event or "Other"; each is counted as NO_EVENT, OTHER or ANOTHER_TYPE, per label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kronika.evaluate.measures import f1, ratio, rounded
from kronika.events.lexicon import TAXONOMY

#: The prediction of a snippet the system finds no event in.
NONE = "none"

#: What a snippet of a non-ACLED label gave.
NO_EVENT = "no event"
OTHER = "Other"
ANOTHER_TYPE = "another type"
OUTCOMES = (NO_EVENT, OTHER, ANOTHER_TYPE)

#: ACLED's 25 sub-event types, in codebook order: the rows of the per-type table.
SUB_EVENT_TYPES = tuple(sub for subs in TAXONOMY.values() for sub in subs)


@dataclass(slots=True)
class TypeCounts:
    """One sub-event type over the scored snippets: gold support, predictions, right ones."""

    support: int = 0  #: snippets whose gold is this type
    predicted: int = 0  #: snippets of an ACLED label predicted as this type
    right: int = 0  #: snippets of this type predicted as it

    @property
    def precision(self) -> float | None:
        return ratio(self.right, self.predicted)

    @property
    def recall(self) -> float | None:
        return ratio(self.right, self.support)

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "support": self.support,
            "predicted": self.predicted,
            "right": self.right,
            "precision": rounded(self.precision),
            "recall": rounded(self.recall),
            "f1": rounded(self.f1),
        }


@dataclass(slots=True, frozen=True)
class EventTypeResult:
    """One snippet: its gold label, the type of its first event, how many events it gave."""

    code: str  #: the gold label as the gold file writes it ("ART_MISS_ATTACK", "DIPLO", …)
    gold: str | None  #: its ACLED sub-event type; None for a label outside ACLED's taxonomy
    predicted: str  #: the first event's `sub_event_type`, or NONE
    events: int  #: events the system extracted from the snippet

    @property
    def right(self) -> bool | None:
        """Return whether the type is right; None for a label outside ACLED's taxonomy."""
        return None if self.gold is None else self.predicted == self.gold

    @property
    def outcome(self) -> str | None:
        """Return NO_EVENT, OTHER or ANOTHER_TYPE for a non-ACLED label; None for an ACLED one."""
        if self.gold is not None:
            return None
        if self.predicted == NONE:
            return NO_EVENT
        return OTHER if self.predicted == OTHER else ANOTHER_TYPE

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "gold": self.gold,
            "predicted": self.predicted,
            "events": self.events,
            "right": self.right,
            "outcome": self.outcome,
        }


@dataclass(slots=True)
class EventTypeScore:
    """Event typing over all scored snippets: the per-type table, summaries, other labels."""

    types: dict[str, TypeCounts] = field(
        default_factory=lambda: {t: TypeCounts() for t in SUB_EVENT_TYPES}
    )
    none: int = 0  #: snippets of an ACLED label with no event (each wrong)
    unknown: int = 0  #: snippets of an ACLED label typed outside the 25 types (each wrong)
    other_labels: dict[str, dict[str, int]] = field(default_factory=dict)  #: label → OUTCOMES → n

    def add(self, result: EventTypeResult) -> None:
        """Count one snippet."""
        if result.gold is None:
            counts = self.other_labels.setdefault(result.code, dict.fromkeys(OUTCOMES, 0))
            counts[result.outcome] += 1
            return
        self.types.setdefault(result.gold, TypeCounts()).support += 1
        if result.predicted == NONE:
            self.none += 1
        elif result.predicted in self.types:
            self.types[result.predicted].predicted += 1
        else:
            self.unknown += 1
        if result.right:
            self.types[result.gold].right += 1

    @property
    def total(self) -> int:
        """Return the number of snippets of an ACLED label."""
        return sum(c.support for c in self.types.values())

    @property
    def right(self) -> int:
        return sum(c.right for c in self.types.values())

    @property
    def accuracy(self) -> float | None:
        return ratio(self.right, self.total)

    @property
    def weighted_f1(self) -> float | None:
        """Return Σ support·F1 / Σ support over the types; None when no snippet has one."""
        return ratio(sum(c.support * (c.f1 or 0.0) for c in self.types.values()), self.total)

    @property
    def macro_f1(self) -> float | None:
        """Return the mean F1 of the types with support or predictions."""
        scores = [c.f1 for c in self.types.values() if c.support or c.predicted]
        return ratio(sum(s or 0.0 for s in scores), len(scores))

    def other_totals(self) -> dict[str, int]:
        """Return OUTCOMES → snippets, over every non-ACLED label."""
        return {o: sum(c[o] for c in self.other_labels.values()) for o in OUTCOMES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "snippets": self.total,
            "right": self.right,
            "accuracy": rounded(self.accuracy),
            "macro_f1": rounded(self.macro_f1),
            "weighted_f1": rounded(self.weighted_f1),
            "none": self.none,
            "unknown": self.unknown,
            "types": {t: c.to_dict() for t, c in self.types.items()},
            "other_labels": {
                "snippets": sum(self.other_totals().values()),
                **self.other_totals(),
                "per_label": {k: dict(v) for k, v in sorted(self.other_labels.items())},
            },
        }


def score_event_type(label: dict[str, Any], predicted: list[dict[str, Any]]) -> EventTypeResult:
    """Return one snippet's gold `label` ({"code", "sub_event_type"}) against its events."""
    return EventTypeResult(
        code=str(label.get("code")),
        gold=label.get("sub_event_type"),
        predicted=first_event_type(predicted),
        events=len(predicted),
    )


def first_event_type(events: list[dict[str, Any]]) -> str:
    """Return the `sub_event_type` of the event whose evidence starts first, or NONE."""
    if not events:
        return NONE
    first = min(enumerate(events), key=lambda ie: (_first_offset(ie[1]), ie[0]))[1]
    return str(first.get("sub_event_type") or "")  # "": typed by nothing, counted as unknown


def _first_offset(event: dict[str, Any]) -> float:
    starts = [o[0] for o in event.get("evidence_offsets") or [] if o and o[0] is not None]
    starts = [s for s in starts if s >= 0]
    return min(starts) if starts else float("inf")
