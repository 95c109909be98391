"""Toponyms: place-name mentions recognised in the text and resolved against the gazetteer."""

from __future__ import annotations

from kronika.geo.gazetteer import Gazetteer, load_gazetteer
from kronika.geo.metonymy import is_metonymic
from kronika.geo.recognize import find_mentions, shorten
from kronika.geo.resolve import GEO_PRECISION, haversine_km, resolve
from kronika.types import Document, Toponym

__all__ = ["Gazetteer", "geoparse", "haversine_km", "load_gazetteer"]


def geoparse(doc: Document, gaz: Gazetteer) -> list[Toponym]:
    """Return the toponyms of a parsed document (`doc.spacy_doc` set), in text order."""
    sdoc = doc.spacy_doc
    mentions = []
    for m in find_mentions(sdoc):
        if len(m.name.split()) > 1 and not gaz.lookup(m.name, exact_only=True):
            m = shorten(m, lambda name: bool(gaz.lookup(name, exact_only=True))) or m
        if not gaz.demonym_country(m.name):
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
