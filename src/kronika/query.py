"""Read fused events back from a store: filters, one event with its reports, counts.

    rows = fused_events("kronika.duckdb", since="2023-05-01", type="Battles", bbox=(36, 47, 39, 49))
    event = fused_event("kronika.duckdb", rows[0]["id"])   # with "reports", each with its article

The CLI's `kronika events` and the HTTP API are thin layers over these functions. Every row comes
back JSON-ready (dates as ISO strings, lists as lists), ordered by event date then id, so the same
store always gives the same output.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kronika.errors import InputError
from kronika.store import Store, open_db

#: The columns of a fused event as returned, in order.
FUSED_COLUMNS = (
    "id", "event_type", "sub_event_type", "event_date", "time_precision", "location_name",
    "latitude", "longitude", "geonameid", "country", "admin1", "geo_precision", "actor1", "actor2",
    "civilian_targeting", "fatalities", "fatalities_low", "fatalities_high", "injuries",
    "injuries_low", "injuries_high", "weapons", "attribution", "claim_status", "current", "tags",
    "sources", "source_names", "report_ids", "article_ids", "first_published", "last_published",
)  # fmt: skip

CLAIM_STATUSES = ("reported", "contested", "denied", "unconfirmed")


@contextmanager
def _store(db: str | Path | Store) -> Iterator[Store]:
    if isinstance(db, Store):
        yield db
        return
    if str(db) != ":memory:" and not Path(db).is_file():
        raise InputError(f"no database at {db}", hint="Create it with `kronika extract --db`.")
    store = open_db(db)
    try:
        yield store
    finally:
        store.close()


def _date(value: str | dt.date | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def parse_bbox(value: str | tuple[float, ...] | list[float] | None) -> tuple[float, ...] | None:
    """Return (W, S, E, N) from "W,S,E,N" or a sequence; raise InputError when it is not one."""
    if value is None or value == "":
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise InputError(f"bbox: {value!r} is not four numbers W,S,E,N") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise InputError(
            f"bbox: {value!r} is out of range (W,E in -180..180, S ≤ N in -90..90, degrees)"
        )
    return (w, s, e, n)


def _where(
    since: Any,
    until: Any,
    type: str | None,
    sub_type: str | None,
    actor: str | None,
    claim_status: str | None,
    bbox: Any,
    q: str | None,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    since_s, until_s = _date(since, "since"), _date(until, "until")
    if since_s and until_s and since_s > until_s:
        raise InputError(f"since {since_s} is after until {until_s}")
    # event_date may be "YYYY-MM" (month precision): compare its first day / its month.
    if since_s:
        clauses.append("(f.event_date >= ? OR (length(f.event_date) = 7 AND f.event_date >= ?))")
        params += [since_s, since_s[:7]]
    if until_s:
        clauses.append("f.event_date <= ?")
        params.append(until_s)
    if type:
        clauses.append("lower(f.event_type) = lower(?)")
        params.append(type)
    if sub_type:
        clauses.append("lower(f.sub_event_type) = lower(?)")
        params.append(sub_type)
    if actor:
        clauses.append("(f.actor1 ILIKE ? OR f.actor2 ILIKE ?)")
        params += [f"%{actor}%", f"%{actor}%"]
    if claim_status:
        if claim_status not in CLAIM_STATUSES:
            raise InputError(
                f"claim_status: {claim_status!r} is not one of {', '.join(CLAIM_STATUSES)}"
            )
        clauses.append("f.claim_status = ?")
        params.append(claim_status)
    box = parse_bbox(bbox)
    if box:
        w, s, e, n = box
        clauses.append("f.latitude BETWEEN ? AND ?")
        params += [s, n]
        if w <= e:
            clauses.append("f.longitude BETWEEN ? AND ?")
            params += [w, e]
        else:  # the box crosses the antimeridian
            clauses.append("(f.longitude >= ? OR f.longitude <= ?)")
            params += [w, e]
    if q:
        clauses.append(
            "EXISTS (SELECT 1 FROM events r WHERE r.fused_id = f.id"
            " AND CAST(r.evidence AS VARCHAR) ILIKE ?)"
        )
        params.append(f"%{q}%")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


#: The filters of `fused_events`, in the order `_where` takes them.
FILTERS = ("since", "until", "type", "sub_type", "actor", "claim_status", "bbox", "q")


def _page_sql(limit: int | None, offset: int, *filters: Any) -> tuple[str, list[Any]]:
    """Return the SELECT of one page of fused events passing `filters`, and its parameters."""
    if limit is not None and limit < 0 or offset < 0:
        raise InputError("limit and offset must not be negative")
    where, params = _where(*filters)
    sql = (
        f"SELECT {', '.join('f.' + _quote(c) for c in FUSED_COLUMNS)} FROM fused_events f{where}"
        " ORDER BY f.event_date NULLS LAST, f.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    return sql, params


def fused_events(
    db: str | Path | Store,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    type: str | None = None,
    sub_type: str | None = None,
    actor: str | None = None,
    claim_status: str | None = None,
    bbox: str | tuple[float, ...] | None = None,
    q: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Return the fused events that pass every filter given, ordered by event date then id.

    `since`/`until` bound the event date (inclusive; a month-precision date "YYYY-MM" passes when
    its month does); `type`/`sub_type` are ACLED names (any case); `actor` matches part of actor1
    or actor2; `bbox` is (W, S, E, N) or "W,S,E,N"; `q` searches the reports' evidence text.
    Raises InputError on a bad filter value.
    """
    sql, params = _page_sql(
        limit, offset, since, until, type, sub_type, actor, claim_status, bbox, q
    )
    with _store(db) as store:
        rows = store.connection.execute(sql, params).fetchall()
    return [_row(r) for r in rows]


