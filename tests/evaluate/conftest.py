"""Fixtures of the evaluate tests: a small article, gold documents built from dicts, the seeds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kronika.evaluate import GoldDoc, load_gold
from kronika.evaluate.gold import parse_gold
from kronika.types import GOLD_FORMAT

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "eval" / "seeds"
GEOPARSING = SHARED / "data" / "geoparsing"

#: A made-up article; offsets in the tests index it.
TEXT = (
    "A Russian missile hit Kharkiv on Wednesday, killing seven people, officials said.\n"
    "More than 1,000 civilians had been killed in the region since February.\n"
    "The Kremlin denied it. Kharkiv Regional Council said schools were closed.\n"
    "Back to top button\n"
)

#: Labels of the headline figures `Report.format_text()` ends with (its last 14 lines).
HEADLINE = [
    "events precision",
    "events recall",
    "events F1",
    "toponyms precision",
    "toponyms recall",
    "toponyms acc@161km",
    "toponyms acc@10km",
    "boilerplate removed",
    "boilerplate false removals",
]

KHARKIV = {"name": "Kharkiv", "geonameid": 706483, "latitude": 49.98177, "longitude": 36.25475}


def span(text: str, occurrence: int = 0, within: str = TEXT) -> tuple[int, int]:
    """Return the offsets of the n-th occurrence of `text` in `within`."""
    start = -1
    for _ in range(occurrence + 1):
        start = within.index(text, start + 1)
    return start, start + len(text)


KM_PER_DEGREE_LAT = 111.195  # on the 6371.0088 km sphere


def north_of_kharkiv(km: float) -> dict[str, Any]:
    """Return a location `km` due north of Kharkiv, with no geonameid."""
    lat = KHARKIV["latitude"] + km / KM_PER_DEGREE_LAT
    return {"name": f"{km} km north", "geonameid": None, "latitude": lat, "longitude": 36.25475}


def gold_event(**fields: Any) -> dict[str, Any]:
    return {
        "id": "g1",
        "required": True,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "location": KHARKIV,
        "event_date": "2022-08-17",
        "evidence": ["A Russian missile hit Kharkiv on Wednesday"],
    } | fields


def pred_event(**fields: Any) -> dict[str, Any]:
    return {
        "id": "p1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "location": KHARKIV,
        "event_date": "2022-08-17",
        "evidence": ["A Russian missile hit Kharkiv on Wednesday"],
        "evidence_offsets": [list(span("A Russian missile hit Kharkiv on Wednesday"))],
    } | fields


@pytest.fixture
def make_gold() -> Callable[..., GoldDoc]:
    """Return a function building a checked GoldDoc of TEXT from gold parts given as keywords."""

    def make(article_id: str = "a1", text: str = TEXT, **parts: Any) -> GoldDoc:
        data = {
            "format": GOLD_FORMAT,
            "article": {"id": article_id, "published": "2022-08-18"},
            **parts,
        }
        return parse_gold(data, text, source=f"{article_id}.gold.json")

    return make


@pytest.fixture(scope="session")
def seed_gold() -> list[GoldDoc]:
    """Return the gold of the four seed articles (skips when ../shared is missing)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/eval/seeds is missing")
    return load_gold([SEEDS])
