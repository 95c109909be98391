"""Predictions read back from JSONL (the output of `kronika extract --format json`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kronika.errors import InputError
from kronika.evaluate import read_predictions
from kronika.types import Article, Document


def doc_line(article_id: str) -> str:
    return json.dumps(Document(Article(article_id, "text")).to_dict())


def test_documents_are_keyed_by_article_id(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(doc_line("a1") + "\n\n" + doc_line("a2") + "\n")
    preds = read_predictions(path)
    assert list(preds) == ["a1", "a2"]
    assert preds["a2"]["article"]["id"] == "a2"


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], ":1: not a JSON document"),
        (['{"events": []}'], ":1: not a kronika document"),
        (["[1, 2]"], ":1: not a kronika document"),
        (["a1", "a1"], ":2: article 'a1' is already on line 1"),
    ],
)
def test_bad_line_raises_naming_file_and_line(
    tmp_path: Path, lines: list[str], message: str
) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(doc_line(x) if x == "a1" else x for x in lines))
    with pytest.raises(InputError, match=message):
        read_predictions(path)


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_predictions(tmp_path / "none.jsonl")
