"""Clean-up scoring (GOLD.md "Scoring clean-up"): gold lines removed, other removals are errors."""

from __future__ import annotations

import pytest

from kronika.evaluate.boilerplate import score_boilerplate

GOLD = ["Back to top button"]


@pytest.mark.parametrize(
    ("gold", "removed", "right", "total", "false_removals"),
    [
        pytest.param(GOLD, ["Back to top button"], 1, 1, 0, id="same-line"),
        pytest.param(GOLD, ["Back to top button  Share"], 1, 1, 0, id="removed-contains-gold"),
        pytest.param(GOLD, ["Back to top"], 1, 1, 0, id="removed-inside-gold"),
        pytest.param(GOLD, ["Back  to top\tbutton"], 1, 1, 0, id="whitespace-ignored"),
        pytest.param(GOLD, [], 0, 1, 0, id="kept"),
        pytest.param(GOLD, ["A missile hit Kharkiv."], 0, 1, 1, id="false-removal"),
        pytest.param(GOLD, ["Back to top button", "Kharkiv"], 1, 1, 1, id="one-of-each"),
        pytest.param([], ["Subscribe now"], 0, 0, 1, id="no-gold-line"),
        pytest.param([], ["", "  "], 0, 0, 0, id="empty-removals-ignored"),
    ],
)
def test_boilerplate_removal(
    gold: list[str], removed: list[str], right: int, total: int, false_removals: int
) -> None:
    result = score_boilerplate(gold, removed)
    assert (result.score.removed.right, result.score.removed.total) == (right, total)
    assert result.score.false_removals == false_removals
    assert len(result.kept) == total - right
