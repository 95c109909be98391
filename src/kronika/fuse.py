"""Fusion: reports of one real event, from different articles, merged into one fused event.

    fused = fuse(reports)          # list[Report] -> list[FusedEvent], each with its report ids

Two reports can belong to one event when they come from different articles, their types are
compatible, their places agree (same GeoNames id, or within a distance that grows with each
report's geo_precision), their dates overlap given each report's time precision, and their
actors do not clash (`compatible`). The candidate graph of such pairs splits the reports into
components; each component is clustered on its own, in a fixed order, so the result depends only
on the set of reports, never on the order they arrived in. That is what lets the store re-fuse
only the components new reports touch (`components`) and still end with what a clean run gives.

Within a component, precise reports (a day and a place of their own) are clustered first, each
joining the best cluster whose every member it is compatible with (complete linkage). A vague
report (a region, a week or month, no date) then joins a cluster only when exactly one fits;
otherwise it stays an event of its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kronika.geo.distance import haversine_km

#: Farthest apart (km) two reports' points may be, by their geo_precision (1 the place itself,
#: 2 a hromada/raion centre or "near X", 3 a region's point). Two precise points with different
#: GeoNames ids are different places unless they are this close (a district and its city).
PLACE_TOLERANCE_KM = {1: 12.0, 2: 35.0, 3: 150.0}
#: Two precise reports with different GeoNames ids are one place when one is a city district
#: this close to the other's point (a large city's districts lie up to ~12 km from its centre
#: point), or when the points are this close (one village, two entries).
SAME_PLACE_KM = 12.0
SAME_POINT_KM = 2.0
#: How far (days) a date of each time precision may stand from the day it names.
DATE_SLACK_DAYS = {1: 1, 2: 7, 3: 16}
#: Event types that may be one event told two ways (ACLED: the higher type absorbs the lower).
TYPE_GROUPS = (
    frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
)
#: Sub-types that say who holds the ground.
TERRITORY_SUB_TYPES = frozenset(
    {
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Non-violent transfer of territory",
    }
)
#: ACLED's order: a fused event takes the highest type among its reports' most common ones.
TYPE_RANK = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests",
    "Strategic developments",
)  # fmt: skip
_GRID_DEG = 2.0
#: An undated report in a dated article happened, at most, this long before publication.
UNDATED_WINDOW_DAYS = 14
_BUCKET_DAYS = 16
#: Half the widest date window a report may have (a month, with slack), in days.
_MAX_HALF_WINDOW = 17
#: No two reports farther apart than this are one event, whatever their precision.
MAX_REACH_KM = 200.0


@dataclass(slots=True, frozen=True)
class Report:
    """One article's event report, with what fusion needs of its article."""

    id: str
    article_id: str
    event_type: str
    sub_event_type: str
    event_date: str | None = None
    time_precision: int | None = None
    location_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    civilian_targeting: bool = False
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    weapons: tuple[str, ...] = ()
    attribution: tuple[str, ...] = ()
    claim_status: str = "reported"
    current: bool = True
    tags: tuple[str, ...] = ()
    feature: str | None = None  #: the place's gazetteer feature ("city", "district", …)
    published: dt.date | None = None  #: the article's publication date
    source: str | None = None  #: the article's outlet (source, else its URL's host)

    @property
    def located(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def days(self) -> tuple[int, int] | None:
        """The first and last day (ordinals) the report's date may mean: an undated report of a
        dated article, the fortnight before publication; None when nothing dates it."""
        if self.event_date is None and self.published is not None:
            day = self.published.toordinal()
            return day - UNDATED_WINDOW_DAYS, day
        return _days(self.event_date, self.time_precision)

    @property
    def precise(self) -> bool:
        """A day and a place of its own: what a vague report may attach to."""
        return (
            self.located
            and (self.geo_precision or 1) == 1
            and self.event_date is not None
            and len(self.event_date) == 10
            and (self.time_precision or 1) == 1
        )

    @property
    def order_key(self) -> tuple[Any, ...]:
        return (self.published or dt.date.max, self.article_id, self.id)


@dataclass(slots=True)
class FusedEvent:
    """One real event as its reports tell it; the fields follow `Report`'s."""

    id: str
    event_type: str
    sub_event_type: str
    event_date: str | None
    time_precision: int | None
    location_name: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    country: str | None
    admin1: str | None
    geo_precision: int | None
    actor1: str | None
    actor2: str | None
    civilian_targeting: bool
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    injuries: int | None
    injuries_low: int | None
    injuries_high: int | None
    weapons: list[str]
    attribution: list[str]
    claim_status: str
    current: bool
    tags: list[str]
    sources: int  #: distinct articles
    source_names: list[str]
    report_ids: list[str]  #: oldest article first
    article_ids: list[str]
    first_published: dt.date | None
    last_published: dt.date | None
    reports: list[Report] = field(default_factory=list, repr=False)


def _days(date: str | None, precision: int | None) -> tuple[int, int] | None:
    if not date:
        return None
    try:
        if len(date) == 7:  # "YYYY-MM": the whole month
            first = dt.date.fromisoformat(date + "-01")
            nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first.toordinal(), nxt.toordinal() - 1
        day = dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None
    slack = DATE_SLACK_DAYS.get(precision or 1, DATE_SLACK_DAYS[3])
    return day - slack, day + slack


def _types_compatible(a: Report, b: Report) -> bool:
    if a.event_type == b.event_type:
        if a.event_type == "Strategic developments":
            return a.sub_event_type == b.sub_event_type
        return True
    return any(a.event_type in g and b.event_type in g for g in TYPE_GROUPS)


def _claims_compatible(a: Report, b: Report) -> bool:
    """A disputed claim about who holds a place ("captured", denied by the other side) is not
    confirmed by an account of fighting or strikes there: the fighting is an event of its own."""
    if "contested" not in (a.claim_status, b.claim_status):
        return True
    return (a.sub_event_type in TERRITORY_SUB_TYPES) == (b.sub_event_type in TERRITORY_SUB_TYPES)


def _place_distance(a: Report, b: Report) -> float | None:
    """Return the distance (km) when the places agree, else None."""
    if not (a.located and b.located):
        return None
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 0.0
    d = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
    pa, pb = a.geo_precision or 1, b.geo_precision or 1
    if pa == 1 and pb == 1:
        # Two named places: one only when one is a district of the other (Saltivskyi and
        # Kharkiv) or their points all but coincide; twin towns (Pokrovsk and Myrnohrad, 7 km)
        # are two places.
        if d <= SAME_POINT_KM or ("district" in (a.feature, b.feature) and d <= SAME_PLACE_KM):
            return d
        return None
    if d > MAX_REACH_KM:
        return None
    if max(pa, pb) >= 3 and a.admin1 and a.admin1 == b.admin1 and a.country == b.country:
        return d  # "in the Donetsk region" holds every place of the region
    return d if d <= max(PLACE_TOLERANCE_KM[min(pa, 3)], PLACE_TOLERANCE_KM[min(pb, 3)]) else None


def _dates_compatible(a: Report, b: Report) -> bool:
    da, db = a.days, b.days
    if da is None or db is None:
        return False  # nothing dates it: it could be any event there, so it is one of its own
    if (
        a.event_date
        and b.event_date
        and a.time_precision in (None, 1)
        and b.time_precision in (None, 1)
        and len(a.event_date) == 10
    ):
        # A day apart is one event told by two outlets (a night strike) only within one type;
        # a battle absorbs a shelling only on the same day (ACLED: concurrent events).
        slack = DATE_SLACK_DAYS[1] if a.event_type == b.event_type else 0
        return abs((da[0] + da[1]) // 2 - (db[0] + db[1]) // 2) <= slack
    return da[0] <= db[1] and db[0] <= da[1]


def _actors_compatible(a: Report, b: Report) -> bool:
    """Actors clash only when both reports name both sides and share neither: one outlet's
    "Ukrainian forces struck…" against another's "Russian shelling of…" is often one event told
    by each side, and actor extraction is the noisiest field."""
    if not (a.actor1 and a.actor2 and b.actor1 and b.actor2):
        return True
    return bool({a.actor1, a.actor2} & {b.actor1, b.actor2})


def compatible(a: Report, b: Report) -> bool:
    """Whether two reports may tell one event (never two reports of one article)."""
    return (
        a.article_id != b.article_id
        and _types_compatible(a, b)
        and _claims_compatible(a, b)
        and _place_distance(a, b) is not None
        and _dates_compatible(a, b)
        and _actors_compatible(a, b)
    )


def similarity(a: Report, b: Report) -> float:
    """How alike two compatible reports are (higher is more alike); ranks candidate clusters."""
    score = 0.0
    d = _place_distance(a, b)
    if d is not None:
        score += 1.0 if d == 0 else max(0.0, 1.0 - d / PLACE_TOLERANCE_KM[3])
    if a.event_date and a.event_date == b.event_date:
        score += 1.0
    if a.sub_event_type == b.sub_event_type:
        score += 0.5
    if a.event_type == b.event_type:
        score += 0.25
    if a.actor1 and a.actor1 == b.actor1:
        score += 0.25
    if a.fatalities is not None and a.fatalities == b.fatalities:
        score += 0.25
    return score


class _Grid:
    """Reports by map cell and date bucket, so that finding the reports that may be compatible
    with one looks at a bounded neighbourhood, not at every report: fusion stays near-linear in
    the number of reports (n log n at worst, for the sort).

    The reach is the same from both sides of any pair (it covers `MAX_REACH_KM` and the widest
    date window), so the candidate graph is symmetric and its components do not depend on
    where a search starts.
    """

    def __init__(self, reports: Iterable[Report]) -> None:
        self.dated: dict[tuple[int, int, int], list[Report]] = defaultdict(list)
        for r in reports:
            if not r.located:
                continue  # an unlocated report is an event of its own
            cell = self._cell(r)
            days = r.days
            if days is not None:  # nothing dates it: an event of its own
                self.dated[(*cell, _bucket(days))].append(r)

    @staticmethod
    def _cell(r: Report) -> tuple[int, int]:
        return math.floor(r.latitude / _GRID_DEG), math.floor(r.longitude / _GRID_DEG)

    def _cells(self, r: Report) -> Iterable[tuple[int, int]]:
        lat, lon = self._cell(r)
        km_per_cell = 111.2 * _GRID_DEG * max(math.cos(math.radians(abs(r.latitude) + 1)), 0.05)
        reach_lon = min(math.ceil(MAX_REACH_KM / km_per_cell), 180)
        reach_lat = math.ceil(MAX_REACH_KM / (111.2 * _GRID_DEG))
        for dlat in range(-reach_lat, reach_lat + 1):
            for dlon in range(-reach_lon, reach_lon + 1):
                yield lat + dlat, lon + dlon

    def near(self, r: Report) -> Iterable[Report]:
        if not r.located:
            return
        days = r.days
        if days is None:
            return
        for cell in self._cells(r):
            first = (days[0] - _MAX_HALF_WINDOW) // _BUCKET_DAYS
            last = (days[1] + _MAX_HALF_WINDOW) // _BUCKET_DAYS
            for b in range(first, last + 1):
                yield from self.dated.get((*cell, b), ())


def _bucket(days: tuple[int, int]) -> int:
    return ((days[0] + days[1]) // 2) // _BUCKET_DAYS


def neighbours(r: Report, grid: _Grid) -> list[Report]:
    """Return the reports of `grid` compatible with `r`."""
    return [o for o in grid.near(r) if o.id != r.id and compatible(r, o)]


def components(reports: list[Report], seeds: Iterable[str] | None = None) -> list[list[Report]]:
    """Return the connected components of the candidate graph (each sorted by `order_key`).

    With `seeds` (report ids), only the components holding one of them.
    """
    grid = _Grid(reports)
    by_id = {r.id: r for r in reports}
    start = sorted(by_id) if seeds is None else sorted(s for s in set(seeds) if s in by_id)
    seen: set[str] = set()
    out: list[list[Report]] = []
    for rid in start:
        if rid in seen:
            continue
        seen.add(rid)
        stack, comp = [by_id[rid]], []
        while stack:
            r = stack.pop()
            comp.append(r)
            for o in neighbours(r, grid):
                if o.id not in seen:
                    seen.add(o.id)
                    stack.append(o)
        out.append(sorted(comp, key=lambda r: r.order_key))
    return out


def cluster(component: list[Report]) -> list[list[Report]]:
    """Return the clusters of one component, in a fixed order that depends only on its reports.

    A report is only ever weighed against the clusters that hold one of its neighbours (a
    cluster it fits holds nothing else), so the cost follows the edges, not clusters × reports.
    """
    reports = sorted(component, key=lambda r: r.order_key)
    grid = _Grid(reports)
    adj = {r.id: {o.id for o in neighbours(r, grid)} for r in reports}
    clusters: list[list[Report]] = []
    home: dict[str, int] = {}  # report id -> index of its cluster

    def fitting(r: Report, pool: list[list[Report]], where: dict[str, int]) -> list[int]:
        near = sorted({where[n] for n in adj[r.id] if n in where})
        return [i for i in near if all(m.id in adj[r.id] for m in pool[i])]

    for r in (r for r in reports if r.precise):
        best = _best(r, clusters, fitting(r, clusters, home))
        if best is None:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(r)
        home[r.id] = best
    # Vague reports are matched against the precise events as they stand, so that one vague
    # report joining an event never keeps another (of the same article, say) out of it.
    frozen = [list(c) for c in clusters]
    joining: dict[int, list[Report]] = defaultdict(list)
    unplaced: list[Report] = []
    for r in (r for r in reports if not r.precise):
        # A vague report joins only an event of its own type: the absorbing of a lower type
        # by a higher one is for events known to be concurrent.
        fits = [
            i
            for i in fitting(r, frozen, home)
            if all(m.event_type == r.event_type for m in frozen[i])
        ]
        # Several fit: one may still be the only one of its very day and place, and of those
        # the only one of its sub-event type. Still several: attaching would be a guess.
        for narrower in (_same_day_and_place, _same_sub_type):
            if len(fits) > 1:
                fits = [i for i in fits if any(narrower(r, m) for m in frozen[i])] or fits
        if len(fits) == 1:
            joining[fits[0]].append(r)
        else:  # no fit, or no single one
            unplaced.append(r)
    for i, candidates in sorted(joining.items()):
        taken: set[str] = set()
        ranked = sorted(
            candidates,
            key=lambda r: (-sum(similarity(r, m) for m in frozen[i]), r.order_key),
        )
        for r in ranked:  # one report per article: the likeliest joins, the others stay out
            if r.article_id in taken:
                unplaced.append(r)
            else:
                taken.add(r.article_id)
                clusters[i].append(r)
    vague_clusters: list[list[Report]] = []
    vague_home: dict[str, int] = {}
    for r in sorted(unplaced, key=lambda r: r.order_key):
        best = _best(r, vague_clusters, fitting(r, vague_clusters, vague_home))
        if best is None:
            best = len(vague_clusters)
            vague_clusters.append([])
        vague_clusters[best].append(r)
        vague_home[r.id] = best
    return clusters + vague_clusters


def _same_day_and_place(a: Report, b: Report) -> bool:
    return a.event_date == b.event_date and _place_distance(a, b) == 0.0


def _same_sub_type(a: Report, b: Report) -> bool:
    return a.sub_event_type == b.sub_event_type


def _best(r: Report, clusters: list[list[Report]], candidates: list[int]) -> int | None:
    """Return the index of the candidate cluster most like `r` (the first on ties), or None."""
    best, best_score = None, 0.0
    for i in candidates:
        c = clusters[i]
        score = sum(similarity(r, m) for m in c) / len(c)
        if score > best_score:
            best, best_score = i, score
    return best


def fused_id(report_ids: Iterable[str]) -> str:
    """Return the id of the fused event of these reports: stable for the same set's first id."""
    first = min(report_ids)
    return "F" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]


def fuse(reports: Iterable[Report]) -> list[FusedEvent]:
    """Return the fused events of `reports`, ordered by event date then id."""
    reports = list(reports)
    out = [merge(c) for comp in components(reports) for c in cluster(comp)]
    return sorted(out, key=lambda f: (f.event_date or "9999", f.id))


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def _figures(reports: list[Report], name: str) -> tuple[int | None, int | None, int | None]:
    """Return (best, low, high): best is the latest undisputed report's figure."""
    given = [r for r in reports if getattr(r, name) is not None]
    if not given:
        return None, None, None
    undisputed = [r for r in given if r.claim_status not in ("contested", "denied")] or given
    best = getattr(max(undisputed, key=lambda r: r.order_key), name)
    lows = [getattr(r, name + "_low") or getattr(r, name) for r in given]
    highs = [getattr(r, name + "_high") or getattr(r, name) for r in given]
    return best, min(lows), max(highs)


def merge(reports: list[Report]) -> FusedEvent:
    """Return the fused event of one cluster of reports."""
    reports = sorted(reports, key=lambda r: r.order_key)
    types = Counter(r.event_type for r in reports)
    top = max(types.values())
    event_type = min((t for t, n in types.items() if n == top), key=_type_rank)
    sub_type = _most_common(r.sub_event_type for r in reports if r.event_type == event_type)
    dated = [r for r in reports if r.event_date]
    when = min(
        dated,
        key=lambda r: (r.time_precision or 1, -len(r.event_date), _count(dated, r), r.order_key),
        default=None,
    )
    located = [r for r in reports if r.located]
    where = min(
        located,
        key=lambda r: (r.geo_precision or 1, -_place_votes(located, r), r.order_key),
        default=None,
    )
    fatalities = _figures(reports, "fatalities")
    injuries = _figures(reports, "injuries")
    statuses = {r.claim_status for r in reports}
    if statuses & {"contested", "denied"}:
        claim = "contested"
    elif statuses == {"unconfirmed"}:
        claim = "unconfirmed"
    else:
        claim = "reported"
    sources = sorted({r.source for r in reports if r.source})
    published = [r.published for r in reports if r.published]
    return FusedEvent(
        id=fused_id(r.id for r in reports),
        event_type=event_type,
        sub_event_type=sub_type,
        event_date=when.event_date if when else None,
        time_precision=when.time_precision if when else None,
        location_name=where.location_name if where else None,
        latitude=where.latitude if where else None,
        longitude=where.longitude if where else None,
        geonameid=where.geonameid if where else None,
        country=where.country if where else None,
        admin1=where.admin1 if where else None,
        geo_precision=where.geo_precision if where else None,
        actor1=_most_common(r.actor1 for r in reports),
        actor2=_most_common(r.actor2 for r in reports),
        civilian_targeting=any(r.civilian_targeting for r in reports),
        fatalities=fatalities[0],
        fatalities_low=fatalities[1],
        fatalities_high=fatalities[2],
        injuries=injuries[0],
        injuries_low=injuries[1],
        injuries_high=injuries[2],
        weapons=sorted({w for r in reports for w in r.weapons}),
        attribution=sorted({a for r in reports for a in r.attribution}),
        claim_status=claim,
        current=any(r.current for r in reports),
        tags=sorted({t for r in reports for t in r.tags}),
        sources=len({r.article_id for r in reports}),
        source_names=sources,
        report_ids=[r.id for r in reports],
        article_ids=list(dict.fromkeys(r.article_id for r in reports)),
        first_published=min(published, default=None),
        last_published=max(published, default=None),
        reports=reports,
    )


def _type_rank(event_type: str) -> int:
    return TYPE_RANK.index(event_type) if event_type in TYPE_RANK else len(TYPE_RANK)


def _count(reports: list[Report], r: Report) -> int:
    return -sum(1 for o in reports if o.event_date == r.event_date)


def _place_votes(reports: list[Report], r: Report) -> int:
    return sum(1 for o in reports if o.geonameid == r.geonameid and r.geonameid is not None)
