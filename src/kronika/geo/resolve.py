"""Which place each mention names: gazetteer candidates ranked by name, size, kind and context.

Two passes. The first ranks each mention's candidates on their own (name similarity, population,
feature kind, the suffix word) and keeps the confident ones as the article's context: its main
country, the admin1 regions it names ("in the Donetsk region"), the counties it names and the
points of its places. The second ranks again with that context, so "Mykolaivka" beside
"Sloviansk" is the one near it. Ambiguous names anchor each other too (joint spatial coherence):
every likely reading of a name is a weighted point for the others, so of the many Parises and
Lamar Counties the pair that lies together wins.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from kronika.geo.distance import haversine_km
from kronika.geo.gazetteer import Candidate, Gazetteer
from kronika.geo.normalize import normalize, translit_key
from kronika.geo.recognize import PLACE_LABELS, Mention
from kronika.nlp import english_words
from kronika.types import Place

#: Weights of the ranking score; similarity (0..1) is the base.
W_POPULATION = 0.09  #: per decade of population: the bigger town is the likelier reading
W_COUNTRY = 0.3  #: the candidate is in the article's main country
#: The candidate is in another country the article's names vote for, times that country's
#: votes over the main country's: the Gaza of an article about Israel and Egypt is Palestine's.
W_OTHER_COUNTRY = 0.1
#: The candidate is in the admin1 region of another place of the article, times that region's
#: votes (how many of the article's names can lie there) over the most-voted region's.
W_ADMIN1 = 0.25
W_ADMIN1_NAMED = 0.6  #: …of a region the article names as such ("…, Luhansk Oblast")
#: The reading of the kind (country, state) the names listed next to it clearly are.
W_LIST_KIND = 0.35
#: The reading a "town, state" or "place, country" pair points at ("Springfield, Illinois").
W_WRITTEN_WITH = 0.6
#: The candidate lies in a county the article names ("Paris" with "Henry County": Paris, TN).
W_ADMIN2_NAMED = 0.2
#: Times exp(-distance / NEAR_KM) to the nearest reading of another place of the article, that
#: reading's weight (1 for a clear one) times the closeness at most: see `_anchors`.
W_NEAR = 0.45
NEAR_KM = 60.0
W_HINT = 0.35  #: the suffix/prefix word agrees with the feature ("Donetsk region" → admin1)
#: The mention spells the place's own name, not only one of its alternate names: GeoNames'
#: alternates hold former names and errors ("Pokrovsk" for Engels, "Sloviansk" for Nikopol).
W_OWN_NAME = 0.15
#: A town whose name is also a state or province of its own country, lying outside that state
#: ("California", Maryland; "Florida", New York): a writer names it with its state, so bare it
#: reads as the state.
W_SHADOWED = 0.4
#: …unless it lies this near the state's point: then it is the centre the state is named after
#: (Gaza, Sevastopol), whatever unit GeoNames files it under.
SHADOW_KM = 150.0
#: A town named like a state or province of another country ("England", Arkansas; "Victoria",
#: Texas) is shadowed less: the state is far, but it is what the bare name first means.
W_FOREIGN_SHADOWED = 0.2
#: A national capital outranks a state or county of its name ("Washington", "Jerusalem").
W_CAPITAL = 0.1

#: The vote for the article's country of a name nothing marks as a place ("Royal" of a
#: hospital's name, a surname): most such names are not places at all.
W_UNEVIDENCED_VOTE = 0.3

#: Base score of each feature kind when nothing else tells: a bare name is a town first.
FEATURE_PRIOR = {
    "city": 0.0,
    "district": 0.0,
    "country": 0.8,
    "region": 0.7,  # continents and named regions outrank towns named after them
    "admin1": 0.55,  # a state or province outranks the towns that share its name
    "admin2": 0.15,
    "admin3": 0.0,  # a hromada: named after its centre town, which reads first
}

#: Kind words of regions named after their centre city ("Kharkivska oblast", "Orlovskaya
#: oblast'", "Mahilioŭskaja voblasć"): a bare "Oryol" or "Mogilev" is the city, so such a region
#: gets the prior of an admin2, not of a state ("Texas", "New York" keep theirs).
CITY_REGION_WORDS = frozenset("oblast oblasti voblast voblasts voblasc krai kray".split())

#: Kind words inside a county's own name ("Suffolk County", "Bakhmutskyi raion"): such a unit is
#: named bare only in passing. One named by its bare name ("Suffolk", "Devon", "Gironde") is
#: called so, and outranks the towns named after it as a state does.
ADMIN_KIND_WORDS = frozenset(
    """county parish borough district raion rayon municipality province region prefecture
    department oblast krai okrug city census area municipio partido comarca""".split()
)
BARE_ADMIN2 = 0.3  #: the base score of such a bare-named county (a named state's is 0.55)

#: Candidates ranked per name: common village names (Mykolaivka) have hundreds.
CANDIDATES = 100

#: Readings within this score of the best one are equally likely (for context building).
AMBIGUITY = 0.25

#: Readings of another place within this score of its best one anchor the spatial term…
COHERENCE_MARGIN = 0.25
#: …weighing from 1 (the best) down to this (the margin's edge).
COHERENCE_FLOOR = 0.5

#: A mention spaCy did not label as a place needs this much score to give the article context.
MIN_SCORE_CONTEXT = 1.1
#: A mention that spaCy did not label as a place needs this much score to be taken as one.
MIN_SCORE_UNLABELLED = 1.2
#: …unless it is listed together with places ("Avdiivka, Krasnogorovka and Myrnograd").
MIN_SCORE_LISTED = 0.7
MIN_SCORE_LABELLED = 0.6

#: ACLED geo_precision of a toponym by the feature it resolved to.
GEO_PRECISION = {
    "city": 1,
    "district": 1,
    "admin3": 2,
    "admin2": 2,
    "admin1": 3,
    "region": 3,
    "country": 3,
}


@dataclass(slots=True)
class Context:
    """What the article's confident places say about where it is."""

    country: str | None = None
    #: country → its votes over the main country's (see W_OTHER_COUNTRY)
    country_share: dict[str, float] = field(default_factory=dict)
    admin1: frozenset[str] = frozenset()  #: regions of the clear readings, and the article's own
    #: region → its votes over the most-voted region's: see W_ADMIN1
    admin1_share: dict[str, float] = field(default_factory=dict)
    admin1_named: frozenset[str] = frozenset()  #: regions named with a kind word
    list_kinds: dict[str, frozenset[str]] = field(default_factory=dict)  #: see `_list_kinds`
    #: mention name → the readings its "town, state" pair points at: see `_written_with`
    written_with: dict[str, frozenset[tuple[str, str | None, str | None]]] = field(
        default_factory=dict
    )
    #: (admin1, admin2) of every county the article names with its kind word ("Henry County")
    admin2_named: frozenset[tuple[str | None, str]] = frozenset()
    points: tuple[tuple[str, float, float], ...] = ()  #: (mention name casefolded, lat, lon)
    #: (mention name casefolded, lat, lon, weight): every plausible reading of the article's
    #: other places, weighted by how close it comes to its name's best reading (joint spatial
    #: coherence)
    anchors: tuple[tuple[str, float, float, float], ...] = ()
    memo: dict = field(default_factory=dict)  #: (name, hint) → best reading, per article
    #: mention name → (country, name, lat, lon) of the states or provinces it spells exactly
    shadows: dict[str, frozenset[tuple[str, str, float, float]]] = field(default_factory=dict)
    #: mention name → (country, region) of the regions named after a centre city of that name
    seats: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)


