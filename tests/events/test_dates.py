"""Event dates from relative expressions, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.events.dates import resolve_date, told_date

THURSDAY = dt.date(2023, 3, 16)
APRIL = dt.date(2023, 4, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("A missile hit the city on Wednesday night.", THURSDAY, ("2023-03-15", 1)),
        ("On Friday, drones attacked the port.", THURSDAY, ("2023-03-10", 1)),
        ("Shelling resumed on Thursday.", THURSDAY, ("2023-03-16", 1)),  # the day itself
        ("On Sunday, drones attacked the port.", dt.date(2023, 1, 2), ("2023-01-01", 1)),
    ],
)
def test_weekday_is_the_last_such_day_up_to_publication(sentence, published, expected) -> None:
    assert resolve_date(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shelling continued yesterday.", ("2023-03-15", 1)),
        ("Drones struck the city last night.", ("2023-03-15", 1)),
        ("Sirens sounded this morning.", ("2023-03-16", 1)),
        ("Yesterday, two people were killed.", ("2023-03-15", 1)),
    ],
)
def test_relative_day_words(sentence, expected) -> None:
    assert resolve_date(sentence, THURSDAY) == expected


def test_yesterday_crosses_a_year_boundary() -> None:
    assert resolve_date("It was shelled yesterday.", dt.date(2024, 1, 1)) == ("2023-12-31", 1)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The town was captured in November.", APRIL, ("2022-11", 3)),  # the previous year's
        ("The town was captured in February.", APRIL, ("2023-02", 3)),  # this year's
        ("The town has been under fire since January.", APRIL, ("2023-01", 3)),
    ],
)
def test_month_is_the_last_such_month_before_publication(sentence, published, expected) -> None:
    assert resolve_date(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bridge was hit on March 3.", ("2023-03-03", 1)),
        ("The bridge was hit on 3 March.", ("2023-03-03", 1)),
        ("The bridge was hit on December 24th.", ("2022-12-24", 1)),
        ("The bridge was hit on 2023-02-01.", ("2023-02-01", 1)),
    ],
)
def test_calendar_dates(sentence, expected) -> None:
    assert resolve_date(sentence, THURSDAY) == expected


def test_impossible_calendar_date_gives_no_date() -> None:
    assert resolve_date("It happened on February 30.", THURSDAY) == (None, None)


@pytest.mark.parametrize(
    "sentence", ["A missile hit the city on Wednesday.", "Shelling continued yesterday.", "x"]
)
def test_without_publication_date_nothing_is_guessed(sentence) -> None:
    assert resolve_date(sentence, None) == (None, None)


def test_without_expression_the_report_week_is_the_date() -> None:
    assert resolve_date("Russian shelling hit the town.", THURSDAY) == ("2023-03-16", 2)


_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december yesterday today tonight overnight "
    "last night in since early late the town was shelled on and"
).split()


@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=12),
    published=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_word_dates_never_fall_after_publication(words: list[str], published: dt.date) -> None:
    date, precision = resolve_date(" ".join(words), published)
    assert precision in (1, 2, 3)
    assert date is not None and date <= published.isoformat()[: len(date)]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Strikes began on 24 February 2022.", None, ("2022-02-24", 1)),
        ("The depot burned on March 30, 2022.", None, ("2022-03-30", 1)),
        ("The region which it seized two months ago.", dt.date(2024, 10, 7), ("2024-08", 3)),
        ("The bridge was hit three days ago.", dt.date(2024, 10, 7), ("2024-10-04", 1)),
        ("The town was shelled last week.", dt.date(2024, 10, 7), ("2024-09-30", 2)),
        ("The depot was hit on March 30.", dt.date(2023, 3, 16), ("2022-03-30", 1)),
    ],
)
def test_absolute_and_counted_back_dates(sentence, published, expected) -> None:
    assert resolve_date(sentence, published) == expected


OCTOBER = dt.date(2024, 10, 10)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A month or a season with its year needs no publication date.
        ("The town fell in May 2023.", None, ("2023-05", 3)),
        ("Troops advanced there in the summer of 2023.", None, ("2023-07", 3)),
        ("Strikes on power plants in winter 2022 cut heating.", None, ("2023-01", 3)),
        # Without a year: the latest such season begun by publication; "last" one over.
        ("The bridge was hit last summer.", OCTOBER, ("2024-07", 3)),
        ("The bridge was hit last summer.", dt.date(2024, 7, 20), ("2023-07", 3)),
        ("The bridge was hit during the winter.", OCTOBER, ("2024-01", 3)),
        ("The offensive began in the spring.", OCTOBER, ("2024-04", 3)),
        ("Kyiv hopes to retake the city this autumn.", dt.date(2024, 8, 1), ("2024-10", 3)),
        ("The damage was caused by the fall of a missile in the town.", OCTOBER, ("2024-10-10", 2)),
        # A season still going is the report's own week.
        ("The offensive began in the summer.", dt.date(2024, 7, 20), ("2024-07-20", 2)),
        # "since" tells what goes on, not when the event was: the report's own week.
        ("Since last summer, troops have tried to take the city.", OCTOBER, ("2024-10-10", 2)),
        (
            "Since the summer of 2023 the village has changed hands twice.",
            OCTOBER,
            ("2024-10-10", 2),
        ),
        # A month with its year is that year's, "since" or not.
        ("Fighting has gone on there since May 2023.", OCTOBER, ("2023-05", 3)),
    ],
)
def test_seasons_and_months_with_years(sentence, published, expected) -> None:
    assert resolve_date(sentence, published) == expected


def test_a_sentence_that_tells_no_date_is_told_apart() -> None:
    published = dt.date(2023, 3, 16)
    assert told_date("Police fired tear gas to disperse them.", published) is None
    assert resolve_date("Police fired tear gas to disperse them.", published) == ("2023-03-16", 2)
    assert told_date("Police fired tear gas on Monday.", published) == ("2023-03-13", 1)
    # "the past 24 hours" tells the publication week as a date: it is told, not a default.
    assert told_date("in the past 24 hours", published) == ("2023-03-16", 2)
