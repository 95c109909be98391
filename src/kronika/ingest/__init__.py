"""Readers: files and directories in, `Article`s out, and a `Skipped` for every input that fails.

    read_paths(["examples", "more/report.html"], published=date(2024, 5, 14))

| extension        | reader                 | one file is            |
|------------------|------------------------|------------------------|
| `.txt`           | `text.read_text`       | one article            |
| `.html`, `.htm`  | `html.read_html`       | one article (web page) |
| `.jsonl`         | `records.read_jsonl`   | many articles          |
| `.csv`           | `records.read_csv`     | many articles          |

Bad data never raises: a missing path, a binary, empty, mis-encoded or too-large file, a page with no
main text, a bad JSON line or CSV row each become `Skipped(path, reason)` (`path:line` for one
record) and reading goes on. The decoding and long-text policies are in `kronika.ingest.common`;
the date-in-file-name convention for `.txt` in `kronika.ingest.text`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kronika.errors import InputError
from kronika.ingest.common import parse_date
from kronika.ingest.html import read_html
from kronika.ingest.records import read_csv, read_jsonl
from kronika.ingest.text import read_text
from kronika.types import Article, Skipped

Reader = Callable[[Path, dt.date | None], Iterator[Article | Skipped]]

#: The reader of each supported extension (lower case).
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}
SUPPORTED = ", ".join(READERS)

__all__ = ["READERS", "SUPPORTED", "read_file", "read_paths"]


def read_paths(
    paths: Iterable[str | Path] | str | Path, published: dt.date | str | None = None
) -> Iterator[Article | Skipped]:
    """Yield the Articles in the given files and directories, and a Skipped for each failure.

    Directories are walked recursively in sorted order; there, hidden files and folders (".x")
    and files with other extensions are passed over silently. A file named explicitly is read
    whatever its name; with an unsupported extension it is Skipped. A file reached twice is read
    once. `published` fills the date of articles whose source gives none (a date in a record or
    a page's metadata wins). Raises InputError only when `published` is not a date.
    """
    default = _default_date(published)
    if isinstance(paths, str | Path):
        paths = [paths]
    seen: set[Path] = set()
    for given in paths:
        for path in _expand(Path(given)):
            if isinstance(path, Skipped):
                yield path
                continue
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            yield from read_file(path, default)


def read_file(path: Path, published: dt.date | None = None) -> Iterator[Article | Skipped]:
    """Yield the Articles in one file (by its extension's reader), or a Skipped saying why not."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kind = f"'{path.suffix}'" if path.suffix else "no extension"
        yield Skipped(str(path), f"unsupported file type ({kind}); kronika reads {SUPPORTED}")
        return
    yield from reader(path, published)


def _expand(path: Path) -> Iterator[Path | Skipped]:
    """Yield the file itself, or a directory's supported files sorted by path, or a Skipped."""
    if path.is_dir():
        files = sorted(_walk(path), key=lambda p: p.relative_to(path).parts)
        if not files:
            yield Skipped(str(path), f"no {SUPPORTED} files in this directory")
        yield from files
    elif path.exists():
        yield path
    else:
        yield Skipped(str(path), "no such file or directory")


def _walk(top: Path) -> Iterator[Path]:
    """Yield the supported, not hidden files under a directory (symlinked folders not followed)."""
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in READERS:
                yield Path(root) / name


def _default_date(published: dt.date | str | None) -> dt.date | None:
    try:
        return parse_date(published)
    except ValueError as e:
        raise InputError(
            f"published date {published!r} is not valid: {e}", hint="Use YYYY-MM-DD."
        ) from None
