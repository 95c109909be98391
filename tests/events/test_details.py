"""The fields of one event read off its sentence: casualties, actors, weapons, who said it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.events.details import (
    actors,
    attribution,
    casualties,
    disputed,
    hedged,
    targets_civilians,
    weapons,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least seven civilians were killed and another 16 wounded.", (7, 16)),
        ("One person was killed.", (1, None)),
        ("Two people were killed and 11 wounded in the attack.", (2, 11)),
        ("Eighteen people have been injured, the governor said.", (None, 18)),
        ("The strike killed 1,200 soldiers, officials said.", (1200, None)),
        ("More than 1,500 people have been injured since Monday.", (None, 1500)),
        ("The blast killed three people and injured 12.", (3, 12)),
        ("A missile struck the station, killing four civilians and wounding 23.", (4, 23)),
        ("Seven people died in the fire.", (7, None)),
        ("A dozen people were wounded.", (None, 12)),
        ("Nobody was hurt.", (None, None)),
        ("The shelling damaged a school.", (None, None)),
    ],
)
def test_casualties(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@given(st.text(max_size=200))
def test_casualties_never_fail_and_count_from_zero(sentence: str) -> None:
    for n in casualties(sentence):
        assert n is None or n >= 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian forces shelled the town.", ["Military Forces of Russia"]),
        ("Wagner fighters stormed the village.", ["Wagner Group"]),
        ("A Russian missile hit the port.", ["Military Forces of Russia"]),
        (
            "Ukrainian troops repelled Russian attacks.",
            ["Military Forces of Ukraine", "Military Forces of Russia"],
        ),
        ("Russian-backed separatists fired mortars.", ["DPR: Donetsk People's Republic"]),
        ("Police detained two men.", ["Police Forces"]),
        ("The bridge was damaged.", []),
    ],
)
def test_actors_in_order_of_mention(sentence: str, expected: list[str]) -> None:
    assert actors(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Russian missile hit the city.", ["missile"]),
        ("Drones and rockets struck overnight.", ["rocket", "drone"]),
        ("Shahed drones attacked the grid.", ["drone"]),
        ("Artillery shelling continued.", ["artillery"]),
        ("A glide bomb hit a school.", ["guided bomb"]),
        ("Talks continued.", []),
    ],
)
def test_weapons_named_once_each(sentence: str, expected: list[str]) -> None:
    assert sorted(weapons(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A missile struck a residential building.", True),
        ("Shelling damaged homes and a school.", True),
        ("Artillery hit Ukrainian positions near the river.", False),
    ],
)
def test_targets_civilians(sentence: str, expected: bool) -> None:
    assert targets_civilians(sentence) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv denied the claim.", True),
        ("The claim was denied.", True),  # the word before a full stop
        ("Moscow denied, saying the town still stood.", True),
        ("The report was not confirmed.", True),
        ("The army confirmed the capture.", False),
    ],
)
def test_disputed(text: str, expected: bool) -> None:
    assert disputed(text) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Two people were killed, the regional governor said.", "regional governor"),
        ("According to the General Staff, the attack was repelled.", "General Staff"),
    ],
)
def test_attribution_names_who_said_it(nlp, sentence: str, source: str) -> None:
    sent = next(iter(nlp(sentence).sents))
    assert source in attribution(sent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twenty-one people were killed in the strike.", (21, None)),
        ("Dozens of people were injured.", (None, 12)),
        ("Several people were wounded.", (None, 10)),
        ("Two men aged 32 and 45 were injured.", (None, None)),
    ],
)
def test_vague_and_spelled_counts_follow_acled(sentence, expected) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles reportedly hit the port.",
        "The claim could not be independently verified.",
        "The report has not been confirmed.",
    ],
)
def test_hedged_reports_are_recognised(text) -> None:
    assert hedged(text)
