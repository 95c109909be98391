"""Tests of kronika.ingest.read_paths: walking, dispatch, and never raising on bad data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.errors import InputError
from kronika.ingest import SUPPORTED, read_paths
from kronika.types import Article, Skipped

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def tree(tmp_path):
    """A folder with articles in sub-folders, a hidden file, a hidden folder and a stray file."""
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Kherson was shelled.", encoding="utf-8")
    (tmp_path / "a" / "deeper" / "1.TXT").write_text("Lyman was retaken.", encoding="utf-8")
    (tmp_path / "a" / "0.jsonl").write_text('{"id": "j", "text": "Odesa."}\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text("Sumy was shelled.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("not read", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("not read", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    return tmp_path


def test_directories_are_walked_recursively_in_sorted_order(tree):
    assert [a.id for a in read_paths([tree])] == ["j", "1", "2", "c"]


def test_explicit_file_with_an_unsupported_extension_is_skipped_naming_the_supported(tree):
    [skipped] = list(read_paths([tree / "notes.md"]))
    assert skipped == Skipped(
        str(tree / "notes.md"), f"unsupported file type ('.md'); kronika reads {SUPPORTED}"
    )


def test_explicit_hidden_file_is_read(tree):
    assert [a.text for a in read_paths([tree / ".hidden.txt"])] == ["not read"]


def test_missing_path_is_skipped_and_the_run_goes_on(tree):
    items = list(read_paths([tree / "nope.txt", tree / "c.txt"]))
    assert items[0] == Skipped(str(tree / "nope.txt"), "no such file or directory")
    assert items[1].id == "c"


def test_directory_without_supported_files_is_reported(tmp_path):
    (tmp_path / "readme.md").write_text("x", encoding="utf-8")
    [skipped] = list(read_paths([tmp_path]))
    assert skipped.path == str(tmp_path) and "no .txt" in skipped.reason


def test_a_file_reached_twice_is_read_once(tree):
    assert [a.id for a in read_paths([tree / "c.txt", tree])] == ["c", "j", "1", "2"]


def test_a_single_path_string_is_accepted(tree):
    assert [a.id for a in read_paths(str(tree / "c.txt"))] == ["c"]


def test_published_default_may_be_an_iso_string(tree):
    [article] = read_paths([tree / "c.txt"], published="2024-05-14")
    assert article.published == dt.date(2024, 5, 14)


def test_published_default_that_is_not_a_date_raises_input_error(tree):
    with pytest.raises(InputError, match="not valid"):
        list(read_paths([tree], published="last week"))


def test_examples_are_all_read_with_a_publication_date():
    items = list(read_paths([EXAMPLES]))
    assert all(isinstance(i, Article) for i in items), [i for i in items if isinstance(i, Skipped)]
    assert len(items) >= 6
    assert all(a.published is not None and a.text.strip() for a in items)
    assert {Path(a.path).suffix for a in items} == {".txt", ".html", ".jsonl"}


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html"])
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=200).map(str.encode)))
def test_read_paths_never_raises_on_arbitrary_bytes(tmp_path, suffix, data):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    items = list(read_paths([path]))
    assert items and all(isinstance(i, Article | Skipped) for i in items)
    for item in items:
        if isinstance(item, Article):
            assert "\r" not in item.text and item.text.strip()
        else:
            assert item.path.startswith(str(path)) and item.reason
