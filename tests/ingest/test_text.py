"""Tests of kronika.ingest.text: one .txt file, one article."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from kronika import config
from kronika.ingest.text import read_text, stem_date
from kronika.types import Article, Skipped


def read_one(path, published=None):
    items = list(read_text(path, published))
    assert len(items) == 1
    return items[0]


def test_text_file_is_one_article_with_the_stem_as_id(tmp_path):
    path = tmp_path / "report-17.txt"
    path.write_text("Kharkiv was shelled.\n\nTwo people were wounded.\n", encoding="utf-8")
    article = read_one(path)
    assert article == Article(
        id="report-17",
        text="Kharkiv was shelled.\n\nTwo people were wounded.\n",
        path=str(path),
    )


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("2024-05-14_pokrovsk-drone", dt.date(2024, 5, 14)),
        ("20240514-kupiansk", dt.date(2024, 5, 14)),
        ("20220125T090000Z_GB_en_7d015e6984", dt.date(2022, 1, 25)),
        ("2024-05-14", dt.date(2024, 5, 14)),
        ("2024-13-40_not-a-date", None),
        ("202405141_too-many-digits", None),
        ("000_c4404b33f8744e31", None),
        ("report-2024-05-14", None),
    ],
)
def test_stem_date_is_a_leading_iso_date(stem, expected):
    assert stem_date(stem) == expected


def test_date_in_file_name_wins_over_the_default(tmp_path):
    path = tmp_path / "2024-05-14_pokrovsk.txt"
    path.write_text("Pokrovsk was hit by drones.", encoding="utf-8")
    assert read_one(path, dt.date(2020, 1, 1)).published == dt.date(2024, 5, 14)
    assert read_one(path).id == "2024-05-14_pokrovsk"


def test_file_name_without_date_takes_the_default(tmp_path):
    path = tmp_path / "pokrovsk.txt"
    path.write_text("Pokrovsk was hit by drones.", encoding="utf-8")
    assert read_one(path, dt.date(2024, 5, 14)).published == dt.date(2024, 5, 14)


def test_crlf_and_cr_newlines_become_lf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"one\r\ntwo\rthree\n")
    assert read_one(path).text == "one\ntwo\nthree\n"


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Kyiv – Київ".encode())
    assert read_one(path).text == "Kyiv – Київ"


def test_utf16_with_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Kharkiv – Харків".encode("utf-16"))
    assert read_one(path).text == "Kharkiv – Харків"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty: no text"),
        (b"  \n\t\r\n ", "empty: only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(1, 32)) * 4 + b"text", "binary"),
        ("Kharkiv was shelled.".encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
        (b"Kharkiv \xe9\xff\xfe\x80\x81 shelled", "not UTF-8 text"),
        ("Café in Kyiv".encode("latin-1"), "not UTF-8 text"),
    ],
    ids=["empty", "whitespace", "png", "control-chars", "utf16-no-bom", "garbage", "latin1-short"],
)
def test_unreadable_file_is_skipped_with_its_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    skipped = read_one(path)
    assert isinstance(skipped, Skipped)
    assert skipped.path == str(path)
    assert reason in skipped.reason


def test_file_over_the_size_limit_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("Kharkiv was shelled on Tuesday.", encoding="utf-8")
    skipped = read_one(path)
    assert isinstance(skipped, Skipped)
    assert "too large" in skipped.reason and "split" in skipped.reason


def test_text_longer_than_the_article_limit_is_cut_and_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_ARTICLE_CHARS", 20)
    path = tmp_path / "long.txt"
    path.write_text("x" * 50, encoding="utf-8")
    article, note = list(read_text(path))
    assert isinstance(article, Article) and article.text == "x" * 20
    assert isinstance(note, Skipped) and note.path == str(path)
    assert "first 20 of 50 characters" in note.reason
