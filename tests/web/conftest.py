"""A live server on the sample store and a page of Debian's Chromium, driven by Playwright.

Without a browser these tests skip, saying why; with KRONIKA_REQUIRE_BROWSER=1 (set by .ci/run)
a missing browser fails them instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from browser import find_chromium, launch, open_map  # noqa: E402
from serving import live_server, replicate, write_sample_store  # noqa: E402

from kronika.api import create_app  # noqa: E402


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path, why = find_chromium()
    if path is None:
        if os.environ.get("KRONIKA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KRONIKA_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(f"browser tests need Chromium: {why}")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p, chromium_path)
        yield b
        b.close()


@pytest.fixture(scope="session")
def sample_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = write_sample_store(tmp_path_factory.mktemp("web") / "sample.duckdb")
    with live_server(create_app(db)) as url:
        yield url


@pytest.fixture(scope="session")
def large_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on the sample store grown to 10,002 fused events."""
    db = write_sample_store(tmp_path_factory.mktemp("web10k") / "large.duckdb")
    replicate(db, 10_000)
    with live_server(create_app(db)) as url:
        yield url


@pytest.fixture
def page(browser, sample_url: str) -> Iterator:
    errors: list[str] = []
    p = open_map(browser, sample_url, errors)
    yield p
    p.close()
    assert not errors, errors
