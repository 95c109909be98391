"""Clean-up scored as GOLD.md says: gold boilerplate lines removed, other lines removed by error.

A gold line counts as removed when a predicted line contains it or is contained in it (whitespace
runs compared as one space, case kept). Empty predicted lines remove nothing and are not errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kronika.evaluate.measures import Tally


@dataclass(slots=True)
class BoilerplateScore:
    """Clean-up counts of one article, or summed over many."""

    removed: Tally = field(default_factory=Tally)  #: gold boilerplate lines removed / gold lines
    false_removals: int = 0  #: predicted removals that are no gold boilerplate line

    def merge(self, other: BoilerplateScore) -> None:
        """Add another score's counts to this one."""
        self.removed.merge(other.removed)
        self.false_removals += other.false_removals

    def to_dict(self) -> dict[str, Any]:
        return {"removed": self.removed.to_dict(), "false_removals": self.false_removals}


@dataclass(slots=True)
class BoilerplateResult:
    """One article's clean-up compared: the score, the gold lines kept and the wrong removals."""

    score: BoilerplateScore
    kept: list[str]  #: gold boilerplate lines the prediction did not remove
    wrongly_removed: list[str]  #: predicted removals matching no gold line

    def to_dict(self) -> dict[str, Any]:
        return {**self.score.to_dict(), "kept": self.kept, "wrongly_removed": self.wrongly_removed}


def score_boilerplate(gold: list[str], predicted: list[str]) -> BoilerplateResult:
    """Return how the lines a prediction removed compare with the gold boilerplate lines."""
    removed = [(line, _squash(line)) for line in predicted if isinstance(line, str)]
    removed = [(line, norm) for line, norm in removed if norm]
    result = BoilerplateResult(BoilerplateScore(), [], [])
    gold_norm = [_squash(line) for line in gold]
    for line, norm in zip(gold, gold_norm, strict=True):
        hit = any(_same_line(norm, r) for _, r in removed)
        result.score.removed.add(hit)
        if not hit:
            result.kept.append(line)
    for line, norm in removed:
        if not any(_same_line(g, norm) for g in gold_norm):
            result.score.false_removals += 1
            result.wrongly_removed.append(line)
    return result


def _same_line(gold: str, removed: str) -> bool:
    return bool(gold) and (gold in removed or removed in gold)


def _squash(line: str) -> str:
    return " ".join(line.split())
