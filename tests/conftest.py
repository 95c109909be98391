"""Fixtures shared by every test folder: the gazetteer, the spaCy model and the seed paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.geo import Gazetteer, load_gazetteer
from kronika.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "eval" / "seeds"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """Return the compiled gazetteer (built into the user cache on first use)."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    """Return the shared spaCy pipeline."""
    return load_nlp()


@pytest.fixture(scope="session")
def seeds() -> Path:
    """Return the folder of the seed gold files (skips when ../shared is missing)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/eval/seeds is missing")
    return SEEDS
