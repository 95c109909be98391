"""The main job as a library call: files in, processed documents (and skipped inputs) out.

With a database, the job is incremental and safe to kill:
- an article already stored with the same text by the same code (`provenance.build_id()`: the
  version and a digest of the package) is not processed again, and its stored document is
  returned; after an upgrade it is processed again and its rows replaced;
- an article that duplicates another (same URL, or near-identical text such as a syndicated wire
  copy under a new headline) is not processed: it is recorded as an alias of the first one;
- documents are written in batches (`config.write_batch()`), one transaction each, as they come out
  of the pipeline, so a run killed half-way keeps what it finished;
- fusion runs last, over every report not fused yet, so a restarted run ends where a clean one
  does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from kronika import config
from kronika.dedup import DuplicateIndex, Match, signature
from kronika.ingest import read_paths
from kronika.pipeline import Options, run
from kronika.provenance import build_id
from kronika.store import FuseStats, Store, WriteStats, open_db
from kronika.types import Article, Document, Skipped


@dataclass(slots=True)
class ExtractResult:
    """What `extract_files` did: the documents made, the inputs skipped, the database write."""

    documents: list[Document] = field(default_factory=list)  #: in input order
    skipped: list[Skipped] = field(default_factory=list)
    #: Articles not processed because they duplicate another, with the one they duplicate.
    duplicates: list[tuple[Article, Match]] = field(default_factory=list)
    unchanged: int = 0  #: articles already stored with the same text (read back, not processed)
    stats: WriteStats | None = None  #: rows written to `db`, when one was given
    fusion: FuseStats | None = None  #: what fusion changed in `db`, when one was given


def extract_files(
    paths: Iterable[str | Path],
    published: dt.date | str | None = None,
    db: str | Path | None = None,
    options: Options | None = None,
    on_total: Callable[[int], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> ExtractResult:
    """Return the documents extracted from files/folders, adding them to DuckDB `db` if given.

    Bad inputs never stop the run: each is a `Skipped` in the result. `on_total` is told the
    number of articles to process once they are read, `on_document` each finished document.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in read_paths(paths, published=published):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            articles.append(item)
    result = extract_articles(articles, db, options, on_total, on_document)
    result.skipped = skipped
    return result


def extract_articles(
    articles: list[Article],
    db: str | Path | Store | None = None,
    options: Options | None = None,
    on_total: Callable[[int], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> ExtractResult:
    """Return the documents of `articles` (duplicates left out), as `extract_files` does.

    `db` is a database path, or a `Store` already open (left open).
    """
    result = ExtractResult()
    if db is None:  # no store: every article is processed and returned, copies included
        if on_total:
            on_total(len(articles))
        for doc in run(articles, options or Options()):
            result.documents.append(doc)
            if on_document:
                on_document(doc)
        return result
    with nullcontext(db) if isinstance(db, Store) else open_db(db) as store:
        options = options or Options()
        build = build_id(options.disable)
        todo = _new_articles(
            articles,
            store.duplicate_index(),
            store.article_hashes(),
            store.aliases(),
            result,
            build,
        )
        if on_total:
            on_total(len(todo))
        done = _write_as_processed(store, todo, options, on_document, result, build)
        store.add_aliases(result.duplicates)
        result.fusion = store.fuse()
        processed = {d.article.id for d in done}
        kept = [a.id for a in articles if a.id not in processed and a.id not in _ids(result)]
        by_id = {d.article.id: d for d in done}
        by_id.update({d.article.id: d for d in store.documents(kept)})
        fused = store.fused_ids(by_id)
        for doc in by_id.values():
            for event in doc.events:
                event.fused_id = fused.get(event.id)
        order = list(dict.fromkeys(a.id for a in articles))
        result.documents = [by_id[i] for i in order if i in by_id]
    return result


def _ids(result: ExtractResult) -> set[str]:
    return {a.id for a, _ in result.duplicates}


def _new_articles(
    articles: list[Article],
    index: DuplicateIndex,
    hashes: dict[str, tuple[str, str]],
    aliases: dict[str, str],
    result: ExtractResult,
    build: str,
) -> list[Article]:
    """Return the articles to process: not stored with the same text, not duplicates."""
    todo: list[Article] = []
    seen: dict[str, str] = {}
    for a in articles:
        digest = _content_hash(a.text)
        if hashes.get(a.id) == (digest, build) or seen.get(a.id) == digest:
            result.unchanged += 1  # stored already, or given twice in this run
            continue
        seen[a.id] = digest
        if a.id in aliases:
            result.duplicates.append((a, Match(aliases[a.id], "known duplicate", 1.0)))
            continue
        sig = signature(a.text)
        match = index.find(sig, a.url, a.text)
        if match is not None and match.article_id != a.id:
            result.duplicates.append((a, match))
            continue
        index.add(a.id, sig, a.url, a.text)
        todo.append(a)
    return todo


def _write_as_processed(
    store: Store,
    articles: list[Article],
    options: Options,
    on_document: Callable[[Document], None] | None,
    result: ExtractResult,
    build: str,
) -> list[Document]:
    done: list[Document] = []
    batch: list[Document] = []
    size = config.write_batch()
    totals: dict[str, int] = dict.fromkeys(WriteStats.__dataclass_fields__, 0)

    def flush() -> None:
        stats = store.write(batch, build)
        for name in totals:
            totals[name] += getattr(stats, name)
        batch.clear()

    for doc in run(articles, options):
        done.append(doc)
        batch.append(doc)
        if on_document:
            on_document(doc)
        if len(batch) >= size:
            flush()
    if batch:
        flush()
    result.stats = WriteStats(**totals)
    return done


def _content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
