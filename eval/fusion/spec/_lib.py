"""Helpers for the hand-written spec of the fusion development gold.

Each spec module (written.py, gdelt.py, ...) lists articles with A(...) and their gold events with
E(...); build.py turns them into articles/<id>.txt and gold/<id>.gold.json. The labels are ours,
by hand; the gazetteer only supplies coordinates for the GeoNames id we chose for each place.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

TYPES = {
    "missile": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "clash": ("Battles", "Armed clash"),
    "take": ("Battles", "Non-state actor overtakes territory"),
    "regain": ("Battles", "Government regains territory"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "sd_other": ("Strategic developments", "Other"),
    "arrest": ("Strategic developments", "Arrests"),
    "protest": ("Protests", "Peaceful protest"),
    "protest_int": ("Protests", "Protest with intervention"),
    "riot": ("Riots", "Violent demonstration"),
    "attack": ("Violence against civilians", "Attack"),
}

RU = "Military Forces of Russia"
UA = "Military Forces of Ukraine"
CIV_UA = "Civilians (Ukraine)"

#: Places: key -> (display name, geonameid or None, latitude, longitude). Filled by PLACE().
PLACES: dict[str, tuple[str, int | None, float, float]] = {}


def PLACE(key: str, name: str, geonameid: int | None, lat: float, lon: float) -> None:
    PLACES[key] = (name, geonameid, lat, lon)


@dataclass
class E:
    cluster: str | None  # None: reported by this article only
    kind: str  # key of TYPES
    place: str  # key of PLACES
    date: str | None  # YYYY-MM-DD, YYYY-MM or None
    evidence: list[str]
    actor1: str | None = RU
    actor2: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    claim: str = "reported"
    attribution: list[str] | None = None
    precision: int = 1
    required: bool = True
    why_optional: str | None = None
    current: bool = True
    civilian_targeting: bool | None = None
    weapons: list[str] | None = None
    accept_types: list[str] | None = None
    note: str | None = None
    omit: tuple[str, ...] = ()  # fields left out (not scored)

    def to_gold(self, eid: str) -> dict[str, Any]:
        et, st = TYPES[self.kind]
        name, gid, lat, lon = PLACES[self.place]
        g: dict[str, Any] = {"id": eid, "required": self.required, "current": self.current,
                             "event_type": et, "sub_event_type": st,
                             "event_date": self.date, "time_precision": self.precision,
                             "location": {"name": name, "geonameid": gid,
                                          "latitude": lat, "longitude": lon},
                             "actor1": self.actor1}
        if self.actor2:
            g["actor2"] = self.actor2
        if self.civilian_targeting is not None:
            g["civilian_targeting"] = self.civilian_targeting
        g["fatalities"] = self.fatalities
        g["injuries"] = self.injuries
        if self.weapons:
            g["weapons"] = self.weapons
        if self.attribution:
            g["attribution"] = self.attribution
        g["claim_status"] = self.claim
        if self.accept_types:
            g["accept_types"] = self.accept_types
        g["evidence"] = self.evidence
        if self.cluster:
            g["cluster"] = self.cluster
        if not self.required:
            g["why_optional"] = self.why_optional or "debatable"
        if self.note:
            g["note"] = self.note
        for k in self.omit:
            g.pop(k, None)
        return g


@dataclass
class A:
    id: str
    source: str
    published: str
    url: str
    text: str
    events: list[E] = field(default_factory=list)
    title: str | None = None
    corpus_file: str | None = None  # a gdelt corpus file instead of our own text
    not_events: list[dict[str, str]] = field(default_factory=list)
    notes: str | None = None

    def clean_text(self) -> str:
        return textwrap.dedent(self.text).strip() + "\n"


ARTICLES: list[A] = []


def add(*articles: A) -> None:
    ARTICLES.extend(articles)
