"""The gazetteer index: compiled once into the user cache, then opened read-only in milliseconds."""

from __future__ import annotations

import sqlite3
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA, Levenshtein

from kronika import config
from kronika.errors import ResourceError
from kronika.geo.build import SCHEMA_VERSION, build
from kronika.geo.normalize import normalize, skeleton, translit_key
from kronika.types import Place

#: How a mention's name matched a gazetteer name, best first, with the similarity it starts from.
#: Order of feature kinds among candidates whose names match equally well.
FEATURE_ORDER = {"country": 0, "admin1": 1, "region": 2, "admin2": 3}

#: A region name one slip away (`Gazetteer.region_slips`): below a transliteration.
REGION_SLIP_SIMILARITY = 0.8
#: …for names this long or longer: short names are one slip from too many others.
REGION_SLIP_MIN_LENGTH = 5
MATCH_SIMILARITY = {"exact": 1.0, "translit": 0.85, "skeleton": 0.75, "partial": 0.6}


@dataclass(slots=True, frozen=True)
class Candidate:
    """A place a mention may refer to, and how well the names agree."""

    place: Place
    match: str  #: "exact", "translit", "skeleton" or "partial" (first word of a longer name)
    similarity: float  #: 0..1, from the match kind and the edit distance of the keys
    capital: bool  #: a national capital (candidates for metonymy: "denied by Kiev")
    #: typing slips (letters added, dropped, changed or two swapped) between the translit keys
    #: of the mention and of the matched name (its first word for a partial match); 0 for
    #: exact and translit matches
    edits: int = 0


