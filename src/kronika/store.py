"""DuckDB schema and idempotent writes of `Document`s.

One row per article in `articles`, one per toponym in `toponyms`, one per event report in `events`;
toponyms and events carry `article_id` and their position `idx` in the document. Writing a
document whose article id is already stored replaces that article's rows in all three tables
(delete, then insert, in one transaction), so running the same input twice leaves the same rows.

The `meta` table holds `schema_version`; `open_db` upgrades an older file through `_MIGRATIONS`
and refuses a newer one. Fused events (a later issue) will add their table as a migration.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import numpy as np

import kronika  # for __version__, read at write time (kronika/__init__ may import this module)
from kronika import dedup
from kronika.errors import InputError, StageError
from kronika.fuse import FusedEvent, Report, cluster, components, merge
from kronika.provenance import build_id
from kronika.types import Article, Document, Event, Location, Span, Toponym

#: Bump when the tables change, and add the SQL that upgrades the previous version to _MIGRATIONS.
SCHEMA_VERSION = 4

#: Documents per transaction: each article is replaced atomically, and a crash loses at most one
#: batch, while one commit per batch (not per document) keeps writes fast.
WRITE_BATCH = 64

_ARTICLE_COLUMNS = (
    "id", "path", "title", "url", "source", "published", "text", "clean_text", "content_hash",
    "boilerplate", "processed_at", "kronika_version",
)  # fmt: skip
_TOPONYM_COLUMNS = (
    "article_id", "idx", "start", "end", "text", "kind", "name", "geonameid", "latitude",
    "longitude", "feature", "country", "admin1", "score", "geo_precision",
)  # fmt: skip
_EVENT_COLUMNS = (
    "id", "article_id", "idx", "event_type", "sub_event_type", "event_date", "time_precision",
    "location_name", "latitude", "longitude", "geonameid", "country", "admin1", "geo_precision",
    "actor1", "actor2", "civilian_targeting", "fatalities", "injuries", "weapons", "attribution",
    "claim_status", "current", "evidence", "fused_id", "kronika_version", "tags",
    "field_evidence", "fatalities_low", "fatalities_high", "injuries_low", "injuries_high",
)  # fmt: skip

#: Tables of schema 4: the ids and URLs of articles stored once under another id (duplicates and
#: syndicated copies), each stored article's MinHash signature, and the fused events.
_FUSION_TABLES = """
CREATE TABLE article_aliases (
    alias VARCHAR PRIMARY KEY,        -- the duplicate's own article id
    article_id VARCHAR NOT NULL,      -- the stored article it duplicates
    url VARCHAR, title VARCHAR, source VARCHAR, path VARCHAR,
    reason VARCHAR NOT NULL,          -- "same url", "same text", "near-identical text (J=0.93)"
    similarity DOUBLE NOT NULL
);
CREATE TABLE article_signatures (
    article_id VARCHAR PRIMARY KEY,
    minhash UBIGINT[] NOT NULL        -- datasketch MinHash hash values of the text's shingles
);
CREATE TABLE fused_events (
    id VARCHAR PRIMARY KEY,           -- "F" + 12 hex digits, derived from its first report's id
    event_type VARCHAR NOT NULL, sub_event_type VARCHAR NOT NULL,
    event_date VARCHAR, time_precision INTEGER,
    location_name VARCHAR, latitude DOUBLE, longitude DOUBLE, geonameid BIGINT,
    country VARCHAR, admin1 VARCHAR, geo_precision INTEGER,
    actor1 VARCHAR, actor2 VARCHAR, civilian_targeting BOOLEAN NOT NULL,
    fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER,
    injuries INTEGER, injuries_low INTEGER, injuries_high INTEGER,
    weapons VARCHAR[] NOT NULL, attribution VARCHAR[] NOT NULL,
    claim_status VARCHAR NOT NULL, "current" BOOLEAN NOT NULL, tags VARCHAR[] NOT NULL,
    sources INTEGER NOT NULL,         -- distinct articles reporting it
    source_names VARCHAR[] NOT NULL,  -- outlets (article source, else the URL's host)
    report_ids VARCHAR[] NOT NULL,    -- events.id of its reports, oldest article first
    article_ids VARCHAR[] NOT NULL,
    first_published DATE, last_published DATE
);
"""

_SCHEMA = (
    """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    path VARCHAR, title VARCHAR, url VARCHAR, source VARCHAR,
    published DATE,
    text VARCHAR NOT NULL,            -- the article as read
    clean_text VARCHAR,               -- Document.text where it differs from text, else NULL
    content_hash VARCHAR NOT NULL,    -- SHA-256 (hex) of text
    boilerplate VARCHAR[] NOT NULL,
    processed_at TIMESTAMP NOT NULL,  -- UTC
    kronika_version VARCHAR NOT NULL
);
CREATE TABLE toponyms (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "text" VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, name VARCHAR, geonameid BIGINT, latitude DOUBLE, longitude DOUBLE,
    feature VARCHAR, country VARCHAR, admin1 VARCHAR, score DOUBLE NOT NULL, geo_precision INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    event_type VARCHAR NOT NULL, sub_event_type VARCHAR NOT NULL,
    event_date VARCHAR, time_precision INTEGER,
    location_name VARCHAR, latitude DOUBLE, longitude DOUBLE, geonameid BIGINT,
    country VARCHAR, admin1 VARCHAR, geo_precision INTEGER,
    actor1 VARCHAR, actor2 VARCHAR, civilian_targeting BOOLEAN NOT NULL,
    fatalities INTEGER, injuries INTEGER,
    weapons VARCHAR[] NOT NULL, attribution VARCHAR[] NOT NULL,
    claim_status VARCHAR NOT NULL, "current" BOOLEAN NOT NULL,
    evidence JSON NOT NULL,           -- [{"start": …, "end": …, "text": …}, …]
    fused_id VARCHAR,
    kronika_version VARCHAR NOT NULL,
    tags VARCHAR[] NOT NULL DEFAULT [],
    field_evidence JSON NOT NULL DEFAULT '{}',  -- {"trigger": {"start", "end", "text"}, …}
    fatalities_low INTEGER, fatalities_high INTEGER, injuries_low INTEGER, injuries_high INTEGER
);
"""
    + _FUSION_TABLES
)

#: SQL that upgrades a file of schema version N to N + 1, keyed by N.
_MIGRATIONS: dict[int, str] = {
    1: "ALTER TABLE events ADD COLUMN tags VARCHAR[] DEFAULT []",
    2: "ALTER TABLE events ADD COLUMN field_evidence JSON DEFAULT '{}'",
    3: "ALTER TABLE events ADD COLUMN fatalities_low INTEGER;"
    "ALTER TABLE events ADD COLUMN fatalities_high INTEGER;"
    "ALTER TABLE events ADD COLUMN injuries_low INTEGER;"
    "ALTER TABLE events ADD COLUMN injuries_high INTEGER;"
    "UPDATE events SET fused_id = NULL;" + _FUSION_TABLES,
}


@dataclass(slots=True, frozen=True)
class FuseStats:
    """What one `Store.fuse` call did."""

    reports: int = 0  #: reports (re-)assigned to a fused event
    pending: int = 0  #: of them, reports that had none (new, or their event was undone)
    removed: int = 0  #: fused events replaced
    fused: int = 0  #: fused events written


@dataclass(slots=True, frozen=True)
class WriteStats:
    """What one `Store.write` call did, per table.

    `*_inserted` counts rows written; `*_replaced` counts rows of the same articles that were
    there before and were deleted first. Writing the same input twice gives, the second time,
    inserted == replaced: the tables keep their row counts.
    """

    articles_inserted: int = 0
    articles_replaced: int = 0
    toponyms_inserted: int = 0
    toponyms_replaced: int = 0
    events_inserted: int = 0
    events_replaced: int = 0


def open_db(path: str | Path) -> Store:
    """Return a `Store` on the DuckDB file at `path`, creating the file and schema if absent.

    `":memory:"` gives an in-memory database. Raises `InputError` when the path is not a DuckDB
    file, is locked by another process, or holds a database that is not kronika's.
    """
    where = str(path)
    if where != ":memory:":
        p = Path(path)
        if p.is_dir():
            raise InputError(
                f"{where} is a directory, not a database file",
                hint="Give a file path, e.g. kronika.duckdb.",
            )
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise InputError(f"cannot create the folder of {where}: {e.strerror}") from e
    try:
        con = duckdb.connect(where)
    except duckdb.Error as e:
        raise _open_error(where, e) from e
    try:
        _ensure_schema(con, where)
    except BaseException:
        con.close()
        raise
    return Store(con, where)


def _open_error(where: str, e: duckdb.Error) -> InputError:
    message = str(e)
    if "not a valid DuckDB database file" in message:
        return InputError(
            f"{where} is not a DuckDB database",
            hint="Give the path of a database kronika wrote, or a new path to create one.",
        )
    if "lock" in message.lower():
        return InputError(
            f"{where} is in use by another process",
            hint="Wait for the other kronika run to finish, or write to another file.",
        )
    return InputError(f"cannot open the database {where}: {message}")


def _ensure_schema(con: duckdb.DuckDBPyConnection, where: str) -> None:
    try:
        tables = {
            row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        if not tables:
            con.execute("BEGIN")
            con.execute(_SCHEMA)
            con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?), ('created_by', ?)",
                [str(SCHEMA_VERSION), f"kronika {kronika.__version__}"],
            )
            con.execute("COMMIT")
            return
        if "meta" not in tables:
            raise InputError(
                f"{where} is a DuckDB database but not one kronika wrote (it has no meta table)",
                hint="Give a new path; kronika creates the database there.",
            )
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise InputError(
                f"{where} was written by a newer kronika (schema {version}; this one reads up to "
                f"{SCHEMA_VERSION})",
                hint="Upgrade kronika (pip install -U kronika).",
            )
        while version < SCHEMA_VERSION:
            if version not in _MIGRATIONS:
                raise InputError(
                    f"{where} has schema version {version}, which kronika cannot upgrade"
                )
            con.execute("BEGIN")
            con.execute(_MIGRATIONS[version])
            version += 1
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
            con.execute("COMMIT")
    except duckdb.Error as e:
        raise _open_error(where, e) from e


class Store:
    """A kronika database: `write` documents, read them back with `documents` or `events`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self._con = con
        self.path = path  #: the database file, or ":memory:"

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.path}>"

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for read queries (`kronika.query`)."""
        return self._con

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._con.close()

    def write(self, docs: Iterable[Document], build: str | None = None) -> WriteStats:
        """Return counts of the rows written; each document replaces its article's earlier rows.

        `build` names the code and stages that produced them (`provenance.build_id()` if None).
        """
        totals = dict.fromkeys(WriteStats.__dataclass_fields__, 0)
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == WRITE_BATCH:
                self._write_batch(batch, totals, build)
                batch = []
        if batch:
            self._write_batch(batch, totals, build)
        return WriteStats(**totals)

    def _write_batch(
        self, batch: list[Document], totals: dict[str, int], build: str | None = None
    ) -> None:
        # A document repeated within the batch replaces its earlier copy, as if written in turn.
        latest: dict[str, Document] = {}
        for doc in batch:
            _check_event_ids(doc)
            earlier = latest.pop(doc.article.id, None)
            if earlier is not None:
                totals["articles_replaced"] += 1
                totals["toponyms_replaced"] += len(earlier.toponyms)
                totals["events_replaced"] += len(earlier.events)
            latest[doc.article.id] = doc
            totals["articles_inserted"] += 1
            totals["toponyms_inserted"] += len(doc.toponyms)
            totals["events_inserted"] += len(doc.events)

        ids = list(latest)
        # The code that produced them: a re-run by other code (or stages) processes them again.
        version = build or build_id()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con = self._con
        con.execute("BEGIN")
        try:
            # The fused events of reports about to be replaced are undone: their other reports
            # go back to unfused, and the next `fuse` clusters them again.
            con.execute(
                "DELETE FROM fused_events WHERE id IN (SELECT fused_id FROM events"
                " WHERE article_id IN (SELECT unnest(?::VARCHAR[])) AND fused_id IS NOT NULL)",
                [ids],
            )
            con.execute(
                "UPDATE events SET fused_id = NULL WHERE fused_id IS NOT NULL"
                " AND fused_id NOT IN (SELECT id FROM fused_events)"
            )
            for table, key in (
                ("articles", "id"),
                ("toponyms", "article_id"),
                ("events", "article_id"),
                ("article_signatures", "article_id"),
            ):
                deleted = con.execute(
                    f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [ids]
                ).fetchone()
                if table != "article_signatures":
                    totals[f"{table}_replaced"] += deleted[0] if deleted else 0
            docs = list(latest.values())
            _insert(
                con, "articles", _ARTICLE_COLUMNS, [_article_row(d, now, version) for d in docs]
            )
            _insert(con, "toponyms", _TOPONYM_COLUMNS, [r for d in docs for r in _toponym_rows(d)])
            _insert(
                con, "events", _EVENT_COLUMNS, [r for d in docs for r in _event_rows(d, version)]
            )
            _insert(
                con,
                "article_signatures",
                ("article_id", "minhash"),
                [[d.article.id, dedup.signature(d.article.text).tolist()] for d in docs],
            )
            con.execute("COMMIT")
        except duckdb.ConstraintException as e:
            con.execute("ROLLBACK")
            # the article ids were deleted first, so a clash is an event id of another article
            raise StageError(
                f"an event id is already another article's ({e})",
                hint="The events stage must number each article's events '<article id>-e<n>'.",
            ) from e
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Return the stored documents (all, or those of `ids`), by article id, with their
        toponyms and events in order.

        `spacy_doc` is not stored, so it comes back as None.
        """
        cursor = self._con.cursor()  # its own cursor, so other queries may run meanwhile
        where = "" if ids is None else "WHERE a.id IN (SELECT unnest(?::VARCHAR[]))"
        cursor.execute(
            f"""
            SELECT a.*,
                (SELECT list(t ORDER BY t.idx) FROM toponyms t WHERE t.article_id = a.id),
                (SELECT list(e ORDER BY e.idx) FROM events e WHERE e.article_id = a.id)
            FROM articles a {where} ORDER BY a.id
            """,
            [] if ids is None else [list(ids)],
        )
        names = [d[0] for d in cursor.description][:-2]
        try:
            while rows := cursor.fetchmany(WRITE_BATCH):
                for row in rows:
                    a = dict(zip(names, row, strict=False))
                    yield _document(a, row[-2] or [], row[-1] or [])
        finally:
            cursor.close()

    def events(self) -> list[Event]:
        """Return every stored event report, ordered by article id and position."""
        cursor = self._con.execute(
            f"SELECT {_column_list(_EVENT_COLUMNS)} FROM events ORDER BY article_id, idx"
        )
        return [_event(dict(zip(_EVENT_COLUMNS, row, strict=True))) for row in cursor.fetchall()]

    def article_hashes(self) -> dict[str, tuple[str, str]]:
        """Return {article id: (content hash, `provenance.build_id()` of the code that processed it)}."""
        rows = self._con.execute("SELECT id, content_hash, kronika_version FROM articles")
        return {r[0]: (r[1], r[2]) for r in rows.fetchall()}

    def aliases(self) -> dict[str, str]:
        """Return {duplicate article id: the stored article it duplicates}."""
        return dict(self._con.execute("SELECT alias, article_id FROM article_aliases").fetchall())

    def duplicate_index(self) -> dedup.DuplicateIndex:
        """Return an index of the stored articles' URLs and text signatures."""
        index = dedup.DuplicateIndex(text_of=self._article_text)
        rows = self._con.execute(
            "SELECT a.id, a.url, s.minhash FROM articles a"
            " JOIN article_signatures s ON s.article_id = a.id ORDER BY a.id"
        ).fetchall()
        for article_id, url, minhash in rows:
            index.add(article_id, np.asarray(minhash, dtype=np.uint64), url)
        return index

    def _article_text(self, article_id: str) -> str | None:
        row = self._con.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def add_aliases(self, aliases: Iterable[tuple[Article, dedup.Match]]) -> int:
        """Record duplicates of stored articles (an alias seen before is kept as it was)."""
        rows = [
            [a.id, m.article_id, a.url, a.title, a.source, a.path, m.reason, m.similarity]
            for a, m in aliases
        ]
        if not rows:
            return 0
        con = self._con
        con.execute("BEGIN")
        try:
            before = con.execute("SELECT count(*) FROM article_aliases").fetchone()[0]
            con.execute(
                "INSERT INTO article_aliases SELECT * FROM (SELECT unnest(?::VARCHAR[]) AS alias,"
                " unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),"
                " unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),"
                " unnest(?::DOUBLE[])) WHERE alias NOT IN (SELECT alias FROM article_aliases)"
                " ON CONFLICT DO NOTHING",
                [list(c) for c in zip(*rows, strict=True)],
            )
            after = con.execute("SELECT count(*) FROM article_aliases").fetchone()[0]
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return after - before

    def reports(self) -> tuple[list[Report], dict[str, str | None]]:
        """Return every stored event report as fusion sees it, and {report id: fused id}."""
        cursor = self._con.execute(
            r"""
            SELECT e.id, e.article_id, e.event_type, e.sub_event_type, e.event_date,
                e.time_precision, e.location_name, e.latitude, e.longitude, e.geonameid,
                e.country, e.admin1, e.geo_precision, e.actor1, e.actor2, e.civilian_targeting,
                e.fatalities, e.fatalities_low, e.fatalities_high, e.injuries, e.injuries_low,
                e.injuries_high, e.weapons, e.attribution, e.claim_status, e."current", e.tags,
                (SELECT min(t.feature) FROM toponyms t WHERE t.article_id = e.article_id
                    AND t.geonameid = e.geonameid),
                a.published, coalesce(a.source, regexp_extract(a.url, '//(?:www\.)?([^/:]+)', 1)),
                e.fused_id
            FROM events e JOIN articles a ON a.id = e.article_id
            ORDER BY e.id
            """
        )
        reports, fused = [], {}
        for row in cursor.fetchall():
            *values, fused_id = row
            values[22:25] = [tuple(values[22]), tuple(values[23]), values[24]]
            values[26] = tuple(values[26])
            if values[29] == "":
                values[29] = None
            report = Report(*values)
            reports.append(report)
            fused[report.id] = fused_id
        return reports, fused

    def fuse(self) -> FuseStats:
        """Fuse the reports not fused yet with what they touch; return what changed.

        The components of the candidate graph that hold an unfused report are clustered again
        from scratch and their fused events replaced, in one transaction: a run killed before
        the commit leaves those reports unfused, and the next `fuse` picks them up.
        """
        reports, fused = self.reports()
        pending = [rid for rid, fid in fused.items() if fid is None]
        if not pending:
            return FuseStats()
        touched = components(reports, seeds=pending)
        new: list[FusedEvent] = [merge(c) for comp in touched for c in cluster(comp)]
        old = sorted({fused[r.id] for comp in touched for r in comp if fused[r.id]})
        assignment = {rid: f.id for f in new for rid in f.report_ids}
        con = self._con
        con.execute("BEGIN")
        try:
            con.execute("DELETE FROM fused_events WHERE id IN (SELECT unnest(?::VARCHAR[]))", [old])
            _insert(con, "fused_events", _FUSED_COLUMNS, [_fused_row(f) for f in new])
            con.execute(
                "UPDATE events SET fused_id = m.fid FROM (SELECT unnest(?::VARCHAR[]) AS rid,"
                " unnest(?::VARCHAR[]) AS fid) m WHERE events.id = m.rid",
                [list(assignment), list(assignment.values())],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return FuseStats(
            reports=len(assignment), pending=len(pending), removed=len(old), fused=len(new)
        )

    def fused_ids(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        """Return {report id: fused id} of the given articles' reports."""
        rows = self._con.execute(
            "SELECT id, fused_id FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(article_ids)],
        )
        return dict(rows.fetchall())

    def counts(self) -> dict[str, int]:
        """Return the number of rows of each table: {"articles": …, "events": …, …}."""
        counts: dict[str, int] = {}
        for table in ("articles", "toponyms", "events", "fused_events", "article_aliases"):
            row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
            counts[table] = row[0] if row else 0
        return counts


_FUSED_COLUMNS = tuple(
    f.name for f in fields(FusedEvent) if f.name != "reports"
)  # the columns of fused_events, in FusedEvent's order


def _fused_row(f: FusedEvent) -> list[Any]:
    return [getattr(f, c) for c in _FUSED_COLUMNS]


def _check_event_ids(doc: Document) -> None:
    seen: set[str] = set()
    for event in doc.events:
        if not event.id or event.id in seen:
            raise StageError(
                f"article {doc.article.id}: event id {event.id!r} is empty or repeated",
                hint="The events stage must number each article's events '<article id>-e<n>'.",
            )
        seen.add(event.id)


def _column_list(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[list[Any]]
) -> None:
    """Insert `rows` as one statement of column lists (`unnest`), far faster than executemany."""
    if not rows:
        return
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?", [table]
        ).fetchall()
    )
    select = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
    con.execute(
        f"INSERT INTO {table} ({_column_list(columns)}) SELECT {select}",
        [list(column) for column in zip(*rows, strict=True)],
    )


