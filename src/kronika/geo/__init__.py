"""Toponyms: place-name mentions recognised in the text and resolved against the gazetteer."""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.geo.gazetteer import Gazetteer, load_gazetteer
from kronika.geo.metonymy import is_metonymic
from kronika.geo.recognize import (
    find_mentions,
    join_adjacent,
    person_names,
    shorten,
    split_pair,
    strip_direction,
)
from kronika.geo.resolve import GEO_PRECISION, haversine_km, resolve
from kronika.types import Document, Toponym

__all__ = ["Gazetteer", "geoparse", "haversine_km", "load_gazetteer"]

_NEXT_WORD = re.compile(r"\W*?(\w+)")


def geoparse(doc: Document, gaz: Gazetteer) -> list[Toponym]:
    """Return the toponyms of a parsed document (`doc.spacy_doc` set), in text order."""
    sdoc = doc.spacy_doc
    people = person_names(sdoc)
    mentions = []

    def has_name(name: str) -> bool:
        return bool(gaz.lookup(name, exact_only=True))

    found = []
    for m in join_adjacent(find_mentions(sdoc), doc.text, has_name):
        pair = split_pair(m, has_name) if len(m.name.split()) > 1 and not has_name(m.name) else None
        found.extend(pair or [m])
    for m in found:
        if len(m.name.split()) > 1 and not has_name(m.name):
            m = strip_direction(m, has_name) or m
        if len(m.name.split()) > 1 and not has_name(m.name):
            after = _NEXT_WORD.match(doc.text, m.end)
            m = shorten(m, has_name, after.group(1) if after else "") or m
        if m.feature_hint and m.text != m.name and gaz.lookup(m.text, exact_only=True):
            # The kind word is part of the name: "Kansas City", "Mexico City".
            m = replace(m, name=m.text, feature_hint=None)
        if gaz.demonym_country(m.name):
            continue
        if (
            m.name in people
            and not m.feature_hint
            and (not m.locative or (m.label == "PERSON" and not has_name(m.name)))
        ):
            # "Brown said" after "Gordon Brown": the person, not Brown County; after a
            # preposition too when spaCy reads the person there and no place is spelt so
            # ("loyal to Putin" is no misspelt Putyatin).
            continue
        mentions.append(m)
    toponyms = []
    for m, cand, sc in resolve(mentions, doc.text, gaz):
        place = cand.place
        if m.org:
            kind = "org"
        elif place.feature == "country" or cand.capital:
            span = sdoc.char_span(m.start, m.start + len(m.name), alignment_mode="expand")
            kind = "metonymic" if span is not None and is_metonymic(span) else "literal"
        else:
            kind = "literal"
        toponyms.append(
            Toponym(
                start=m.start,
                end=m.end,
                text=m.text,
                kind=kind,
                name=place.name,
                geonameid=place.geonameid,
                latitude=place.latitude,
                longitude=place.longitude,
                # GeoNames' cities500 does not mark city districts; the text does.
                feature="district"
                if m.feature_hint == "district" and place.feature == "city"
                else place.feature,
                country=place.country,
                admin1=place.admin1,
                score=min(1.0, sc / 2),
                # A KATOTTG village placed at its hromada's centre is precision 2 at best.
                geo_precision=max(GEO_PRECISION.get(place.feature, 1), place.geo_precision),
            )
        )
    return toponyms
