"""Counting helpers every part of the scoring shares: tallies, ratios, F1, great-circle distance."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.geo.distance import haversine_km

__all__ = ["PRF", "Tally", "f1", "haversine_km", "ratio", "rounded"]


@dataclass(slots=True)
class Tally:
    """How many of `total` cases were right; `value` is the share, None when `total` is 0."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return ratio(self.right, self.total)

    def add(self, right: bool) -> None:
        """Count one case."""
        self.total += 1
        self.right += int(right)

    def merge(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.right += other.right
        self.total += other.total

    def to_dict(self) -> dict[str, int | float | None]:
        return {"right": self.right, "total": self.total, "value": rounded(self.value)}


def ratio(num: float, den: float) -> float | None:
    """Return num / den, or None when den is 0 (the figure is undefined, not zero)."""
    return num / den if den else None


def f1(precision: float | None, recall: float | None) -> float | None:
    """Return the harmonic mean of precision and recall; None when both are undefined.

    One undefined side means nothing was predicted or nothing was to be found while the other side
    had something: no true positive, so F1 is 0.
    """
    if precision is None and recall is None:
        return None
    p, r = precision or 0.0, recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def rounded(value: float | None, digits: int = 4) -> float | None:
    """Return value rounded for a report (None stays None)."""
    return None if value is None else round(value, digits)


class PRF:
    """Precision, recall and F1 for a score with `tp`, `fp` and `fn` counts (a mixin)."""

    __slots__ = ()
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    def prf_dict(self) -> dict[str, int | float | None]:
        """Return the counts and rounded precision, recall and F1, for `to_dict()`."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": rounded(self.precision),
            "recall": rounded(self.recall),
            "f1": rounded(self.f1),
        }
