"""Tests of kronika.ingest.records: JSON Lines and CSV corpora, one bad record at a time."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kronika import config
from kronika.ingest.records import read_csv, read_jsonl
from kronika.types import Article, Skipped


def write_jsonl(path, *lines):
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


def test_jsonl_records_become_articles_with_every_field(tmp_path):
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        {
            "id": "odesa-1",
            "text": "Drones hit Odesa port.\r\nTwo were hurt.",
            "published": "2023-07-20T06:00:00Z",
            "title": "Odesa port hit",
            "url": "https://example.org/odesa",
            "source": "Wire",
            "extra": "ignored",
        },
    )
    assert list(read_jsonl(path)) == [
        Article(
            id="odesa-1",
            text="Drones hit Odesa port.\nTwo were hurt.",
            published=dt.date(2023, 7, 20),
            title="Odesa port hit",
            url="https://example.org/odesa",
            source="Wire",
            path=str(path),
        )
    ]


def test_record_without_id_is_named_after_file_stem_and_line(tmp_path):
    path = write_jsonl(tmp_path / "wire.jsonl", {"text": "a"}, "", {"id": 7, "text": "b"})
    assert [a.id for a in read_jsonl(path)] == ["wire-1", "7"]


def test_record_date_wins_and_default_fills_records_without_one(tmp_path):
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        {"id": "a", "text": "x", "published": "2023-07-20"},
        {"id": "b", "text": "y"},
        {"id": "c", "text": "z", "published": ""},
    )
    default = dt.date(2024, 1, 1)
    assert [a.published for a in read_jsonl(path, default)] == [
        dt.date(2023, 7, 20),
        default,
        default,
    ]


def test_malformed_json_line_is_skipped_and_the_other_lines_are_read(tmp_path):
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        {"id": "a", "text": "x"},
        '{"id": "b", "text": ',
        {"id": "c", "text": "z"},
    )
    items = list(read_jsonl(path))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1].path == f"{path}:2"
    assert items[1].reason.startswith("not valid JSON")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('["a list"]', "not a JSON object but a list"),
        ('{"id": "a"}', "no 'text' field"),
        ('{"id": "a", "text": 5}', "'text' is a int, not a string"),
        ('{"id": "a", "text": "   "}', "empty: only whitespace"),
        ('{"id": "a", "text": "x", "published": "last Tuesday"}', "bad 'published'"),
        ('{"id": ["a"], "text": "x"}', "'id' is a list"),
        ('{"id": "a", "text": "x", "title": {"en": "t"}}', "'title' is a dict"),
    ],
)
def test_bad_record_is_skipped_with_its_line_and_reason(tmp_path, line, reason):
    path = write_jsonl(tmp_path / "wire.jsonl", {"id": "ok", "text": "x"}, line)
    ok, bad = list(read_jsonl(path))
    assert isinstance(ok, Article)
    assert bad.path == f"{path}:2"
    assert reason in bad.reason


def test_repeated_id_is_skipped(tmp_path):
    path = write_jsonl(tmp_path / "w.jsonl", {"id": "a", "text": "x"}, {"id": "a", "text": "y"})
    first, second = list(read_jsonl(path))
    assert first.text == "x"
    assert second == Skipped(f"{path}:2", "duplicate id 'a' (first on line 1)")


def test_jsonl_line_that_is_not_utf8_costs_only_that_record(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "x"}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "z"}\n'
    )
    items = list(read_jsonl(path))
    assert [getattr(i, "id", i.path) for i in items] == ["a", f"{path}:2", "c"]
    assert "not UTF-8" in items[1].reason


def test_jsonl_in_utf16_is_skipped(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_bytes('{"id": "a", "text": "x"}\n'.encode("utf-16"))
    [skipped] = list(read_jsonl(path))
    assert "must be UTF-8" in skipped.reason


def test_jsonl_without_records_is_reported(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert list(read_jsonl(path)) == [Skipped(str(path), "empty: no records")]


def test_corpus_over_the_size_limit_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_CORPUS_BYTES", 10)
    path = write_jsonl(tmp_path / "w.jsonl", {"id": "a", "text": "Kharkiv was shelled."})
    [skipped] = list(read_jsonl(path))
    assert skipped.path == str(path) and "too large" in skipped.reason


def test_record_longer_than_the_article_limit_is_cut_and_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_ARTICLE_CHARS", 5)
    path = write_jsonl(tmp_path / "w.jsonl", {"id": "a", "text": "abcdefgh"})
    article, note = list(read_jsonl(path))
    assert article.text == "abcde"
    assert note.path == f"{path}:1" and "too long" in note.reason


CSV = (
    "ID,Text,Published,Title\r\n"
    'k1,"Kupiansk was shelled.\r\nOne man was killed.",2022-10-01,Kupiansk\r\n'
    ",Lyman retaken.,,\r\n"
)


def test_csv_rows_become_articles_with_line_numbers_for_missing_ids(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_bytes(CSV.encode("utf-8"))
    first, second = list(read_csv(path, dt.date(2022, 10, 2)))
    assert first == Article(
        id="k1",
        text="Kupiansk was shelled.\nOne man was killed.",
        published=dt.date(2022, 10, 1),
        title="Kupiansk",
        path=str(path),
    )
    assert second.id == "corpus-4"  # the header is line 1; the first record spans lines 2-3
    assert second.published == dt.date(2022, 10, 2)
    assert second.title is None


def test_csv_with_semicolons_is_read(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id;text\na;Kherson was shelled, officials said.\n", encoding="utf-8")
    [article] = list(read_csv(path))
    assert article.text == "Kherson was shelled, officials said."


def test_csv_without_a_text_column_is_skipped_listing_its_columns(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,body\na,Kherson was shelled.\n", encoding="utf-8")
    [skipped] = list(read_csv(path))
    assert skipped.path == str(path)
    assert "no 'text' column (columns: id, body)" in skipped.reason


def test_csv_row_with_the_wrong_number_of_fields_is_skipped(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\na,one,two\nb,fine\n", encoding="utf-8")
    bad, good = list(read_csv(path))
    assert bad == Skipped(f"{path}:2", "has 3 fields, the header has 2")
    assert good.id == "b"


def test_csv_text_longer_than_the_csv_module_default_limit_is_read(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f"id,text\na,{'x' * 150_000}\n", encoding="utf-8")
    [article] = list(read_csv(path))
    assert len(article.text) == 150_000


def test_empty_csv_is_skipped(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("", encoding="utf-8")
    assert list(read_csv(path)) == [Skipped(str(path), "empty: no text")]
