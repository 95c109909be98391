"""Tests of kronika.ingest.common: dates and the decoding policy."""

from __future__ import annotations

import datetime as dt

import pytest

from kronika.ingest.common import Unreadable, decode, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-14", dt.date(2024, 5, 14)),
        ("20240514", dt.date(2024, 5, 14)),
        ("2024-05-14T08:30:00Z", dt.date(2024, 5, 14)),
        ("2024-05-14 23:30+03:00", dt.date(2024, 5, 14)),  # the date as written, not shifted
        ("20220125T090000Z", dt.date(2022, 1, 25)),
        (" 2024-05-14 ", dt.date(2024, 5, 14)),
        ("", None),
        (None, None),
        (dt.datetime(2024, 5, 14, 8, 0), dt.date(2024, 5, 14)),
    ],
)
def test_parse_date_accepts_iso_dates_and_datetimes(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["14/05/2024", "May 14, 2024", "2024-13-01", "yesterday", 20240514]
)
def test_parse_date_rejects_anything_else(value):
    with pytest.raises(ValueError, match="not"):
        parse_date(value)


def test_decode_confidently_guessed_cp1252_text():
    data = ("“We will stay,” the mayor of Kherson said on Tuesday – after the strike. " * 2).encode(
        "cp1252"
    )
    assert decode(data).startswith("“We will stay,” the mayor")


def test_decode_refuses_an_unsure_guess():
    with pytest.raises(Unreadable, match="not UTF-8"):
        decode("Café in Kyiv".encode("latin-1"))


def test_decode_names_utf16_without_byte_order_mark():
    with pytest.raises(Unreadable, match="UTF-16"):
        decode("Kharkiv was shelled on Tuesday night.".encode("utf-16-le"))