def _article_row(doc: Document, now: dt.datetime, version: str) -> list[Any]:
    a = doc.article
    return [
        a.id, a.path, a.title, a.url, a.source, a.published, a.text,
        None if doc.text == a.text else doc.text,
        hashlib.sha256(a.text.encode("utf-8")).hexdigest(),
        list(doc.boilerplate), now, version,
    ]  # fmt: skip


def _toponym_rows(doc: Document) -> Iterator[list[Any]]:
    for idx, t in enumerate(doc.toponyms):
        yield [doc.article.id, idx, *(getattr(t, c) for c in _TOPONYM_COLUMNS[2:])]


def _event_rows(doc: Document, version: str) -> Iterator[list[Any]]:
    for idx, e in enumerate(doc.events):
        loc = e.location
        place = (
            [loc.name, loc.latitude, loc.longitude, loc.geonameid, loc.country, loc.admin1,
             loc.geo_precision]
            if loc else [None] * 7
        )  # fmt: skip
        evidence = json.dumps([s.to_dict() for s in e.evidence], ensure_ascii=False)
        yield [
            e.id, doc.article.id, idx, e.event_type, e.sub_event_type, e.event_date,
            e.time_precision, *place, e.actor1, e.actor2, e.civilian_targeting, e.fatalities,
            e.injuries, list(e.weapons), list(e.attribution), e.claim_status, e.current, evidence,
            e.fused_id, version, list(e.tags),
            json.dumps({k: s.to_dict() for k, s in e.field_evidence.items()}, ensure_ascii=False),
            e.fatalities_low, e.fatalities_high, e.injuries_low, e.injuries_high,
        ]  # fmt: skip


