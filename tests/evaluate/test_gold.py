"""Gold files read and checked (kronika-gold/1), and dispatched by path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kronika.errors import GoldFormatError, InputError
from kronika.evaluate import load_gold
from kronika.types import GOLD_FORMAT, Document

from .conftest import TEXT, span


def write_gold(folder: Path, name: str = "a1", **changes: Any) -> Path:
    """Write TEXT and a valid gold file for it into `folder`; `changes` replace top-level keys."""
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8", newline="")
    start, end = span("Kharkiv")
    data = {
        "format": GOLD_FORMAT,
        "article": {"id": name, "path": f"{name}.txt", "published": "2022-08-18"},
        "toponyms": [{"start": start, "end": end, "text": "Kharkiv", "kind": "literal"}],
        "events": [{"id": "e1", "event_type": "Battles", "evidence": ["A Russian missile"]}],
        "not_events": [{"quote": "1,000 civilians"}],
        "boilerplate": ["Back to top button"],
    } | changes
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_seed_gold_loads_with_exact_offsets(seed_gold) -> None:
    assert [d.id for d in seed_gold] == sorted(d.id for d in seed_gold)
    assert len(seed_gold) == 4
    for doc in seed_gold:
        assert doc.parts == {"events", "toponyms", "boilerplate"}
        assert all(doc.text[t["start"] : t["end"]] == t["text"] for t in doc.gold["toponyms"])
    assert str(seed_gold[3].published) == "2022-08-18"
    assert seed_gold[0].published is None


def test_article_text_is_read_relative_to_the_gold_file_as_is(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    gold = write_gold(tmp_path / "sub")
    (tmp_path / "sub" / "a1.txt").write_bytes(TEXT.replace("\n", "\r\n").encode())
    doc = load_gold(gold)[0]  # a single path, not a list, is accepted
    assert doc.text == TEXT.replace("\n", "\r\n")
    assert doc.path == str(gold)


def test_folder_is_searched_recursively(tmp_path: Path) -> None:
    (tmp_path / "deep" / "er").mkdir(parents=True)
    write_gold(tmp_path, "a1")
    write_gold(tmp_path / "deep" / "er", "a2")
    (tmp_path / "notes.json").write_text("{}")
    assert [d.id for d in load_gold([tmp_path])] == ["a1", "a2"]


def test_missing_part_is_not_scored(tmp_path: Path) -> None:
    gold = write_gold(tmp_path)
    data = json.loads(gold.read_text())
    del data["events"]
    gold.write_text(json.dumps(data))
    assert load_gold([gold])[0].parts == {"toponyms", "boilerplate"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format": "kronika-gold/0"}, "format"),
        ({"article": "a1.txt"}, "article"),
        ({"toponyms": [{"start": 0, "end": 7, "text": "Kharkiv"}]}, "toponyms[0]"),
        ({"toponyms": [{"start": 0, "end": 999, "text": "A"}]}, "toponyms[0]"),
        ({"toponyms": [{"start": 2, "end": 9, "text": "Russian", "kind": "place"}]}, "kind"),
        ({"events": [{"event_type": "Battles", "event_date": "17/08/2022"}]}, "event_date"),
        ({"events": [{"event_type": "Battles", "evidence": ["not in it"]}]}, "evidence[0]"),
        ({"events": [{"event_type": "Battles", "fatalities": "seven"}]}, "fatalities"),
        ({"events": [{"event_type": "Battles", "location": {"name": "X"}}]}, "location"),
        ({"events": [{"sub_event_type": "Armed clash"}]}, "event_type"),
        ({"not_events": [{"quote": "not in the article"}]}, "not_events[0]"),
        ({"boilerplate": "Back to top button"}, "boilerplate"),
    ],
)
def test_wrong_gold_raises_naming_file_and_place(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    gold = write_gold(tmp_path, **changes)
    with pytest.raises(GoldFormatError) as info:
        load_gold([gold])
    assert str(gold) in str(info.value)
    assert message in str(info.value)


def test_invalid_json_raises_gold_format_error(tmp_path: Path) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text("{not json")
    with pytest.raises(GoldFormatError, match="not valid JSON"):
        load_gold([path])


@pytest.mark.parametrize(
    ("setup", "error", "message"),
    [
        ("missing-article", InputError, "does not exist"),
        ("missing-gold", InputError, "no such gold file"),
        ("empty-folder", InputError, "no \\*.gold.json"),
        ("other-extension", GoldFormatError, "not a gold file"),
        ("duplicate-id", GoldFormatError, "also the id"),
    ],
)
def test_unreadable_gold_paths_raise(tmp_path: Path, setup: str, error: type, message: str) -> None:
    gold = write_gold(tmp_path)
    paths: list[Path] = [gold]
    if setup == "missing-article":
        (tmp_path / "a1.txt").unlink()
    elif setup == "missing-gold":
        paths = [tmp_path / "nope.gold.json"]
    elif setup == "empty-folder":
        (tmp_path / "empty").mkdir()
        paths = [tmp_path / "empty"]
    elif setup == "other-extension":
        paths = [tmp_path / "a1.txt"]
    elif setup == "duplicate-id":
        paths = [gold, gold]
    with pytest.raises(error, match=message):
        load_gold(paths)


def test_gold_as_prediction_has_the_document_shape(seed_gold) -> None:
    for doc in seed_gold:
        pred = doc.as_prediction()
        again = Document.from_dict(pred).to_dict()
        assert again["article"]["id"] == doc.id
        assert len(again["events"]) == len(doc.gold["events"])
        assert all(
            doc.text[s:e] == quote
            for event in pred["events"]
            for quote, (s, e) in zip(event["evidence"], event["evidence_offsets"], strict=True)
        )
