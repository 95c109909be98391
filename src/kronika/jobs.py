"""The main job as a library call: files in, processed documents (and skipped inputs) out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kronika.ingest import read_paths
from kronika.pipeline import Options, run
from kronika.store import WriteStats, open_db
from kronika.types import Article, Document, Skipped


@dataclass(slots=True)
class ExtractResult:
    """What `extract_files` did: the documents made, the inputs skipped, the database write."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    stats: WriteStats | None = None  #: rows written to `db`, when one was given


def extract_files(
    paths: Iterable[str | Path],
    published: dt.date | str | None = None,
    db: str | Path | None = None,
    options: Options | None = None,
    on_total: Callable[[int], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> ExtractResult:
    """Return the documents extracted from files/folders, writing them to DuckDB `db` if given.

    Bad inputs never stop the run: each is a `Skipped` in the result. `on_total` is told the
    number of articles once they are read, `on_document` each finished document (progress bars).
    """
    result = ExtractResult()
    articles: list[Article] = []
    for item in read_paths(paths, published=published):
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            articles.append(item)
    if on_total:
        on_total(len(articles))
    for doc in run(articles, options or Options()):
        result.documents.append(doc)
        if on_document:
            on_document(doc)
    if db is not None:
        with open_db(db) as store:
            result.stats = store.write(result.documents)
    return result