#: Event fields stored in a column of the same name (location and evidence are not).
_EVENT_FIELDS = tuple(
    f.name for f in fields(Event) if f.name not in ("location", "evidence", "field_evidence")
)


def _document(
    a: dict[str, Any], toponyms: list[dict[str, Any]], events: list[dict[str, Any]]
) -> Document:
    article = Article(**{f.name: a[f.name] for f in fields(Article)})
    return Document(
        article=article,
        text=article.text if a["clean_text"] is None else a["clean_text"],
        boilerplate=list(a["boilerplate"]),
        toponyms=[Toponym(**{f.name: t[f.name] for f in fields(Toponym)}) for t in toponyms],
        events=[_event(e) for e in events],
    )


def _event(e: dict[str, Any]) -> Event:
    location = None
    if e["latitude"] is not None and e["longitude"] is not None:
        location = Location(
            e["location_name"] or "", e["latitude"], e["longitude"], e["geonameid"],
            e["country"], e["admin1"], e["geo_precision"],
        )  # fmt: skip
    return Event(
        **{name: e[name] for name in _EVENT_FIELDS},
        location=location,
        evidence=[Span.from_dict(s) for s in json.loads(e["evidence"])],
        field_evidence={
            k: Span.from_dict(v) for k, v in json.loads(e["field_evidence"] or "{}").items()
        },
    )
