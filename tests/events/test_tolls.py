"""Death-toll updates: the sentences that revise an event's casualties (events/tolls.py)."""

from __future__ import annotations

import pytest

from kronika.events.tolls import TollUpdate, toll_update, updated_injuries, updated_toll


@pytest.mark.parametrize(
    ("sentence", "dead", "injured"),
    [
        (
            "The death toll from Sunday's missile attack on the port climbed to 14, the mayor said.",
            14,
            None,
        ),
        ("The toll has risen to at least nine after rescuers worked through the night.", 9, None),
        ("The number of injured rose to 37 overnight, the regional governor said.", None, 37),
        ("Medics treated two more people, bringing the death toll to 11.", 11, None),
    ],
)
def test_a_new_total_is_read_as_the_toll(sentence: str, dead, injured) -> None:
    update = toll_update(sentence)
    assert update is not None
    assert (update.fatalities, update.injuries) == (dead, injured)


@pytest.mark.parametrize(
    ("sentence", "more"),
    [
        ("Rescuers pulled three more bodies from the rubble of the school on Saturday.", 3),
        ("Another man died in hospital on Friday, the health ministry said.", 1),
        ("A teenager wounded in the attack later died of his wounds.", 1),
    ],
)
def test_deaths_told_later_add_to_the_toll(sentence: str, more: int) -> None:
    update = toll_update(sentence)
    assert update is not None
    assert update.fatalities is None and update.more_dead == more


@pytest.mark.parametrize(
    "sentence",
    [
        "Two people were killed and another 16 wounded when shells hit the market.",
        "Another man was killed when a drone hit his car near the bridge.",
        "The toll bridge over the river was closed after the shelling.",
        "The number of refugees crossing into Poland has fallen sharply.",
    ],
)
def test_first_reports_are_no_toll_updates(sentence: str) -> None:
    assert toll_update(sentence) is None


def test_the_clause_of_the_update_holds_its_own_date() -> None:
    sentence = (
        "The death toll from Tuesday's strike on the city rose to five on Thursday, police said."
    )
    update = toll_update(sentence)
    assert sentence[update.start : update.end] == "rose to five"
    assert "Thursday" in sentence[update.start : update.clause_end]
    assert "Tuesday" not in sentence[update.start : update.clause_end]


def _u(dead=None, more=0, added=False, injured=None) -> TollUpdate:
    return TollUpdate(dead, injured, more, added, 0, 0, 0)


def test_the_highest_total_wins_and_later_deaths_add_to_it() -> None:
    assert updated_toll(2, [_u(dead=4), _u(dead=3)]) == 4
    assert updated_toll(2, [_u(dead=4), _u(more=2, added=True)]) == 6
    # "a woman died of her wounds" after the total is already counted in it
    assert updated_toll(2, [_u(dead=3), _u(more=1)]) == 3
    assert updated_toll(2, [_u(more=1)]) == 3
    assert updated_toll(None, []) is None
    assert updated_injuries(11, [_u(injured=15)]) == 15
