"""Gritta XML geoparsing corpora (LGL, GeoVirus) read as toponym-only gold.

Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation" (2019) ship two layouts:

- LGL: `<article docid=…>` with `<title>`, `<url>`, `<dltime>`, `<text>` and
  `<toponyms><toponym><start/><end/><phrase/><gaztag geonameid=…><name/><lat/><lon/>…`;
  toponyms without `<gaztag>` (street names, mostly) have no coordinates.
- GeoVirus: `<article>` with `<source>`, `<text>` and `<locations><location><name/><start/><end/>
  <lat/><lon/>…`; its offsets are one-based (one past the phrase), and one article nests a
  `<location>` inside another.

Every toponym is `literal` and events and boilerplate are not scored for these articles.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from kronika.errors import GoldFormatError, InputError
from kronika.evaluate.gold import GoldDoc, parse_gold
from kronika.types import GOLD_FORMAT

#: How far (characters) from the given offsets a phrase is looked for when they do not fit.
NEARBY_CHARS = 20


def load_gritta_xml(path: str | Path) -> list[GoldDoc]:
    """Return one toponym-only GoldDoc per `<article>` of a Gritta XML corpus.

    Article ids are "<file stem>-<docid>" (LGL) or "<file stem>-<n>" (GeoVirus, n counting from 1).
    Offsets are checked against the text and moved to where the phrase is when they are off by one
    (GeoVirus) or a few characters.
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc})") from exc
    except ET.ParseError as exc:
        raise GoldFormatError(f"{path}: not well-formed XML ({exc})") from exc
    articles = root.findall("article")
    if root.tag != "articles" or not articles:
        raise GoldFormatError(f"{path}: not a Gritta corpus (no <articles><article> elements)")
    return [_article(el, n, path) for n, el in enumerate(articles, start=1)]


def _article(el: ET.Element, n: int, path: Path) -> GoldDoc:
    source = f"{path}#{n}"
    text = el.findtext("text")
    if text is None:
        raise GoldFormatError(f"{source}: the article has no <text>")
    toponyms = [_toponym(t, text, source) for t in el.iter() if _is_toponym(t)]
    toponyms.sort(key=lambda t: (t["start"], t["end"]))
    gold = {
        "format": GOLD_FORMAT,
        "article": {
            "id": f"{path.stem}-{el.get('docid') or n}",
            "path": source,
            "published": (el.findtext("dltime") or "")[:10] or None,
            "title": el.findtext("title"),
            "url": el.findtext("url") or el.findtext("source"),
            "source": el.findtext("domain"),
        },
        "toponyms": toponyms,
    }
    return parse_gold(gold, text, source, parts={"toponyms"})


def _is_toponym(el: ET.Element) -> bool:
    # The element holding a start offset: GeoVirus wraps one <location> in another by mistake.
    return el.tag in ("toponym", "location") and el.find("start") is not None


def _toponym(el: ET.Element, text: str, source: str) -> dict[str, Any]:
    phrase = el.findtext("phrase") or el.findtext("name") or ""
    try:
        start, end = int(el.findtext("start") or ""), int(el.findtext("end") or "")
    except ValueError as exc:
        raise GoldFormatError(f"{source}: toponym {phrase!r} has a bad offset ({exc})") from exc
    span = _locate(text, phrase, start, end)
    if span is None:
        raise GoldFormatError(
            f"{source}: toponym {phrase!r} at {start}..{end} is not in the text "
            f"(the text there reads {text[start:end]!r})"
        )
    gaz = el.find("gaztag")
    place = gaz if gaz is not None else el
    lat, lon = place.findtext("lat"), place.findtext("lon")
    geonameid = gaz.get("geonameid") if gaz is not None else None
    return {
        "start": span[0],
        "end": span[1],
        "text": text[span[0] : span[1]],
        "kind": "literal",
        "name": place.findtext("name") or phrase,
        "geonameid": int(geonameid) if geonameid else None,
        "latitude": float(lat) if lat else None,
        "longitude": float(lon) if lon else None,
        "country": place.findtext("country"),
        "admin1": place.findtext("admin1"),
    }


def _locate(text: str, phrase: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the offsets of `phrase` at or nearest to start..end, None when it is not near."""
    if not phrase:
        return (start, end) if 0 <= start <= end <= len(text) else None
    for shift in (0, -1, 1):
        s = start + shift
        if s >= 0 and text[s : s + len(phrase)] == phrase and end + shift - s == len(phrase):
            return s, s + len(phrase)
    lo = max(0, start - NEARBY_CHARS)
    hits = []
    pos = text.find(phrase, lo, start + len(phrase) + NEARBY_CHARS)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(phrase, pos + 1, start + len(phrase) + NEARBY_CHARS)
    if not hits:
        return None
    best = min(hits, key=lambda p: abs(p - start))
    return best, best + len(phrase)
