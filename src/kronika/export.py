"""Documents out as JSON lines, ACLED-style CSV, or GeoJSON.

`export(docs, format, out)` picks the writer by name; each writer takes any iterable of
`Document`s (a pipeline run or `Store.documents()`) and an open text stream, and returns the
number of records written. The ACLED vocabularies the CSV needs are in `kronika.acled`.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from kronika import acled
from kronika.errors import KronikaError
from kronika.types import Document, Event, Location, Span

#: ACLED's export columns, in its order (ACLED codebook 2023+; the 20 March 2023 change removed
#: event_id_no_cnty, data_id and iso3, and added disorder_type, civilian_targeting and tags).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip


def write_json(docs: Iterable[Document], out: TextIO) -> int:
    """Return the number of documents written to `out`, one `Document.to_dict()` per line."""
    n = 0
    for doc in docs:
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def write_csv(docs: Iterable[Document], out: TextIO, *, timestamp: int | None = None) -> int:
    """Return the number of events written to `out` as ACLED-style CSV rows (with a header).

    Every event is a row, background ones too (tagged "background"). Columns kronika cannot
    know (assoc_actor_*, admin2, admin3, source_scale) are blank. `timestamp` (Unix seconds,
    default now) fills ACLED's `timestamp` column. Lines end in "\\n", so `out` may be stdout.
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    numbers: Counter[str] = Counter()
    n = 0
    for doc in docs:
        for event in doc.events:
            row = acled_row(event, doc, stamp)
            # ACLED numbers events per country; "XXX" stands for a country kronika does not know
            iso3 = acled.country_info(event.location.country if event.location else None).alpha3
            iso3 = iso3 or "XXX"
            numbers[iso3] += 1
            row["event_id_cnty"] = f"{iso3}{numbers[iso3]}"
            writer.writerow(["" if row[c] is None else row[c] for c in ACLED_COLUMNS])
            n += 1
    return n


def acled_row(
    event: Event, doc: Document | None, timestamp: int, source: str | None = None
) -> dict[str, Any]:
    """Return one event as a dict of ACLED's columns (None where unknown; no event_id_cnty).

    `event_date` stays as kronika has it ("YYYY-MM-DD", or "YYYY-MM" when only the month is
    known) rather than inventing a day; `fatalities` is 0 when the article gives no figure, as
    ACLED codes it. `source` (default: the document's outlet or URL) fills the `source` column.
    """
    if source is None and doc is not None:
        source = doc.article.source or doc.article.url
    loc = event.location
    country = acled.country_info(loc.country if loc else None)
    inter1 = acled.actor_type(event.actor1, loc.country if loc else None)
    inter2 = acled.actor_type(event.actor2, loc.country if loc else None)
    tags = list(event.tags)
    if event.claim_status != "reported":
        tags.append(event.claim_status)
    if not event.current:
        tags.append("background")
    return {
        "event_id_cnty": None,
        "event_date": event.event_date,
        "year": int(event.event_date[:4]) if event.event_date else None,
        "time_precision": event.time_precision,
        "disorder_type": acled.disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": event.actor2,
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": acled.interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else None,
        "iso": country.numeric,
        "region": country.region,
        "country": country.name,
        "admin1": loc.admin1 if loc else None,
        "admin2": None,
        "admin3": None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": source,
        "source_scale": None,
        "notes": _notes(event),
        "fatalities": event.fatalities or 0,
        "tags": "; ".join(tags) or None,
        "timestamp": timestamp,
    }


def _notes(event: Event) -> str | None:
    """Return the evidence sentences, each once, joined with single spaces."""
    seen: dict[str, None] = {}
    for span in event.evidence:
        seen.setdefault(" ".join(span.text.split()), None)
    return " ".join(s for s in seen if s) or None


def write_geojson(docs: Iterable[Document], out: TextIO) -> int:
    """Return the number of events written to `out` as Point Features of one FeatureCollection.

    Coordinates are [longitude, latitude] (RFC 7946). Events without a location cannot be
    placed: they are left out, and the collection's `events_without_location` member counts
    them. Properties are the event's fields with the location flattened, plus the article's.
    """
    out.write('{"type": "FeatureCollection", "features": [')
    n = left_out = 0
    for doc in docs:
        for event in doc.events:
            if event.location is None:
                left_out += 1
                continue
            out.write(",\n" if n else "\n")
            out.write(json.dumps(_feature(event, doc), ensure_ascii=False))
            n += 1
    out.write(f'\n], "events_without_location": {left_out}}}\n')
    return n