def count_fused_events(db: str | Path | Store, **filters: Any) -> int:
    """Return how many fused events pass the filters of `fused_events` (limit/offset ignored)."""
    where, params = _where(*(filters.get(name) for name in FILTERS))
    with _store(db) as store:
        row = store.connection.execute(f"SELECT count(*) FROM fused_events f{where}", params)
        return int(row.fetchone()[0])


@dataclass(frozen=True, slots=True)
class JsonPage:
    """One page of fused events as JSON text, from `fused_events_json`."""

    items: bytes
    """A JSON array in UTF-8: the page's events exactly as `json.dumps(rows, ensure_ascii=False,
    separators=(",", ":"))` writes the rows of `fused_events`, or with `geojson` the GeoJSON Point
    Features ([longitude, latitude]) of those that have coordinates, the rest of each row in
    "properties"."""
    returned: int
    """Events in the page, with or without coordinates."""
    total: int
    """Events passing the filters, over all pages."""
    without_location: int
    """Events in the page with no coordinates (with `geojson`, left out of `items`)."""


def fused_events_json(
    db: str | Path | Store,
    *,
    geojson: bool = False,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    type: str | None = None,
    sub_type: str | None = None,
    actor: str | None = None,
    claim_status: str | None = None,
    bbox: str | tuple[float, ...] | None = None,
    q: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> JsonPage:
    """Return the page `fused_events` gives for the same filters as JSON written by DuckDB.

    The JSON is byte for byte what Python's `json` writes for those rows (see `JsonPage.items`),
    four to five times faster for a page of 1,000 events, as no row becomes a Python object (nor
    the page a Python string). Where DuckDB would write a value differently (a coordinate within
    1e-4 of 0 or beyond 1e15, which Python writes with an exponent; a control character, which
    DuckDB escapes in upper-case hex) the page is written by Python instead, so the output never
    depends on the path taken.
    """
    # The page is cut first, in a subquery, so that only its rows are written as JSON (DuckDB
    # would otherwise write every match before sorting); the aggregate keeps the page's order.
    values = (since, until, type, sub_type, actor, claim_status, bbox, q)
    filters = dict(zip(FILTERS, values, strict=True))
    page, params = _page_sql(limit, offset, *values)
    unplaced = "f.latitude IS NULL OR f.longitude IS NULL"
    sql = (
        f"SELECT encode(string_agg({_FEATURE_SQL if geojson else _ROW_SQL}::VARCHAR, ','"
        " ORDER BY f.event_date NULLS LAST, f.id)"
        f"{f' FILTER (WHERE NOT ({unplaced}))' if geojson else ''}),"
        f" count(*), count(*) FILTER (WHERE {unplaced}), bool_or({_UNLIKE_PYTHON_SQL})"
        f" FROM ({page}) f"
    )
    with _store(db) as store:
        text, returned, without_location, unlike = store.connection.execute(sql, params).fetchone()
        items = b"[" + (text or b"") + b"]"
        if unlike or b"\\u00" in items:
            rows = fused_events(store, **filters, limit=limit, offset=offset)
            items = _python_json(rows, geojson).encode("utf-8")
        if (limit is None or returned < limit) and (returned or offset == 0):
            total = offset + returned  # the last page: no need to count
        else:
            total = count_fused_events(store, **filters)
    return JsonPage(items, returned, total, without_location)


def fused_feature(row: dict[str, Any]) -> dict[str, Any] | None:
    """Return a row of `fused_events` as a GeoJSON Point Feature, or None when it has no place."""
    lat, lon = row["latitude"], row["longitude"]
    if lat is None or lon is None:
        return None
    return {
        "type": "Feature",
        "id": row["id"],
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {k: v for k, v in row.items() if k not in ("latitude", "longitude")},
    }


def _python_json(rows: list[dict[str, Any]], geojson: bool) -> str:
    if geojson:
        rows = [f for f in map(fused_feature, rows) if f is not None]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _json_object(columns: tuple[str, ...]) -> str:
    return "json_object(" + ", ".join(f"'{c}', f.\"{c}\"" for c in columns) + ")"


#: A fused event as one JSON object, its keys in the order of FUSED_COLUMNS.
_ROW_SQL = _json_object(FUSED_COLUMNS)
#: A fused event as a GeoJSON Feature (a struct keeps its keys in order).
_FEATURE_SQL = (
    "to_json({'type': 'Feature', 'id': f.id,"
    " 'geometry': {'type': 'Point', 'coordinates': [f.longitude, f.latitude]},"
    " 'properties': {"
    + ", ".join(f"'{c}': f.\"{c}\"" for c in FUSED_COLUMNS if c not in ("latitude", "longitude"))
    + "}})"
)
#: True where DuckDB writes a coordinate unlike Python's repr (which uses an exponent there).
_UNLIKE_PYTHON_SQL = " OR ".join(
    f"coalesce({c} <> 0 AND abs({c}) < 1e-4 OR abs({c}) >= 1e15 OR isnan({c}), false)"
    for c in ("f.latitude", "f.longitude")
)


def fused_event(db: str | Path | Store, id: str) -> dict[str, Any] | None:
    """Return one fused event with "reports" (each with its article and evidence), or None."""
    with _store(db) as store:
        con = store.connection
        row = con.execute(
            f"SELECT {', '.join(_quote(c) for c in FUSED_COLUMNS)} FROM fused_events WHERE id = ?",
            [id],
        ).fetchone()
        if row is None:
            return None
        event = _row(row)
        cursor = con.execute(
            """
            SELECT r.id, r.article_id, r.event_type, r.sub_event_type, r.event_date,
                r.time_precision, r.location_name, r.latitude, r.longitude, r.geo_precision,
                r.actor1, r.actor2, r.fatalities, r.fatalities_low, r.fatalities_high, r.injuries,
                r.injuries_low, r.injuries_high, r.attribution, r.claim_status, r."current",
                r.evidence, r.field_evidence,
                a.title, a.url, a.source, a.published
            FROM events r JOIN articles a ON a.id = r.article_id
            WHERE r.fused_id = ?
            ORDER BY a.published NULLS LAST, r.article_id, r.idx
            """,
            [id],
        )
        names = [d[0] for d in cursor.description]
        reports = []
        for values in cursor.fetchall():
            r = dict(zip(names, values, strict=True))
            article = {
                "id": r.pop("article_id"),
                "title": r.pop("title"),
                "url": r.pop("url"),
                "source": r.pop("source"),
                "published": _json_value(r.pop("published")),
            }
            r["evidence"] = json.loads(r["evidence"])
            r["field_evidence"] = json.loads(r["field_evidence"] or "{}")
            r["attribution"] = list(r["attribution"] or [])
            reports.append({**{k: _json_value(v) for k, v in r.items()}, "article": article})
        event["reports"] = reports
        return event


def stats(db: str | Path | Store) -> dict[str, Any]:
    """Return counts: fused events by type and by day, and totals of events, reports, articles."""
    with _store(db) as store:
        con = store.connection
        by_type = dict(
            con.execute(
                "SELECT event_type, count(*) FROM fused_events GROUP BY 1 ORDER BY 1"
            ).fetchall()
        )
        by_day = dict(
            con.execute(
                "SELECT event_date, count(*) FROM fused_events WHERE event_date IS NOT NULL"
                " GROUP BY 1 ORDER BY 1"
            ).fetchall()
        )
        totals = {
            name: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for name, table in (
                ("events", "fused_events"),
                ("reports", "events"),
                ("articles", "articles"),
            )
        }
    return {"by_type": by_type, "by_day": by_day, **totals}


def _quote(column: str) -> str:
    return f'"{column}"'


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


#: The columns DuckDB gives back as dates (DATE), written as ISO strings.
_DATE_COLUMNS = ("first_published", "last_published")


def _row(values: tuple[Any, ...]) -> dict[str, Any]:
    # The hot loop of every listing: DuckDB already gives lists as new lists and every other
    # column but the dates as JSON-ready values, so only the dates need a look.
    row = dict(zip(FUSED_COLUMNS, values, strict=True))
    for name in _DATE_COLUMNS:
        value = row[name]
        if value is not None:
            row[name] = value.isoformat()
    return row


def evidence_texts(db: str | Path | Store, ids: list[str]) -> dict[str, list[str]]:
    """Return {fused id: its reports' evidence sentences, each once, oldest report first}."""
    with _store(db) as store:
        rows = store.connection.execute(
            """
            SELECT r.fused_id, r.evidence FROM events r JOIN articles a ON a.id = r.article_id
            WHERE r.fused_id IN (SELECT unnest(?::VARCHAR[]))
            ORDER BY r.fused_id, a.published NULLS LAST, r.article_id, r.idx
            """,
            [ids],
        ).fetchall()
    out: dict[str, dict[str, None]] = {}
    for fused, evidence in rows:
        texts = out.setdefault(fused, {})
        for span in json.loads(evidence):
            texts.setdefault(" ".join(span["text"].split()), None)
    return {k: [t for t in v if t] for k, v in out.items()}


#: What `write_events` writes: table is for people (the CLI draws it), the rest for programs.
EVENT_FORMATS = ("table", "json", "csv", "geojson", "parquet")


def write_events(
    db: str | Path | Store,
    format: str = "json",
    output: str | Path | IO[str] | None = None,
    **filters: Any,
) -> int:
    """Write the fused events that pass `filters` (those of `fused_events`) in `format`; return
    how many. json is one object per line; csv is ACLED's columns; geojson a FeatureCollection;
    parquet needs an `output` path. `output` None is stdout.
    """
    fmt = format.lower()
    if fmt not in EVENT_FORMATS or fmt == "table":
        raise InputError(f"unknown format {format!r}; choose one of {', '.join(EVENT_FORMATS[1:])}")
    with _store(db) as store:
        rows = fused_events(store, **filters)
        if fmt == "parquet":
            if output is None or not isinstance(output, str | Path):
                raise InputError("parquet needs an output file", hint="Add -o events.parquet.")
            _write_parquet(store, rows, Path(output))
            return len(rows)
        evidence = evidence_texts(store, [r["id"] for r in rows]) if fmt == "csv" else {}
    if output is None or not isinstance(output, str | Path):
        return _write_text(fmt, rows, evidence, output or sys.stdout)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return _write_text(fmt, rows, evidence, fh)


def _write_text(fmt: str, rows: list[dict[str, Any]], evidence, out: IO[str]) -> int:
    from kronika import export

    if fmt == "json":
        return export.write_fused_json(rows, out)
    if fmt == "csv":
        return export.write_fused_csv(rows, evidence, out)
    return export.write_fused_geojson(rows, out)


def _write_parquet(store: Store, rows: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ids = [r["id"] for r in rows]
    columns = ", ".join(_quote(c) for c in FUSED_COLUMNS)
    store.connection.execute(
        f"COPY (SELECT {columns} FROM fused_events WHERE id IN (SELECT unnest(?::VARCHAR[]))"
        f" ORDER BY event_date NULLS LAST, id) TO '{_sql_string(str(path))}' (FORMAT parquet)",
        [ids],
    )


def _sql_string(text: str) -> str:
    return text.replace("'", "''")
