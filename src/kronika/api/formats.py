"""Fused-event rows or JSON pages (from `kronika.query`) as JSON, GeoJSON or CSV bytes."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kronika.query import JsonPage, fused_feature

FORMATS = ("json", "geojson", "csv")
MEDIA_TYPES = {
    "json": "application/json",
    "geojson": "application/geo+json",
    "csv": "text/csv; charset=utf-8",
}


def dumps(value: Any) -> bytes:
    """Return compact UTF-8 JSON."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def events_body(
    rows: list[dict[str, Any]], format: str, *, total: int, limit: int, offset: int
) -> bytes:
    """Return the page of events `rows` in `format`; `total` counts every match of the filters."""
    page = {"total": total, "limit": limit, "offset": offset, "returned": len(rows)}
    if format == "geojson":
        return dumps(_feature_collection(rows, page))
    if format == "csv":
        return _csv(rows)
    return dumps({**page, "events": rows})


def page_body(page: JsonPage, format: str, *, limit: int, offset: int) -> bytes:
    """Return `page` (from `query.fused_events_json`) in `format`, json or geojson: the same
    bytes as `events_body` gives for its rows, with the events' JSON as DuckDB wrote it.
    """
    head = f'"total":{page.total},"limit":{limit},"offset":{offset},"returned":{page.returned}'
    if format == "geojson":
        head = (
            f'{{"type":"FeatureCollection",{head},'
            f'"events_without_location":{page.without_location},"features":'
        )
        return head.encode() + page.items + b"}"
    return f'{{{head},"events":'.encode() + page.items + b"}"


def _feature_collection(rows: list[dict[str, Any]], page: dict[str, int]) -> dict[str, Any]:
    """Return Point Features, [longitude, latitude] (RFC 7946); unplaced events are counted."""
    features = [f for f in map(fused_feature, rows) if f is not None]
    return {
        "type": "FeatureCollection",
        **page,
        "events_without_location": len(rows) - len(features),
        "features": features,
    }


#: A cell starting with one of these is read as a formula by spreadsheets (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue().encode("utf-8")