def _hint_score(hint: str | None, place: Place) -> float:
    feature = place.feature
    if hint is None:
        if feature == "admin1" and CITY_REGION_WORDS.intersection(normalize(place.name).split()):
            return FEATURE_PRIOR["admin2"]
        if feature == "admin2" and not ADMIN_KIND_WORDS.intersection(normalize(place.name).split()):
            return BARE_ADMIN2
        return FEATURE_PRIOR.get(feature, 0.0)
    if hint == "admin1":
        return W_HINT if feature in ("admin1", "region") else -2.0  # "X region" is no town
    if hint == "admin2":
        return W_HINT if feature == "admin2" else -W_HINT  # "Lamar County" is no town
    if hint == "district":
        return W_HINT if feature in ("district", "admin2", "city") else -W_HINT
    return W_HINT / 2 if feature == "city" else -W_HINT / 2


def score(cand: Candidate, mention: Mention, ctx: Context) -> float:
    """Return the ranking score of one candidate for one mention in one context."""
    return _base_score(cand, mention, ctx) + _near_score(cand.place, mention, ctx)


def _base_score(cand: Candidate, mention: Mention, ctx: Context) -> float:
    """Return the score without the spatial term: name, kind, size, country and region."""
    p: Place = cand.place
    s = cand.similarity + _hint_score(mention.feature_hint, p)
    if mention.feature_hint == "admin1":
        pass  # "Kyiv Oblast": the stem names the city, not the region; no own-name bonus
    elif normalize(p.name) in (normalize(mention.name), normalize(mention.text)):
        s += W_OWN_NAME  # "Kharkiv"; "Suffolk County" spelt with its kind word
    elif translit_key(p.name) == translit_key(mention.name):
        s += W_OWN_NAME / 2
    if p.feature == "city":
        s += W_POPULATION * math.log10(p.population + 1) + (W_CAPITAL if cand.capital else 0.0)
        if not cand.capital and any(
            country == p.country
            and region != p.admin1
            and haversine_km(p.latitude, p.longitude, lat, lon) > SHADOW_KM
            for country, region, lat, lon in ctx.shadows.get(mention.name, ())
        ):
            s -= W_SHADOWED
        elif not cand.capital and any(
            country != p.country for country, _, _, _ in ctx.shadows.get(mention.name, ())
        ):
            s -= W_FOREIGN_SHADOWED
        elif not _written_with_score(p, mention, ctx) and any(
            country == p.country and region != p.admin1
            for country, region in ctx.seats.get(mention.name, ())
        ):
            s -= W_SHADOWED  # "Zaporizhzhia" bare is the oblast's centre, not a village elsewhere
    if ctx.country and p.country == ctx.country:
        s += W_COUNTRY
    elif p.country:
        s += W_OTHER_COUNTRY * ctx.country_share.get(p.country, 0.0)
    if p.admin2 and (p.admin1, p.admin2) in ctx.admin2_named:
        s += W_ADMIN2_NAMED
    if p.admin1 and p.feature != "admin1":
        if p.admin1 in ctx.admin1_named:
            s += W_ADMIN1_NAMED
        elif p.admin1 in ctx.admin1:
            s += W_ADMIN1 * ctx.admin1_share.get(p.admin1, 1.0)
    if p.feature in ctx.list_kinds.get(mention.name, ()):
        s += W_LIST_KIND
    return s + _written_with_score(p, mention, ctx)


