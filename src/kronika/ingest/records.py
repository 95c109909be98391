"""Corpus files: `.jsonl` (one JSON object a line) and `.csv` (a header row), many articles each.

Fields: `text` (required), `id`, `published` (ISO date or date-time), `title`, `url`, `source`;
other fields are ignored. CSV header names are matched case-insensitively.

- A record without an `id` gets `<file stem>-<line>`, where `line` is the 1-based line of the
  file the record starts on (for CSV the header is line 1).
- A record's own `published` wins; the reader's `published` default fills records without one.
- One bad record (invalid JSON, not an object, no text, a bad date, a repeated id, …) becomes
  `Skipped("file:line", reason)` and the other records are still read.
- JSON Lines are UTF-8 (RFC 8259), decoded line by line, so one mis-encoded record costs only that
  record. A CSV file is decoded as a whole by the policy of `kronika.ingest.common`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from kronika import config
from kronika.ingest.common import (
    Unreadable,
    bom_encoding,
    check_not_binary,
    decode,
    finish,
    normalise_newlines,
    parse_date,
    read_limited,
)
from kronika.types import Article, Skipped

#: The fields kronika reads from a record (the names of Article's fields).
FIELDS = ("id", "text", "published", "title", "url", "source")


def read_jsonl(path: Path, published: dt.date | None = None) -> Iterator[Article | Skipped]:
    """Yield an Article for each good line of a JSON Lines file and a Skipped for each bad one."""
    try:
        lines = _jsonl_lines(read_limited(path, config.MAX_CORPUS_BYTES))
    except Unreadable as e:
        yield Skipped(str(path), str(e))
        return
    seen: dict[str, int] = {}
    n_records = 0
    for lineno, line in lines:
        where = f"{path}:{lineno}"
        if isinstance(line, Unreadable):
            yield Skipped(where, str(line))
            continue
        if not line.strip():
            continue
        n_records += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(where, f"not valid JSON: {e.msg} (column {e.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "not valid JSON: nested too deeply")
            continue
        if not isinstance(record, dict):
            yield Skipped(where, f"not a JSON object but a {type(record).__name__}")
            continue
        yield from _record(record, path, lineno, published, seen)
    if n_records == 0:
        yield Skipped(str(path), "empty: no records")


def _jsonl_lines(data: bytes) -> Iterator[tuple[int, str | Unreadable]]:
    """Return (line number, text or why it cannot be decoded) pairs; raise Unreadable for the file."""
    encoding = bom_encoding(data)
    if encoding and encoding != "utf-8":
        raise Unreadable(f"{encoding.upper()} text: JSON Lines must be UTF-8, save it as UTF-8")
    if encoding == "utf-8":
        data = data[3:]
    check_not_binary(data)
    return _decoded_lines(data)


def _decoded_lines(data: bytes) -> Iterator[tuple[int, str | Unreadable]]:
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        try:
            yield lineno, raw.decode("utf-8").removesuffix("\r")
        except UnicodeDecodeError:
            yield lineno, Unreadable("not UTF-8 text: save the file as UTF-8")


def read_csv(path: Path, published: dt.date | None = None) -> Iterator[Article | Skipped]:
    """Yield an Article for each good row of a CSV file and a Skipped for each bad one."""
    try:
        text = decode(read_limited(path, config.MAX_CORPUS_BYTES))
    except Unreadable as e:
        yield Skipped(str(path), str(e))
        return
    if not text.strip():
        yield Skipped(str(path), "empty: no text" if not text else "empty: only whitespace")
        return
    # Article texts may exceed csv's default field limit of 131,072 characters.
    csv.field_size_limit(max(csv.field_size_limit(), config.MAX_CORPUS_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as e:
        yield Skipped(str(path), f"not a readable CSV header: {e}")
        return
    if "text" not in header:
        yield Skipped(
            str(path),
            f"CSV has no 'text' column (columns: {', '.join(header) or 'none'}); "
            f"expected {', '.join(FIELDS)} (id, published, title, url, source optional)",
        )
        return
    seen: dict[str, int] = {}
    end = reader.line_num
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            end = reader.line_num
            yield Skipped(f"{path}:{start}", f"not a readable CSV row: {e}")
            continue
        end = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Skipped(f"{path}:{start}", f"has {len(row)} fields, the header has {len(header)}")
            continue
        yield from _record(dict(zip(header, row, strict=True)), path, start, published, seen)


def _delimiter(text: str) -> str:
    """Return the header row's delimiter: "," unless it has none and has ";" or a tab."""
    header = text.partition("\n")[0]
    if "," in header:
        return ","
    return next((d for d in (";", "\t") if d in header), ",")


def _record(
    record: Mapping[str, object],
    path: Path,
    lineno: int,
    published: dt.date | None,
    seen: dict[str, int],
) -> Iterator[Article | Skipped]:
    """Yield the record's Article (via `finish`), or a Skipped naming what is wrong with it."""
    where = f"{path}:{lineno}"
    try:
        article = _article(record, path, lineno, published)
    except Unreadable as e:
        yield Skipped(where, str(e))
        return
    if article.id in seen:
        yield Skipped(where, f"duplicate id {article.id!r} (first on line {seen[article.id]})")
        return
    seen[article.id] = lineno
    yield from finish(article, where)


def _article(
    record: Mapping[str, object], path: Path, lineno: int, published: dt.date | None
) -> Article:
    """Return the Article a record describes; raise Unreadable naming the bad field."""
    text = record.get("text")
    if text is None:
        raise Unreadable("no 'text' field")
    if not isinstance(text, str):
        raise Unreadable(f"'text' is a {type(text).__name__}, not a string")
    try:
        own_date = parse_date(record.get("published"))
    except ValueError as e:
        raise Unreadable(f"bad 'published': {e}") from None
    return Article(
        id=_optional_str(record, "id") or f"{path.stem}-{lineno}",
        text=normalise_newlines(text),
        published=own_date or published,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        source=_optional_str(record, "source"),
        path=str(path),
    )


def _optional_str(record: Mapping[str, object], field: str) -> str | None:
    """Return a field as a stripped string (numbers allowed), None when absent or blank."""
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Unreadable(f"'{field}' is a {type(value).__name__}, not a string")
    return str(value).strip() or None
