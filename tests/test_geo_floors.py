"""The geoparsing gate: the places set, LGL and GeoVirus score at least the floors pinned in
geo_baseline.json (figures over recognised toponyms, and end to end where pinned).

Raising a floor is a commit; lowering one needs a reason in it. Skipped without ../shared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kronika.evaluate import evaluate, load_gold
from kronika.pipeline import Options, run

SHARED = Path(__file__).resolve().parents[2] / "shared"
BASELINE = json.loads((Path(__file__).parent / "geo_baseline.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BASELINE))
def test_geoparsing_set_meets_its_floors(name: str) -> None:
    floors = dict(BASELINE[name])
    path = SHARED / floors.pop("path")
    if not path.exists():
        pytest.skip(f"{path} is not here")
    golds = load_gold([path])
    docs = run([g.article for g in golds], Options(disable=("events",)))
    toponyms = evaluate(golds, {d.article.id: d for d in docs}).to_dict()["toponyms"]
    for figure, floor in floors.items():
        value = toponyms[figure]["value"]
        assert value >= floor, f"{name}: {figure} = {value:.3f}, below its floor {floor}"
