"""Fusion scored as GOLD.md says: B-cubed over matched pairs whose gold event has a `cluster`.

Each pair carries its gold `cluster` and the prediction's `fused_id`; a prediction without a
`fused_id` was fused with nothing, so it is a group of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from kronika.evaluate.measures import f1, rounded


@dataclass(slots=True, frozen=True)
class FusionScore:
    """B-cubed figures of the fused events against the gold clusters."""

    precision: float | None  #: mean share of a pair's fused group that shares its cluster
    recall: float | None  #: mean share of a pair's cluster that shares its fused group
    pairs: int  #: matched pairs whose gold event has a cluster
    clusters: int  #: distinct gold clusters (over all gold events)
    fused_groups: int  #: distinct fused groups among the pairs
    wrongly_merged: int  #: pairs of pairs fused together but in different gold clusters
    wrongly_split: int  #: pairs of pairs in one gold cluster but not fused together
    #: The wrong pairs, for a person to read: {"error": "merged"|"split", "a", "b", "clusters",
    #: "fused"} with the labels of the two predicted events.
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": rounded(self.precision),
            "recall": rounded(self.recall),
            "f1": rounded(self.f1),
            "pairs": self.pairs,
            "clusters": self.clusters,
            "fused_groups": self.fused_groups,
            "wrongly_merged": self.wrongly_merged,
            "wrongly_split": self.wrongly_split,
            "errors": self.errors,
        }


def score_fusion(
    pairs: list[tuple[str, str | None]], clusters: int, labels: list[str] | None = None
) -> FusionScore:
    """Return B-cubed figures of (gold cluster, predicted fused_id) pairs.

    `clusters` is the number of distinct gold clusters, counted by the caller over all gold events.
    `labels` (one per pair) name the predicted events in the listed errors.
    """
    items: list[tuple[str, Hashable]] = [
        (cluster, fused if fused is not None else ("unfused", i))
        for i, (cluster, fused) in enumerate(pairs)
    ]
    by_cluster = Counter(c for c, _ in items)
    by_fused = Counter(f for _, f in items)
    by_both = Counter(items)
    n = len(items)
    precision = sum(by_both[c, f] / by_fused[f] for c, f in items) / n if n else None
    recall = sum(by_both[c, f] / by_cluster[c] for c, f in items) / n if n else None
    both = _pairs(by_both)
    return FusionScore(
        precision=precision,
        recall=recall,
        pairs=n,
        clusters=clusters,
        fused_groups=len(by_fused),
        wrongly_merged=_pairs(by_fused) - both,
        wrongly_split=_pairs(by_cluster) - both,
        errors=_errors(items, labels or [str(i) for i in range(n)]),
    )


def _errors(items: list[tuple[str, Hashable]], labels: list[str]) -> list[dict[str, Any]]:
    out = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            (ci, fi), (cj, fj) = items[i], items[j]
            if (ci == cj) == (fi == fj):
                continue
            out.append(
                {
                    "error": "merged" if fi == fj else "split",
                    "a": labels[i],
                    "b": labels[j],
                    "clusters": [ci, cj],
                    "fused": [_name(fi), _name(fj)],
                }
            )
    return out


def _name(fused: Hashable) -> str | None:
    return fused if isinstance(fused, str) else None


def _pairs(counts: Counter[Any]) -> int:
    return sum(k * (k - 1) // 2 for k in counts.values())
