"""A sample store (tests/serving.py) and a TestClient on the app serving it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serving import write_sample_store

from kronika.api import create_app


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the path of the sample store (written once per test session)."""
    return write_sample_store(tmp_path_factory.mktemp("api") / "sample.duckdb")


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    """Return a client of the read-only app on the sample store."""
    with TestClient(create_app(sample_db), raise_server_exceptions=False) as c:
        yield c
