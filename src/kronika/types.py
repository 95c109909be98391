"""The data containers every stage shares.

An `Article` comes out of `ingest`; the pipeline wraps it in a `Document` that each stage adds to
(`clean` sets `text` and `boilerplate`, `geo` adds `toponyms`, `events` adds `events`). Offsets
(`start`, `end`) on every span are Python string indices into `Document.text`, which the clean stage
keeps the same length as `Article.text`, so they are also offsets into the article as read.

`to_dict()` gives the shape of ../shared/eval/GOLD.md (`kronika-gold/1`); `from_dict()` reads it
back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_FORMAT = "kronika-gold/1"


def _date_or_none(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(slots=True, frozen=True)
class Article:
    """One news article as read from a file, feed or corpus."""

    id: str  #: the record's `id` field, else the file stem
    text: str  #: the article's text as read (UTF-8), title not included
    published: dt.date | None = None  #: publication date, when known
    title: str | None = None
    url: str | None = None
    source: str | None = None  #: outlet or feed name
    path: str | None = None  #: the file it came from

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "url": self.url,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], text: str = "") -> Article:
        return cls(
            id=str(d["id"]),
            text=d.get("text", text),
            published=_date_or_none(d.get("published")),
            title=d.get("title"),
            url=d.get("url"),
            source=d.get("source"),
            path=d.get("path"),
        )


@dataclass(slots=True, frozen=True)
class Skipped:
    """An input that could not be read; the run goes on and reports it."""

    path: str  #: file name (with `:line` for one bad record of a JSONL/CSV file)
    reason: str  #: what was wrong, in words a user can act on


@dataclass(slots=True, frozen=True)
class Span:
    """A stretch of the cleaned text: `text == doc.text[start:end]`."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(slots=True, frozen=True)
class Place:
    """A gazetteer entry: one GeoNames place, or a KATOTTG settlement or unit GeoNames lacks."""

    name: str  #: preferred English/Latin name
    geonameid: int | None  #: GeoNames id; None for places GeoNames lacks
    latitude: float
    longitude: float
    feature: str  #: "city", "district", "admin1", "admin2", "admin3" (hromada), "country", "region"
    country: str | None = None  #: ISO 3166 alpha-2 code
    admin1: str | None = None  #: first-level region name
    population: int = 0
    admin2: str | None = None  #: second-level unit (a raion in Ukraine)
    admin3: str | None = None  #: hromada (Ukraine only, from KATOTTG)
    katottg: str | None = None  #: KATOTTG code of a Ukrainian unit or settlement ("UA14…")
    #: How the point was placed (ACLED's codes): 1 the place's own point (for a hromada or raion,
    #: its centre settlement's), 2 its hromada's or raion's centre (KATOTTG villages GeoNames
    #: lacks), 3 its oblast's point.
    geo_precision: int = 1


@dataclass(slots=True, frozen=True)
class Toponym:
    """A place name found in the text and what it was resolved to."""

    start: int
    end: int
    text: str
    kind: str = "literal"  #: "literal", "metonymic" (a government/people) or "org" (in a name)
    name: str | None = None  #: the resolved place's name
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature: str | None = None
    country: str | None = None
    admin1: str | None = None
    score: float = 0.0  #: resolver confidence, 0..1
    geo_precision: int | None = (
        None  #: ACLED: 1 the place itself, 2 near it/part of a region, 3 region
    )

    @property
    def resolved(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "name": self.name,
            "geonameid": self.geonameid,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "feature": self.feature,
            "country": self.country,
            "admin1": self.admin1,
            "score": round(self.score, 3),
            "geo_precision": self.geo_precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Toponym:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=d["text"],
            kind=d.get("kind", "literal"),
            name=d.get("name"),
            geonameid=d.get("geonameid"),
            latitude=d.get("latitude"),
            longitude=d.get("longitude"),
            feature=d.get("feature"),
            country=d.get("country"),
            admin1=d.get("admin1"),
            score=float(d.get("score") or 0.0),
            geo_precision=d.get("geo_precision"),
        )


@dataclass(slots=True, frozen=True)
class Location:
    """Where an event happened."""

    name: str
    latitude: float
    longitude: float
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    geo_precision: int = 1  #: ACLED geo_precision (1, 2 or 3)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country,
            "admin1": self.admin1,
            "geo_precision": self.geo_precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        return cls(
            name=d.get("name") or "",
            latitude=float(d["latitude"]),
            longitude=float(d["longitude"]),
            geonameid=d.get("geonameid"),
            country=d.get("country"),
            admin1=d.get("admin1"),
            geo_precision=int(d.get("geo_precision") or 1),
        )