def _feature(event: Event, doc: Document) -> dict[str, Any]:
    loc = event.location
    assert loc is not None  # callers skip unlocated events
    properties = event.to_dict()
    del properties["location"], properties["evidence_offsets"], properties["field_evidence"]
    # Flat properties for map tools: the words behind each field as "evidence_<field>".
    properties.update({f"evidence_{k}": span.text for k, span in event.field_evidence.items()})
    properties.update(
        location_name=loc.name,
        geonameid=loc.geonameid,
        country=loc.country,
        admin1=loc.admin1,
        geo_precision=loc.geo_precision,
        article_id=doc.article.id,
        article_title=doc.article.title,
        article_url=doc.article.url,
        article_source=doc.article.source,
        published=doc.article.published.isoformat() if doc.article.published else None,
    )
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
        "properties": properties,
    }


def fused_as_event(row: dict[str, Any], evidence: list[str] | None = None) -> Event:
    """Return a fused event row (`kronika.query`) as an `Event`, for the ACLED CSV writer."""
    location = None
    if row.get("latitude") is not None and row.get("longitude") is not None:
        location = Location(
            row.get("location_name") or "", row["latitude"], row["longitude"],
            row.get("geonameid"), row.get("country"), row.get("admin1"),
            row.get("geo_precision") or 1,
        )  # fmt: skip
    return Event(
        id=row["id"],
        event_type=row["event_type"],
        sub_event_type=row["sub_event_type"],
        location=location,
        event_date=row.get("event_date"),
        time_precision=row.get("time_precision"),
        actor1=row.get("actor1"),
        actor2=row.get("actor2"),
        civilian_targeting=bool(row.get("civilian_targeting")),
        fatalities=row.get("fatalities"),
        injuries=row.get("injuries"),
        weapons=list(row.get("weapons") or []),
        attribution=list(row.get("attribution") or []),
        claim_status=row.get("claim_status") or "reported",
        current=bool(row.get("current", True)),
        evidence=[Span(-1, -1, t) for t in evidence or []],
        tags=list(row.get("tags") or []),
    )


def write_fused_csv(
    rows: Iterable[dict[str, Any]],
    evidence: dict[str, list[str]],
    out: TextIO,
    *,
    timestamp: int | None = None,
) -> int:
    """Return the number of fused events written to `out` as ACLED CSV, one row per event.

    `notes` are the evidence sentences of the event's reports (`evidence`: {fused id: texts}),
    `source` lists the outlets that reported it; `source_scale` stays empty (kronika does not
    know it). `event_id_cnty` is the fused event's id, stable across exports.
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    n = 0
    for row in rows:
        event = fused_as_event(row, evidence.get(row["id"]))
        record = acled_row(event, None, stamp, source="; ".join(row.get("source_names") or []))
        record["event_id_cnty"] = row["id"]
        if row.get("sources", 0) > 1:
            record["tags"] = "; ".join(
                t for t in (record["tags"], f"{row['sources']} reports") if t
            )
        writer.writerow(["" if record[c] is None else record[c] for c in ACLED_COLUMNS])
        n += 1
    return n


def write_fused_json(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Return the number of fused events written to `out`, one JSON object per line."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True))
        out.write("\n")
        n += 1
    return n


def write_fused_geojson(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Return the number of located fused events written to `out` as one FeatureCollection."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = left_out = 0
    for row in rows:
        if row.get("latitude") is None or row.get("longitude") is None:
            left_out += 1
            continue
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        feature = {
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": properties,
        }
        out.write(",\n" if n else "\n")
        out.write(json.dumps(feature, ensure_ascii=False, sort_keys=True))
        n += 1
    out.write(f'\n], "events_without_location": {left_out}}}\n')
    return n


#: The writers by format name, as `kronika export --format` names them.
WRITERS: dict[str, Callable[[Iterable[Document], TextIO], int]] = {
    "json": write_json,
    "csv": write_csv,
    "geojson": write_geojson,
}


def export(docs: Iterable[Document], format: str, out: TextIO) -> int:
    """Return the number of records written to `out` in `format` (json, csv or geojson).

    Records are documents for json and events for csv and geojson.
    """
    writer = WRITERS.get(format.lower())
    if writer is None:
        raise KronikaError(
            f"unknown export format {format!r}; the formats are: {', '.join(WRITERS)}",
            hint="Use --format json, --format csv or --format geojson.",
        )
    return writer(docs, out)
