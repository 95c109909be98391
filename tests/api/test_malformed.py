"""Fifty malformed requests to a real server: each gets a 4xx with a JSON message, none a 500,
and the server keeps answering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serving import live_server

from kronika.api import create_app
from kronika.api.app import MAX_BODY

BIG = b"x" * (MAX_BODY + 1)


def chunks() -> Iterator[bytes]:
    """A body with no Content-Length, over the limit."""
    for _ in range(MAX_BODY // 65536 + 2):
        yield b"y" * 65536


MALFORMED: list[tuple[str, str, dict]] = [
    # bad dates
    ("GET", "/api/events?since=yesterday", {}),
    ("GET", "/api/events?since=2024-13-01", {}),
    ("GET", "/api/events?until=2024-02-30", {}),
    ("GET", "/api/events?since=2024-05-01&until=2024-01-01", {}),
    ("GET", "/api/events?since=%00", {}),
    ("GET", "/api/events?until=99999-01-01", {}),
    # bad bounding boxes
    ("GET", "/api/events?bbox=1,2,3", {}),
    ("GET", "/api/events?bbox=a,b,c,d", {}),
    ("GET", "/api/events?bbox=0,95,10,100", {}),
    ("GET", "/api/events?bbox=-200,0,10,10", {}),
    ("GET", "/api/events?bbox=0,50,10,40", {}),
    ("GET", "/api/events?bbox=1,2,3,4,5", {}),
    ("GET", "/api/events?bbox=nan,nan,nan,nan", {}),
    # wrong types and values
    ("GET", "/api/events?limit=ten", {}),
    ("GET", "/api/events?limit=-1", {}),
    ("GET", "/api/events?limit=0", {}),
    ("GET", "/api/events?limit=1000000", {}),
    ("GET", "/api/events?offset=-5", {}),
    ("GET", "/api/events?offset=1e3", {}),
    ("GET", "/api/events?format=xml", {}),
    ("GET", "/api/events?format=", {}),
    ("GET", "/api/events?claim_status=maybe", {}),
    ("GET", "/api/events?q=" + "a" * 300, {}),
    ("GET", "/api/events?actor=" + "b" * 300, {}),
    ("GET", "/api/events?type=" + "c" * 300, {}),
    ("GET", "/api/events?q=" + "d" * 5000, {}),
    # path traversal and odd ids
    ("GET", "/api/events/%2e%2e%2f%2e%2e%2fetc%2fpasswd", {}),
    ("GET", "/api/events/..%2F..%2Fetc%2Fpasswd", {}),
    ("GET", "/api/articles/%2e%2e", {}),
    ("GET", "/api/articles/a..b", {}),
    ("GET", "/api/articles/%00", {}),
    ("GET", "/api/events/" + "F" * 300, {}),
    ("GET", "/api/events/id%20with%20spaces", {}),
    ("GET", "/api/articles/%3Cscript%3E", {}),
    ("GET", "/static/..%2f..%2fapi%2fapp.py", {}),
    ("GET", "/tiles/a/b/c.png", {}),
    ("GET", "/tiles/99/0/0.png", {}),
    ("GET", "/no/such/page", {}),
    # bodies: huge, not JSON, wrong shape, wrong types
    ("POST", "/api/extract", {"content": BIG, "headers": {"content-type": "application/json"}}),
    (
        "POST",
        "/api/extract",
        {"content": chunks(), "headers": {"content-type": "application/json"}},
    ),
    (
        "POST",
        "/api/extract",
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
    ),
    ("POST", "/api/extract", {"json": {"text": 42}}),
    ("POST", "/api/extract", {"json": {"text": ""}}),
    ("POST", "/api/extract", {"json": {"text": "x", "published": "last week"}}),
    ("POST", "/api/extract", {"json": ["text"]}),
    ("POST", "/api/extract", {"json": {"text": "x" * 200_001}}),
    ("POST", "/api/articles", {"json": [{"id": "a", "text": "b"}]}),
    ("DELETE", "/api/events", {}),
    ("PUT", "/api/events/F00000000000a", {"json": {}}),
    ("POST", "/api/events", {"json": {}}),
]


@pytest.fixture(scope="module")
def base_url(sample_db: Path) -> Iterator[str]:
    with live_server(create_app(sample_db)) as url:
        yield url


def test_there_are_fifty() -> None:
    assert len(MALFORMED) == 50


@pytest.mark.parametrize(("method", "path", "kwargs"), MALFORMED, ids=lambda v: str(v)[:60])
def test_malformed_request_gets_a_4xx_with_a_message(
    base_url: str, method: str, path: str, kwargs: dict
) -> None:
    with httpx.Client(base_url=base_url, timeout=30) as c:
        r = c.request(method, path, **kwargs)
        assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
        assert r.headers["content-type"].startswith("application/json")
        assert r.json()["error"]
        assert c.get("/api/health").json() == {"status": "ok"}