def _near_score(p: Place, mention: Mention, ctx: Context) -> float:
    """Return the spatial term: closeness to the best-placed reading of another place."""
    if p.feature not in ("city", "district", "admin2"):
        return 0.0
    own = mention.name.casefold()  # "ATLANTA" in a dateline is no anchor for "Atlanta"
    closeness = max(
        (
            weight * math.exp(-haversine_km(p.latitude, p.longitude, lat, lon) / NEAR_KM)
            for name, lat, lon, weight in ctx.anchors
            if name != own
        ),
        default=0.0,
    )
    return W_NEAR * closeness


def _best(cands: list[Candidate], mention: Mention, ctx: Context) -> tuple[Candidate, float]:
    # A score depends on the mention only through its name and kind word: repeated mentions
    # of one place in an article are ranked once.
    key = (mention.name, mention.feature_hint)
    if key not in ctx.memo:
        base = [(_base_score(c, mention, ctx), c) for c in cands]
        top = max(b for b, _ in base)
        # The spatial term adds at most W_NEAR: candidates further behind cannot win.
        scored = [(b + _near_score(c.place, mention, ctx), c) for b, c in base if b + W_NEAR >= top]
        # On a tie the bigger place wins; a unit counts by the biggest town of its name inside
        # it: "Gaza" is the Palestinian governorate of Gaza City before Mozambique's province.
        towns: dict[tuple[str | None, str | None], int] = {}
        for c in cands:
            if c.place.feature == "city":
                k = (c.place.country, c.place.admin1)
                towns[k] = max(towns.get(k, 0), c.place.population)
        s, c = max(
            scored,
            key=lambda sc: (
                sc[0],
                sc[1].place.population or towns.get((sc[1].place.country, sc[1].place.name), 0),
            ),
        )
        ctx.memo[key] = (c, s)
    return ctx.memo[key]