@dataclass(slots=True)
class Event:
    """One event report: what one article says happened at one place on one date."""

    id: str  #: "<article id>-e<n>"
    event_type: str  #: ACLED event type ("Battles", "Explosions/Remote violence", …)
    sub_event_type: str  #: ACLED sub-event type
    location: Location | None = None
    event_date: str | None = None  #: "YYYY-MM-DD" (or "YYYY-MM"); None when the text cannot fix it
    time_precision: int | None = None  #: ACLED: 1 day, 2 week, 3 month
    actor1: str | None = None  #: ACLED naming: "Military Forces of Russia", "Wagner Group", …
    actor2: str | None = None
    civilian_targeting: bool = False
    fatalities: int | None = None  #: None when the article gives no figure
    injuries: int | None = None
    #: The range where the article gives one ("between 5 and 8 killed"), or where sources in it
    #: disagree; None when it gives a single figure (then low = high = the figure).
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    weapons: list[str] = field(default_factory=list)  #: "missile", "drone", "artillery", …
    attribution: list[str] = field(default_factory=list)  #: who said it
    claim_status: str = "reported"  #: "reported", "contested", "denied", "unconfirmed"
    current: bool = True  #: False for background the article recalls
    evidence: list[Span] = field(default_factory=list)  #: the sentences behind the fields
    fused_id: str | None = None  #: id of the fused event this report was merged into
    tags: list[str] = field(default_factory=list)  #: ACLED-style tags ("evacuation", …)
    #: The words behind each field: "trigger", "location", "event_date", "actor1", "fatalities",
    #: "injuries" → Span (offsets into the cleaned text).
    field_evidence: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "current": self.current,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "event_date": self.event_date,
            "time_precision": self.time_precision,
            "location": self.location.to_dict() if self.location else None,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "civilian_targeting": self.civilian_targeting,
            "fatalities": self.fatalities,
            "injuries": self.injuries,
            "fatalities_low": self.fatalities_low,
            "fatalities_high": self.fatalities_high,
            "injuries_low": self.injuries_low,
            "injuries_high": self.injuries_high,
            "weapons": list(self.weapons),
            "attribution": list(self.attribution),
            "claim_status": self.claim_status,
            "evidence": [s.text for s in self.evidence],
            "evidence_offsets": [[s.start, s.end] for s in self.evidence],
            "fused_id": self.fused_id,
            "tags": list(self.tags),
            "field_evidence": {k: s.to_dict() for k, s in self.field_evidence.items()},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        texts = d.get("evidence") or []
        offsets = d.get("evidence_offsets") or [[-1, -1]] * len(texts)
        evidence = [
            Span.from_dict(t) if isinstance(t, dict) else Span(int(o[0]), int(o[1]), t)
            for t, o in zip(texts, offsets, strict=False)
        ]
        loc = d.get("location")
        return cls(
            id=str(d.get("id", "")),
            event_type=d["event_type"],
            sub_event_type=d.get("sub_event_type") or "",
            location=Location.from_dict(loc) if loc and loc.get("latitude") is not None else None,
            event_date=d.get("event_date"),
            time_precision=d.get("time_precision"),
            actor1=d.get("actor1"),
            actor2=d.get("actor2"),
            civilian_targeting=bool(d.get("civilian_targeting", False)),
            fatalities=d.get("fatalities"),
            injuries=d.get("injuries"),
            fatalities_low=d.get("fatalities_low"),
            fatalities_high=d.get("fatalities_high"),
            injuries_low=d.get("injuries_low"),
            injuries_high=d.get("injuries_high"),
            weapons=list(d.get("weapons") or []),
            attribution=list(d.get("attribution") or []),
            claim_status=d.get("claim_status") or "reported",
            current=bool(d.get("current", True)),
            evidence=evidence,
            fused_id=d.get("fused_id"),
            tags=list(d.get("tags") or []),
            field_evidence={
                k: Span.from_dict(v) for k, v in (d.get("field_evidence") or {}).items()
            },
        )


@dataclass(slots=True)
class Document:
    """The unit the pipeline stages pass along: one article and what the stages found in it."""

    article: Article
    text: str = ""  #: cleaned text, same length as `article.text` (boilerplate blanked)
    boilerplate: list[str] = field(default_factory=list)  #: lines the clean stage removed
    toponyms: list[Toponym] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    spacy_doc: Any = None  #: the spaCy Doc of `text` (not serialised)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": GOLD_FORMAT,
            "article": self.article.to_dict(),
            "toponyms": [t.to_dict() for t in self.toponyms],
            "events": [e.to_dict() for e in self.events],
            "boilerplate": list(self.boilerplate),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        article = Article.from_dict(d["article"])
        return cls(
            article=article,
            text=article.text,
            boilerplate=list(d.get("boilerplate") or []),
            toponyms=[Toponym.from_dict(t) for t in d.get("toponyms") or []],
            events=[Event.from_dict(e) for e in d.get("events") or []],
        )


def article_from_path(path: Path, text: str, **kw: Any) -> Article:
    """Build an Article whose id is the file stem."""
    return Article(id=path.stem, text=text, path=str(path), **kw)