class Gazetteer:
    """Read access to the compiled index; `lookup` gives the candidates of one name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # One connection per thread: sqlite3 connections are not shared across threads.
        self._local = threading.local()
        self._demonyms: dict[str, str] | None = None
        self._region_keys: list[tuple[str, int]] | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def _places(self, pids: list[int]) -> dict[int, tuple[Place, bool]]:
        marks = ",".join("?" * len(pids))
        rows = self._db.execute(
            "SELECT pid, name, geonameid, lat, lon, feature, country, admin1, population, capital,"
            f" admin2, admin3, katottg, geo_precision FROM places WHERE pid IN ({marks})",
            pids,
        )
        out = {}
        for pid, name, gid, lat, lon, feature, country, admin1, pop, capital, *rest in rows:
            admin2, admin3, code, precision = rest
            place = Place(
                name,
                gid,
                lat,
                lon,
                feature,
                country,
                admin1,
                pop or 0,
                admin2=admin2,
                admin3=admin3,
                katottg=code,
                geo_precision=precision or 1,
            )
            out[pid] = (place, bool(capital))
        return out

    def _matches(self, column: str, key: str) -> list[tuple[int, str, str, tuple[int, int, int]]]:
        """Return (pid, norm, tkey, rank) of the names whose `column` equals `key`.

        The rank orders places whose names match equally well: countries and admin units first
        (they have no population), then by population, then by `geo_precision` (a KATOTTG
        village placed at its hromada's centre after a GeoNames place).
        """
        rows = self._db.execute(
            "SELECT n.pid, n.norm, n.tkey, p.feature, p.population, p.geo_precision"
            f" FROM names n JOIN places p ON p.pid = n.pid WHERE n.{column} = ?",
            (key,),
        )
        return [
            (pid, norm, tkey, (FEATURE_ORDER.get(feature, 9), -(pop or 0), prec or 1))
            for pid, norm, tkey, feature, pop, prec in rows
        ]

    def lookup(self, name: str, limit: int = 40, exact_only: bool = False) -> list[Candidate]:
        """Return the candidates for `name`, best name match first (at most `limit`).

        `exact_only` keeps exact and transliteration matches (no skeleton or first-word ones).
        """
        found = _cached_lookup(self, name, limit)
        if exact_only:
            return [c for c in found if c.match in ("exact", "translit")]
        return list(found)

    def _lookup(self, name: str, limit: int) -> tuple[Candidate, ...]:
        norm = normalize(name)
        if len(norm) < 2:
            return ()
        tkey, skel = translit_key(norm), skeleton(norm)
        found: dict[int, tuple[str, float]] = {}
        edits: dict[int, int] = {}
        rank: dict[int, tuple[int, int, int]] = {}
        for pid, cand_norm, _, order in self._matches("tkey", tkey):
            rank[pid] = order
            kind = "exact" if cand_norm == norm else "translit"
            sim = MATCH_SIMILARITY[kind]
            if sim > found.get(pid, ("", 0.0))[1]:
                found[pid] = (kind, sim)
        if not found:
            for pid, _, cand_tkey, order in self._matches("skel", skel):
                rank[pid] = order
                sim = MATCH_SIMILARITY["skeleton"] * _key_similarity(tkey, cand_tkey)
                if sim > found.get(pid, ("", 0.0))[1]:
                    found[pid] = ("skeleton", sim)
                edits[pid] = min(edits.get(pid, 99), OSA.distance(tkey, cand_tkey))
        if not any(kind in ("exact", "translit") for kind, _ in found.values()) and " " not in skel:
            for pid, _, cand_tkey, order in self._matches("first", skel):
                rank[pid] = order
                first = cand_tkey.split()[0]
                sim = MATCH_SIMILARITY["partial"] * _key_similarity(tkey, first)
                if sim > found.get(pid, ("", 0.0))[1]:
                    found[pid] = ("partial", sim)
                    edits[pid] = OSA.distance(tkey, first)
        if not found:
            return ()
        # Ranked in full before the cut: a common name ("Novoselivka") has a hundred villages.
        best = sorted(found.items(), key=lambda kv: (-kv[1][1], rank[kv[0]], kv[0]))[:limit]
        places = self._places([pid for pid, _ in best])
        return tuple(
            Candidate(places[pid][0], kind, sim, places[pid][1], edits.get(pid, 0))
            for pid, (kind, sim) in best
        )

    def region_slips(self, name: str, limit: int = 10) -> list[Candidate]:
        """Return the admin1 regions whose name is one typing slip from `name` (a letter added,
        dropped, changed or two swapped: "Donestk oblast", "Zaporizhzia region").

        For a name the text marks as a region that matched nothing: the few thousand region
        names are compared one by one, so this is for the rare miss, not every lookup.
        """
        key = translit_key(normalize(name))
        if len(key) < REGION_SLIP_MIN_LENGTH:
            return []
        if self._region_keys is None:
            rows = self._db.execute(
                "SELECT DISTINCT n.tkey, n.pid FROM names n JOIN places p ON p.pid = n.pid"
                " WHERE p.feature = 'admin1'"
            )
            self._region_keys = [(tkey, pid) for tkey, pid in rows if tkey]
        pids = sorted(
            {
                pid
                for tkey, pid in self._region_keys
                if abs(len(tkey) - len(key)) <= 1 and OSA.distance(tkey, key, score_cutoff=1) <= 1
            }
        )[:limit]
        if not pids:
            return []
        places = self._places(pids)
        return [
            Candidate(places[pid][0], "translit", REGION_SLIP_SIMILARITY, False, 1) for pid in pids
        ]

    def demonym_country(self, word: str) -> str | None:
        """Return the ISO code of the country whose people `word` names ("Ukrainians" → "UA")."""
        if self._demonyms is None:
            self._demonyms = dict(self._db.execute("SELECT norm, country FROM demonyms"))
        norm = normalize(word)
        return self._demonyms.get(norm) or self._demonyms.get(norm.removesuffix("s"))


@lru_cache(maxsize=50_000)
def _cached_lookup(gaz: Gazetteer, name: str, limit: int) -> tuple[Candidate, ...]:
    return gaz._lookup(name, limit)


def _key_similarity(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


def index_path() -> Path:
    """Return where the compiled gazetteer lives in the user cache."""
    return config.cache_dir() / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


_lock = threading.Lock()
_loaded: Gazetteer | None = None


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Return the gazetteer, compiling it into the user cache on first use (about 30 s, once)."""
    global _loaded
    with _lock:
        if _loaded is not None and (path is None or _loaded.path == path):
            return _loaded
        path = path or index_path()
        if not path.exists():
            print(f"kronika: compiling the gazetteer once into {path} …", file=sys.stderr)
            try:
                build(path)
            except (OSError, ImportError, ValueError) as exc:
                raise ResourceError(f"could not compile the gazetteer into {path}: {exc}") from exc
        _loaded = Gazetteer(path)
        return _loaded