def _slips_first(m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """Return the candidates of a name found only by fuzzy matching, cut to those one typing
    slip away when there are any and the text places it ("in Popsana" is Popasna, not Busan
    or Poznań)."""
    if not m.locative or m.feature_hint or not cands or cands[0].match in ("exact", "translit"):
        return cands
    slips = [c for c in cands if _one_slip(m, c)]
    return slips or cands


def _countries_first(cands: list[Candidate]) -> list[Candidate]:
    """Return only the exact readings of a name that is exactly a country's: "Russia" is the
    country (or a namesake town spelt so), never a spelling variant of another place (Ruza)."""
    if any(c.match == "exact" and c.place.feature == "country" for c in cands):
        return [c for c in cands if c.match == "exact"]
    return cands


def _exact_in_names(m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """Return only the exact readings of a name inside an organisation's or a treaty's name: the
    "Kharkiv" of "Kharkiv Regional Council" is spelt as the place is, while the "Cold" of "Cold
    War" is no spelling of Kolt."""
    return [c for c in cands if c.match == "exact"] if m.org else cands


def _no_fuzzy_words(m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """Return only the exact and transliterated readings of a one-word name that is a word or
    name of its own in English ("Honor", "Senate", "Highway"): it is no misspelling of a place
    found by skeleton or first word (Honnavar, Sannat)."""
    if " " in m.name or m.name.lower() not in english_words():
        return cands
    return [c for c in cands if c.match in ("exact", "translit")]


#: What stands between two names of a list.
LIST_SEPARATORS = frozenset({",", "and", "or", ", and", ", or", "&", "–", "-"})


def _list_kinds(
    mentions: list[Mention], text: str, clear: list[tuple[Mention, Candidate, float]]
) -> dict[str, frozenset[str]]:
    """Return, per mention name, the kinds (country, state) of the clear readings of the names
    listed next to it: "Guinea-Bissau, Niger, Nigeria and Togo" lists countries, so Niger is
    the country, not Nigeria's Niger State; "Texas, Georgia and Florida" lists states."""
    kind = {id(m): c.place.feature for m, c, _ in clear}
    out: dict[str, set[str]] = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if text[a.end : b.start].strip() not in LIST_SEPARATORS:
            continue
        for x, y in ((a, b), (b, a)):
            if kind.get(id(y)) in ("country", "admin1"):
                out.setdefault(x.name, set()).add(kind[id(y)])
    return {name: frozenset(kinds) for name, kinds in out.items()}


def _listed_together(mentions: list[Mention], text: str) -> list[bool]:
    """Return, per mention, whether it stands in a comma/"and" list with another mention."""
    out = [False] * len(mentions)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        between = text[a.end : b.start].strip()
        if between in LIST_SEPARATORS:
            out[i] = out[i + 1] = True
    return out


def _candidates(m: Mention, gaz: Gazetteer) -> list[Candidate]:
    """Return the gazetteer's readings of a mention, less those its spelling rules out."""
    cands = _slips_first(m, gaz.lookup(m.name, limit=CANDIDATES))
    cands = _countries_first(cands)
    cands = _exact_in_names(m, cands)
    return _no_fuzzy_words(m, cands)


def resolve(
    mentions: list[Mention], text: str, gaz: Gazetteer
) -> list[tuple[Mention, Candidate, float]]:
    """Return the mentions taken as places, each with its chosen candidate and score."""
    cands = [
        _candidates(m, gaz) or (gaz.region_slips(m.name) if m.feature_hint == "admin1" else [])
        for m in mentions
    ]
    listed = _listed_together(mentions, text)
    shadows = _shadows(mentions, cands)

    # Pass 1: no context. Confident readings define the article's context.
    no_context = Context(shadows=shadows)
    first: list[tuple[Mention, Candidate, float]] = []
    votes: Counter[str] = Counter()
    region_votes: Counter[str] = Counter()
    named: set[str] = set()  # admin1 regions the article names as such
    for m, cs in zip(mentions, cands, strict=True):
        cs = [c for c in cs if c.match in ("exact", "translit")]
        if not cs:
            continue
        ranked = sorted(((score(c, m, no_context), c) for c in cs), key=lambda sc: -sc[0])
        best_s, best = ranked[0]
        # The article's country: each name votes for the countries of its likely readings.
        likely = {
            c.place.country for sc, c in ranked if sc >= best_s - AMBIGUITY and c.place.country
        }
        weight = 0.1 if _acronym(m) else 1.0 if _evidenced(m) else W_UNEVIDENCED_VOTE
        if best.capital and not m.locative and not m.feature_hint:
            # "Moscow said", "Washington warned": a capital named as an actor is its state,
            # not where the article's places lie.
            weight = min(weight, W_UNEVIDENCED_VOTE)
        for country in sorted(likely):  # sorted: the same sums, whatever the hash seed
            votes[country] += weight / len(likely)
        regions = {
            c.place.name if c.place.feature == "admin1" else c.place.admin1
            for sc, c in ranked
            if sc >= best_s - AMBIGUITY and c.place.feature in ("admin1", "city", "admin2")
        } - {None}
        if regions and not _acronym(m):
            for region in sorted(regions):
                region_votes[region] += 1 / len(regions)
        if m.feature_hint == "admin1":
            named |= {
                c.place.name
                for sc, c in ranked
                if sc >= best_s - AMBIGUITY and c.place.feature == "admin1"
            }
        # Only readings that clearly beat every other place of that name set the context.
        runner_up = next((sc for sc, c in ranked[1:] if c.place != best.place), None)
        clear = runner_up is None or best_s - runner_up >= AMBIGUITY
        if clear and (m.label in PLACE_LABELS or best_s >= MIN_SCORE_CONTEXT):
            first.append((m, best, best_s))
    named |= _regions_after_comma(mentions, cands, text)
    ctx = _context(first, votes, frozenset(named))
    if ctx.country:
        ctx.admin1 = ctx.admin1 | _clear_in_country(mentions, cands, first, ctx.country, shadows)
    ctx.list_kinds = _list_kinds(mentions, text, first)
    ctx.shadows = shadows
    ctx.seats = _seats(mentions, cands)
    ctx.written_with = _written_with(mentions, cands, text)
    ctx.admin2_named = frozenset(
        (c.place.admin1, c.place.name)
        for m, cs in zip(mentions, cands, strict=True)
        if m.feature_hint == "admin2"
        for c in cs
        if c.place.feature == "admin2" and c.match == "exact"
    )
    top = region_votes.most_common(2)
    if top and top[0][1] >= 1.5 and (len(top) == 1 or top[0][1] > 1.5 * top[1][1]):
        # The article's own region: most of its names can lie there (a local paper's state).
        ctx.admin1 = ctx.admin1 | {top[0][0]}
    if top:
        # Each region counts by how many of the article's names can lie there: the one bridge
        # in Orlando does not make Florida's Princeton a Minnesota paper's Princeton.
        ctx.admin1_share = {r: region_votes[r] / top[0][1] for r in ctx.admin1}

    ctx.anchors = _anchors(mentions, cands, ctx)

    # Pass 2: rank with context; keep what clears the bar for its kind of mention.
    out: list[tuple[Mention, Candidate, float]] = []
    for m, cs, is_listed in zip(mentions, cands, listed, strict=True):
        if not cs:
            continue
        c, s = _best(cs, m, ctx)
        if m.label in PLACE_LABELS or m.feature_hint:
            bar = MIN_SCORE_LABELLED
        elif is_listed:
            bar = MIN_SCORE_LISTED
        else:
            bar = MIN_SCORE_UNLABELLED
        if s >= bar and _plausible(m, c, ctx, is_listed):
            out.append((m, c, s))
    return _corroborated(out, listed, mentions, ctx)


def _clear_in_country(
    mentions: list[Mention],
    cands: list[list[Candidate]],
    first: list[tuple[Mention, Candidate, float]],
    country: str,
    shadows: dict[str, frozenset[tuple[str, str, float, float]]],
) -> frozenset[str]:
    """Return the states (admin1) named by names that were ambiguous alone but are clear once
    the article's country is known: "Georgia" in an American article is the state, so its
    Atlanta is Georgia's, not the town in Texas."""
    done = {id(m) for m, _, _ in first}
    in_country = Context(country=country, shadows=shadows)
    out: set[str] = set()
    for m, cs in zip(mentions, cands, strict=True):
        if id(m) in done:
            continue
        cs = [c for c in cs if c.match in ("exact", "translit")]
        if not cs:
            continue
        ranked = sorted(((score(c, m, in_country), c) for c in cs), key=lambda sc: -sc[0])
        best_s, best = ranked[0]
        if best.place.country != country or best.place.feature != "admin1":
            continue
        # Only a rival in the same country keeps the name ambiguous now.
        runner_up = next(
            (sc for sc, c in ranked[1:] if c.place != best.place and c.place.country == country),
            None,
        )
        if runner_up is not None and best_s - runner_up < AMBIGUITY:
            continue
        if m.label in PLACE_LABELS or best_s >= MIN_SCORE_CONTEXT:
            out.add(best.place.name)
    return frozenset(out)


def _shadows(
    mentions: list[Mention], cands: list[list[Candidate]]
) -> dict[str, frozenset[tuple[str, str, float, float]]]:
    """Return, per mention name, the (country, name, lat, lon) of the states whose own name it
    spells and of the seas and regions of no one country it names; regions named after their
    centre city ("Donetska oblast") shadow no town."""
    out: dict[str, frozenset[tuple[str, str, float, float]]] = {}
    for m, cs in zip(mentions, cands, strict=True):
        if m.name in out:
            continue
        out[m.name] = frozenset(
            (c.place.country, c.place.name, c.place.latitude, c.place.longitude)
            for c in cs
            if (
                c.place.feature == "admin1"
                and c.match == "exact"
                and c.place.country
                and normalize(c.place.name) == normalize(m.name)
                and not CITY_REGION_WORDS.intersection(normalize(c.place.name).split())
            )
            # A sea, an ocean or a region of no one country, by any of its names ("the
            # Baltic"), shadows the towns named after it (Baltic, Connecticut).
            or (c.place.feature == "region" and c.match == "exact" and not c.place.country)
        )
    return out


def _seats(
    mentions: list[Mention], cands: list[list[Candidate]]
) -> dict[str, frozenset[tuple[str, str]]]:
    """Return, per mention name, the (country, region) of the regions named after a centre city
    whose name it spells ("Zaporizhzhia": Zaporizka oblast, whose centre is Zaporizhzhia), when
    that city is among its readings."""
    out: dict[str, frozenset[tuple[str, str]]] = {}
    for m, cs in zip(mentions, cands, strict=True):
        if m.name in out:
            continue
        key = translit_key(normalize(m.name))
        towns = {
            (c.place.country, c.place.admin1)
            for c in cs
            if c.place.feature == "city"
            and c.place.population > 0
            and translit_key(normalize(c.place.name)) == key
        }
        out[m.name] = frozenset(
            (c.place.country, c.place.name)
            for c in cs
            if c.place.feature == "admin1"
            and c.match == "exact"
            and CITY_REGION_WORDS.intersection(normalize(c.place.name).split())
            and (c.place.country, c.place.name) in towns
        )
    return out


def _regions_after_comma(
    mentions: list[Mention], cands: list[list[Candidate]], text: str
) -> set[str]:
    """Return the admin1 regions named by a bare name after a town and a comma: "Pavlivka,
    Donetsk" and "Terny, Luhansk" name the oblast, not its centre city. Only for regions named
    after their centre ("Donetska oblast"; a list of states, "Iowa, Kansas", names no
    region of the towns before), lying in a country of the town's readings."""
    out: set[str] = set()
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if b.feature_hint or text[a.end : b.start].strip() != ",":
            continue
        countries = {c.place.country for c in cands[i] if c.place.feature == "city"}
        out |= {
            c.place.name
            for c in cands[i + 1]
            if c.place.feature == "admin1"
            and c.match == "exact"
            and c.place.country in countries
            and CITY_REGION_WORDS.intersection(normalize(c.place.name).split())
        }
    return out


def _written_with(
    mentions: list[Mention], cands: list[list[Candidate]], text: str
) -> dict[str, frozenset[tuple[str, str | None, str | None]]]:
    """Return, per mention name, the readings a "town, state" or "place, country" pair points
    at: "Springfield, Illinois", "Ames, Iowa", "Washington, D.C.", "Toronto, Ontario, Canada",
    "Zaporizhzhia, Donetsk region".

    ("in", country, state) marks the town's readings in that state, ("in", country, None) the
    place's readings in that country, ("is", country, state) the state that holds the town
    before it. The state must hold one of the town's readings; a name that is a state or a
    country itself ("Ohio, Washington", a list of states) counts only by its biggest town unless
    the state comes with its kind word, and a
    country names no place of another ("Iraq, Iran").
    """
    out: dict[str, set[tuple[str, str | None, str | None]]] = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        # "Druzhba, Donetsk region": a region with its kind word is no second name of a list.
        region = b.feature_hint == "admin1"
        if (b.feature_hint and not region) or text[a.end : b.start].strip() != ",":
            continue
        # Towns and counties ("Suffolk County, New York").
        towns = [c.place for c in cands[i] if c.place.feature in ("city", "admin2")]
        if not region and any(c.place.feature in ("admin1", "country") for c in cands[i]):
            cities = [p for p in towns if p.feature == "city"]
            towns = [max(cities, key=lambda p: p.population)] if cities else []
        regions = {(p.country, p.admin1) for p in towns}
        # "Ontario, Canada", "Paris, France"; in a list of countries ("Iraq, Iran", "Niger,
        # Nigeria") the first names no place of the second.
        countries = (
            set()
            if any(c.place.feature == "country" and c.match == "exact" for c in cands[i])
            else {c.place.country for c in cands[i]}
        )
        for c in cands[i + 1]:
            p = c.place
            if c.match != "exact":
                continue
            if p.feature == "admin1" and (p.country, p.name) in regions:
                out.setdefault(a.name, set()).add(("in", p.country, p.name))
                out.setdefault(b.name, set()).add(("is", p.country, p.name))
            elif p.feature == "country" and p.country in countries:
                out.setdefault(a.name, set()).add(("in", p.country, None))
    return {name: frozenset(marks) for name, marks in out.items()}


def _written_with_score(p: Place, mention: Mention, ctx: Context) -> float:
    marks = ctx.written_with.get(mention.name)
    if not marks:
        return 0.0
    if p.feature == "admin1":
        hit = ("is", p.country, p.name) in marks or ("in", p.country, None) in marks
    else:
        hit = ("in", p.country, p.admin1) in marks or ("in", p.country, None) in marks
    return W_WRITTEN_WITH if hit else 0.0


def _anchors(
    mentions: list[Mention], cands: list[list[Candidate]], ctx: Context
) -> tuple[tuple[str, float, float, float], ...]:
    """Return the points the article's places may stand at, each weighted by its likelihood.

    A clear reading weighs 1. An ambiguous name ("Paris", "Lamar County") offers each reading
    within COHERENCE_MARGIN of its best, weighted down the further behind it is: the Paris
    next to one of the Lamar Counties then beats the other Parises.
    """
    out: dict[tuple[str, float, float], float] = {}
    for name, lat, lon in ctx.points:
        out[(name, lat, lon)] = 1.0
    seen = set()
    for m, cs in zip(mentions, cands, strict=True):
        key = (m.name, m.feature_hint)
        if key in seen or _acronym(m):
            continue
        seen.add(key)
        evidenced = m.label in PLACE_LABELS or m.feature_hint or m.locative
        base = [(_base_score(c, m, ctx), c) for c in cs if c.match in ("exact", "translit")]
        if not base:
            continue
        top = max(b for b, _ in base)
        if not evidenced and top < MIN_SCORE_CONTEXT:
            continue  # a surname or a word that happens to be a village somewhere
        if m.label == "PERSON" and not _evidenced(m):
            continue  # "David said": a first name is no point to gather the others around
        close = [(b, c) for b, c in base if b >= top - COHERENCE_MARGIN and not c.capital]
        biggest = max((c.place.population for _, c in close), default=0)
        for b, c in close:
            p = c.place
            if p.feature not in ("city", "district", "admin2"):
                continue
            if p.population * DWARFED < biggest and _foreign(p, ctx):
                continue  # Geneva and Frankfort, Illinois, would only stand by each other
            weight = 1.0 - (top - b) / COHERENCE_MARGIN * (1.0 - COHERENCE_FLOOR)
            k = (m.name.casefold(), p.latitude, p.longitude)
            out[k] = max(out.get(k, 0.0), weight)
    return tuple((name, lat, lon, w) for (name, lat, lon), w in out.items())


#: A country with less than this share of the article's votes is foreign to it.
FOREIGN_SHARE = 0.5
#: A reading this many times smaller than a namesake anchors no other place when foreign.
DWARFED = 5


def _foreign(p: Place, ctx: Context) -> bool:
    """Return True when the place lies in a country the article is hardly about."""
    return p.country != ctx.country and ctx.country_share.get(p.country, 0.0) < FOREIGN_SHARE


def _evidenced(m: Mention) -> bool:
    """Return True when the text itself says the name is a place: spaCy's place label, a kind
    word, or a locative preposition before a name spaCy does not call a body or a person ("at
    the Royal Free" is a hospital)."""
    return (
        m.label in PLACE_LABELS
        or m.feature_hint is not None
        or (m.locative and m.label not in ("ORG", "PERSON"))
    )


def _acronym(m: Mention) -> bool:
    """Return True for an all-capitals short name: "WHO", "U.S.", "LNR"."""
    bare = m.name.replace(".", "").replace(" ", "")
    return bare.isupper() and len(bare) <= 5


def _corroborated(
    found: list[tuple[Mention, Candidate, float]],
    listed: list[bool],
    mentions: list[Mention],
    ctx: Context,
) -> list[tuple[Mention, Candidate, float]]:
    """Return the readings with evidence that the name is a place here, not a person or a body.

    spaCy's place labels, a kind word ("Donetsk region"), a locative preposition ("in X"), a
    list of places, or a country/state name are evidence; a name without any (a surname, an
    acronym) is kept only when the same place is named with evidence elsewhere in the article
    (one sense per discourse).
    """
    is_listed = {id(m): flag for m, flag in zip(mentions, listed, strict=True)}

    def strong(m: Mention, c: Candidate) -> bool:
        if _acronym(m):
            # Acronyms (WHO, CDC, EU) are places only as known abbreviations of big units.
            return c.match == "exact" and c.place.feature in ("country", "admin1")
        return (
            m.label in PLACE_LABELS
            or m.feature_hint is not None
            or (
                m.locative
                and (
                    m.label not in ("ORG", "PERSON")
                    or c.place.country in (ctx.country, None)
                    or ctx.country is None
                )
            )
            or is_listed[id(m)]
            or c.place.feature in ("country", "admin1", "region")
            or c.capital
            or (
                c.place.population >= STRONG_POPULATION
                and translit_key(c.place.name) == translit_key(m.name)
            )
            or _lone_event_place(m, c, ctx, len({c.place for _, c, _ in found}))
        )

    sure = {c.place for m, c, _ in found if strong(m, c)}
    return [(m, c, s) for m, c, s in found if strong(m, c) or c.place in sure]


def _lone_event_place(m: Mention, c: Candidate, ctx: Context, n_found: int) -> bool:
    """Return True for the one place name of a caption about a war event: "Ground view of
    Hostomel airfield destruction", where the model took the town for a person.

    The name must spell a town's own name exactly, in the article's country, with no title,
    first name or verb of speech around it, and be the only place the text names.
    """
    p = c.place
    return (
        n_found == 1
        and m.event
        and not m.person
        and not m.org
        and c.match == "exact"
        and p.feature == "city"
        and p.country == ctx.country
        and translit_key(p.name) == translit_key(m.name)
    )


def _plausible(m: Mention, c: Candidate, ctx: Context, is_listed: bool) -> bool:
    """Return whether a reading is corroborated enough for the way its name matched.

    A fuzzy match (skeleton or first word) must fall in the article's own country and near its
    other places or in a list with them; a name spaCy did not label as a place must be in the
    article's country, a country or region itself, or a large city.
    """
    p = c.place
    in_country = ctx.country is None or p.country == ctx.country
    if c.match in ("skeleton", "partial"):
        near = any(
            haversine_km(p.latitude, p.longitude, lat, lon) <= 150
            for name, lat, lon in ctx.points
            if name != m.name.casefold()
        )
        return in_country and (
            near or is_listed or m.feature_hint is not None or (m.locative and _one_slip(m, c))
        )
    if m.feature_hint or m.locative:
        return True
    if m.label in PLACE_LABELS:
        return in_country or p.feature != "city" or p.population >= 5_000
    return in_country or p.feature in ("country", "admin1", "region") or p.population >= 100_000


#: A town this big, named by its own name, is a place even without a label or preposition.
STRONG_POPULATION = 50_000

#: A fuzzy name this long or longer may be a one-letter slip of a place's name.
SLIP_MIN_LENGTH = 6


def _one_slip(m: Mention, c: Candidate) -> bool:
    """Return True when the mention's key is one typing slip (a letter added, dropped, changed
    or two swapped) from the matched name's, and nothing makes it a person's or a body's name:
    "in Popsana" for Popasna, "in Bordyanka" (not "McDonnell", "the Guardian")."""
    return (
        c.match == "skeleton"
        and c.edits <= 1
        and len(translit_key(m.name)) >= SLIP_MIN_LENGTH
        and (m.label in PLACE_LABELS or m.label == "PROPN")
        and not m.person
        and not m.org
    )


def _context(
    resolved: list[tuple[Mention, Candidate, float]], votes: Counter[str], named: frozenset[str]
) -> Context:
    top = votes.most_common(2)
    # A tie ("Nikopol": Ukraine's or Bulgaria's) says nothing about the article's country.
    country = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    admin1 = frozenset(
        c.place.name if c.place.feature == "admin1" else c.place.admin1
        for _, c, _ in resolved
        if c.place.feature in ("admin1", "city", "district") and not c.capital
    )
    points = tuple(
        dict.fromkeys(
            (m.name.casefold(), c.place.latitude, c.place.longitude)
            for m, c, _ in resolved
            if c.place.feature in ("city", "district") and not c.capital
        )
    )
    share = {c: v / top[0][1] for c, v in votes.items()} if top and top[0][1] > 0 else {}
    return Context(
        country=country,
        country_share=share,
        admin1=admin1,
        admin1_named=named,
        points=points,
    )
