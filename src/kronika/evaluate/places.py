"""A places CSV (../shared/data/places: geolocated war events) read as toponym-only gold.

Each row is one geolocated event: `title`, `brief description`, `lat`, `lon`, `town/city`, … .
The row becomes a one-toponym gold article when its town's name occurs in its text:

- The text is the title without its leading date stamp ("01/03/2022 ") when the title holds the
  description (most titles are "<date> <description>"; some extend a description cut to "Image 2"),
  the description when it holds the title (a title cut short), else "<title>. <description>".
- The gold toponym is the first case-sensitive whole-word occurrence of `town/city`, `literal`,
  at the row's `lat`/`lon` (the event's own point, so a town's centre may be some km off: the
  25 km figure is the one to read). It has no geonameid.
- Skipped, and counted in `PlacesSelection`: rows without coordinates, without a town, whose town
  does not occur in the text, and rows with the same text and town as an earlier row.
- Ids are "places-<entry>"; "places-r<row>" when the entry is empty and "places-<entry>-r<row>"
  when it is already taken (the file repeats a few), <row> counting data rows from 1.
  `published` is the `date`, else the title's date stamp.
- Only the row's town is gold, so every other place the system finds in the text (an oblast, a
  country) counts as a false positive: read recall and the 25 km figures, not precision.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kronika.errors import GoldFormatError, InputError
from kronika.evaluate.gold import GoldDoc, parse_gold
from kronika.types import GOLD_FORMAT

#: The columns a places CSV must have (cir_eyesonrussia_events.csv has these and more).
COLUMNS = ("entry", "date", "title", "brief description", "lat", "lon", "town/city")

#: Why a row is not gold, in the order the checks run.
NO_POINT = "no lat/lon"
NO_TOWN = "no town/city"
TOWN_NOT_IN_TEXT = "town/city not in the text"
DUPLICATE = "same text and town as an earlier row"
REASONS = (NO_POINT, NO_TOWN, TOWN_NOT_IN_TEXT, DUPLICATE)

_DATE_STAMP = re.compile(r"\s*(\d{1,2})/(\d{1,2})[/.](\d{4})\s*-?\s*")
_END_PUNCTUATION = (".", "!", "?", ":", ";")


@dataclass(slots=True, frozen=True)
class PlacesSelection:
    """How the rows of one places CSV became gold articles."""

    path: str  #: the CSV file
    rows: int  #: data rows read
    used: int  #: rows that became a gold article
    skipped: dict[str, int] = field(default_factory=dict)  #: reason (REASONS) → rows

    def summary(self) -> str:
        """Return one line: rows used of rows read, and how many were skipped for each reason."""
        skips = ", ".join(f"{n} {reason}" for reason, n in self.skipped.items() if n)
        return f"{self.path}: {self.used} of {self.rows} rows used" + (
            f"; skipped {skips}" if skips else ""
        )


def load_places_csv(
    path: str | Path, on_selection: Callable[[PlacesSelection], None] | None = None
) -> list[GoldDoc]:
    """Return one toponym-only GoldDoc per usable row of a places CSV, in file order.

    `on_selection` is told how many rows were used and why the others were skipped.
    Raises GoldFormatError when the header lacks one of COLUMNS.
    """
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            _check_header(path, reader.fieldnames)
            rows = list(reader)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc})") from exc
    except csv.Error as exc:
        raise GoldFormatError(f"{path}: not a readable CSV ({exc})") from exc
    skipped = dict.fromkeys(REASONS, 0)
    docs: list[GoldDoc] = []
    seen_texts: set[tuple[str, str]] = set()
    ids: set[str] = set()
    for n, row in enumerate(rows, start=1):
        text = row_text(row)
        reason, gold = _toponym(row, text)
        if reason is None and (text, gold["name"]) in seen_texts:
            reason = DUPLICATE
        if reason is not None:
            skipped[reason] += 1
            continue
        seen_texts.add((text, gold["name"]))
        entry = (row.get("entry") or "").strip()
        doc_id = f"places-{entry}" if entry else f"places-r{n}"
        if doc_id in ids:
            doc_id = f"places-{entry}-r{n}"
        ids.add(doc_id)
        docs.append(_doc(path, n, doc_id, row, text, gold))
    if on_selection is not None:
        on_selection(PlacesSelection(str(path), len(rows), len(docs), skipped))
    return docs


def row_text(row: dict[str, Any]) -> str:
    """Return the text of one row: its title without the date stamp, its description, or both."""
    title = _DATE_STAMP.sub("", (row.get("title") or "").strip(), count=1).strip()
    description = (row.get("brief description") or "").strip()
    if description.casefold() in title.casefold():
        return title
    if title.casefold() in description.casefold():
        return description
    sep = " " if title.endswith(_END_PUNCTUATION) else ". "
    return title + sep + description


def _check_header(path: Path, header: list[str] | None) -> None:
    header = header or []
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        if len(missing) < len(COLUMNS):
            found = f"lacks {', '.join(missing)}"
        else:
            found = f"is {', '.join(header)}"[:200]
        raise GoldFormatError(
            f"{path}: not a places CSV: a gold .csv needs the header columns {', '.join(COLUMNS)}"
            f" (as in ../shared/data/places); its header {found}"
        )


def _toponym(row: dict[str, Any], text: str) -> tuple[str | None, dict[str, Any]]:
    """Return (why the row is skipped, None) or (None, the gold toponym)."""
    try:
        lat, lon = float(row.get("lat") or ""), float(row.get("lon") or "")
    except ValueError:
        return NO_POINT, {}
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return NO_POINT, {}
    town = (row.get("town/city") or "").strip()
    if not town:
        return NO_TOWN, {}
    match = re.search(rf"(?<!\w){re.escape(town)}(?!\w)", text)
    if match is None:
        return TOWN_NOT_IN_TEXT, {}
    return None, {
        "start": match.start(),
        "end": match.end(),
        "text": match.group(),
        "kind": "literal",
        "name": town,
        "geonameid": None,
        "latitude": lat,
        "longitude": lon,
        "country": (row.get("country") or "").strip() or None,
        "admin1": (row.get("province") or "").strip() or None,
    }


def _doc(
    path: Path, n: int, doc_id: str, row: dict[str, Any], text: str, toponym: dict[str, Any]
) -> GoldDoc:
    source = f"{path}#r{n}"
    gold = {
        "format": GOLD_FORMAT,
        "article": {
            "id": doc_id,
            "path": source,
            "published": _published(row),
            "title": (row.get("title") or "").strip() or None,
            "url": (row.get("link") or "").strip() or None,
            "source": (row.get("event_group") or "").strip() or None,
        },
        "toponyms": [toponym],
    }
    return parse_gold(gold, text, source, parts={"toponyms"})


def _published(row: dict[str, Any]) -> str | None:
    """Return the row's `date`, else the date stamp its title starts with, else None."""
    date = (row.get("date") or "").strip()
    if date:
        return date  # parse_gold names the row when it is not a date
    stamp = _DATE_STAMP.match(row.get("title") or "")
    if stamp is None:
        return None
    day, month, year = (int(g) for g in stamp.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
