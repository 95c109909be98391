"""Shared measures: great-circle distance, undefined shares, F1."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.evaluate.measures import Tally, f1, haversine_km, ratio

lat = st.floats(-90, 90)
lon = st.floats(-180, 180)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.5),  # London–Paris
        ((0.0, 0.0), (1.0, 0.0), 111.2),  # one degree of latitude
        ((49.98177, 36.25475), (49.98177, 36.25475), 0.0),
    ],
)
def test_haversine_known_distances(a: tuple, b: tuple, km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=0.5)


@given(lat, lon, lat, lon)
def test_haversine_is_symmetric_and_bounded(a: float, b: float, c: float, d: float) -> None:
    km = haversine_km(a, b, c, d)
    assert km == pytest.approx(haversine_km(c, d, a, b), abs=1e-6)
    assert 0.0 <= km <= 20_016  # half the circumference


@pytest.mark.parametrize(
    ("precision", "recall", "expected"),
    [(1.0, 1.0, 1.0), (0.5, 0.5, 0.5), (None, 0.0, 0.0), (0.0, None, 0.0), (None, None, None)],
)
def test_f1_of_undefined_sides(precision, recall, expected) -> None:
    assert f1(precision, recall) == expected


def test_empty_tally_is_undefined_not_zero() -> None:
    assert Tally().value is None and ratio(0, 0) is None
    tally = Tally()
    tally.add(True)
    tally.add(False)
    assert tally.to_dict() == {"right": 1, "total": 2, "value": 0.5}
