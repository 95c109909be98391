"""The fields of one event read off its sentence: casualties, actors, weapons, who said it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.events.details import (
    Count,
    actors,
    attribution,
    casualties,
    combine,
    counts,
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


@pytest.mark.parametrize(
    ("sentence", "fatal", "injured"),
    [
        # A range: ACLED codes the lowest figure; low and high keep the range.
        ("Between four and nine villagers were killed in the raid.", Count(4, 4, 9), None),
        ("The mortar attack left 3-6 soldiers dead.", Count(3, 3, 6), None),
        ("Gunmen killed between 20 and 25 people at the market.", Count(20, 20, 25), None),
        ("Three or four people died when the shell landed.", Count(3, 3, 4), None),
        # "up to" gives only a ceiling.
        ("Up to 14 passengers were wounded, medics said.", None, Count(14, None, 14)),
        # Sub-counts and ages inside a toll are not tolls of their own.
        (
            "At least nine residents were killed and another 21 injured, including a "
            "7-year-old girl.",
            Count(9),
            Count(21),
        ),
        ("Twenty-two people have been wounded; three of them are teenagers.", None, Count(22)),
        ("Four people were killed, two of them children.", Count(4), None),
        ("A 58-year-old man was killed by the blast.", Count(1), None),
        ("The drone strike killed a volunteer and wounded two medics.", Count(1), Count(2)),
        ("About 40 were killed, the mayor said.", Count(40), None),
        # Sources that disagree within one sentence: the lowest, with the range.
        (
            "The regional governor said 9 soldiers died, while the other side's media said 25.",
            Count(9, 9, 25),
            None,
        ),
        (
            "Officials said 6 people were killed, but rebels claimed 15 were killed.",
            Count(6, 6, 15),
            None,
        ),
        # A second figure that adds to the first is not a second source's version of it.
        ("Two people were killed, officials said, and two more died later.", Count(2), None),
    ],
)
def test_counts_give_acled_figure_and_range(sentence, fatal, injured) -> None:
    assert counts(sentence) == (fatal, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 3,000 civilians have been killed in the region since March.",
        "Some 400 soldiers have died since the start of the offensive.",
        "Over 900 people were injured this year.",
        "The village, home to 2,000 people, lies 12 km from the front.",
        "In 2019 a man was shot near the border post, which is 8 km away.",
        "Twice as many were wounded as the year before.",
    ],
)
def test_tallies_distances_and_populations_are_not_tolls(sentence) -> None:
    assert counts(sentence) == (None, None)


def test_year_before_a_toll_is_not_the_toll() -> None:
    assert casualties("In 2021 a farmer was killed by a landmine.") == (1, None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tens of people were injured in the stampede.", (None, 10)),
        ("Hundreds of people were wounded.", (None, 100)),
        ("Many were killed in the attack.", (10, None)),
    ],
)
def test_vague_words_follow_acled_conventions(sentence, expected) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(
    ("first", "other", "expected"),
    [
        (Count(12), Count(30), Count(12, 12, 30)),
        (Count(30), Count(12), Count(12, 12, 30)),
        (Count(5, 5, 8), Count(4), Count(4, 4, 8)),
        (Count(7), Count(7), Count(7)),
        (None, Count(3), Count(3)),
    ],
)
def test_combine_keeps_the_lowest_figure_and_the_range(first, other, expected) -> None:
    assert combine(first, other) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Moscow launched dozens of drones overnight.", ["Military Forces of Russia"]),
        ("The Kremlin has sent more troops to the border.", ["Military Forces of Russia"]),
        ("Kyiv's forces pushed back across the river.", ["Military Forces of Ukraine"]),
        ("A missile struck Kyiv before dawn.", []),  # the city hit, not the state acting
        ("Moscow said the talks had stalled.", []),  # speaking is not fighting
        ("Israeli warplanes struck a house in Rafah.", ["Military Forces of Israel"]),
        ("The IDF said it hit Hamas positions.", ["Military Forces of Israel", "Hamas Movement"]),
        ("Hezbollah fired rockets at a border town.", ["Hezbollah"]),
        ("Houthi forces launched a drone at a tanker.", ["Military Forces of Yemen Houthi"]),
        ("Ansar Allah claimed the attack.", ["Military Forces of Yemen Houthi"]),
        ("RSF fighters looted the market.", ["Rapid Support Forces"]),
        ("Sudanese army jets bombed the camp.", ["Military Forces of Sudan"]),
        ("Fighters of the Azov brigade held the plant.", ["Military Forces of Ukraine Azov"]),
        (
            "The Freedom of Russia Legion crossed into the Belgorod region.",
            ["Freedom of Russia Legion"],
        ),
        (
            "Chechen fighters and Russian troops entered the village.",
            ["Military Forces of Russia Kadyrovtsy", "Military Forces of Russia"],
        ),
        ("Al-Shabaab militants attacked the base.", ["Al Shabaab"]),
        ("Pro-Russian forces shelled the town.", ["Military Forces of Russia"]),
    ],
)
def test_actors_named_as_acled_names_them(sentence: str, expected: list[str]) -> None:
    assert actors(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        (
            "Police fired tear gas at protesters.",
            "Kenya",
            ["Police Forces of Kenya", "Protesters (Kenya)"],
        ),
        ("Rioters torched two cars.", "France", ["Rioters (France)"]),
        ("Government forces retook the town.", "Mali", ["Military Forces of Mali"]),
        ("Government forces retook the town.", None, []),  # ACLED's name needs the country
        ("Demonstrators marched to parliament.", None, ["Protesters"]),
    ],
)
def test_role_actors_are_placed_in_the_event_country(sentence, country, expected) -> None:
    assert actors(sentence, country) == expected
