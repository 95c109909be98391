"""Fused-event rows (from `kronika.query`) as JSON, GeoJSON or CSV bytes."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

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


def _feature_collection(rows: list[dict[str, Any]], page: dict[str, int]) -> dict[str, Any]:
    """Return Point Features, [longitude, latitude] (RFC 7946); unplaced events are counted."""
    features = []
    for row in rows:
        lat, lon = row["latitude"], row["longitude"]
        if lat is None or lon is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": properties,
            }
        )
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
