"""The HTTP API on the sample store: filters, formats, one event, articles, stats, security."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient
from serving import XSS_TEXT

from kronika import query
from kronika.api import create_app, formats
from kronika.api.db import open_read_only
from kronika.errors import InputError


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["events"]]


def test_events_come_ordered_by_date_with_the_total(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 6 and body["returned"] == 6
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "Protests"}, ["F00000000000e"]),
        ({"type": "battles"}, ["F00000000000d"]),
        ({"claim_status": "contested"}, ["F00000000000b"]),
        ({"since": "2024-08-01"}, ["F00000000000b", "F00000000000c"]),
        ({"until": "2022-12-31"}, ["F00000000000d"]),
        ({"actor": "forces of ukraine"}, ["F00000000000d"]),
        ({"bbox": "36,49,37,51"}, ["F00000000000a"]),
        ({"q": "block of flats"}, ["F00000000000a"]),
        ({"sub_type": "Air/drone strike"}, ["F00000000000b"]),
    ],
)
def test_each_filter_selects_its_events(client: TestClient, params: dict, expected: list) -> None:
    assert ids(client.get("/api/events", params=params)) == expected


def test_pages_follow_each_other_and_keep_the_total(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 4}).json()
    second = client.get("/api/events", params={"limit": 4, "offset": 4}).json()
    assert first["total"] == second["total"] == 6
    assert len(first["events"]) == 4 and len(second["events"]) == 2
    everything = ids(client.get("/api/events"))
    assert [e["id"] for e in first["events"] + second["events"]] == everything


def test_geojson_has_lon_lat_points_and_counts_unplaced_events(client: TestClient) -> None:
    r = client.get("/api/events", params={"format": "geojson"})
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection"
    assert fc["events_without_location"] == 1 and len(fc["features"]) == 5
    kharkiv = next(f for f in fc["features"] if f["id"] == "F00000000000a")
    assert kharkiv["geometry"]["coordinates"] == [36.25272, 49.98081]
    assert kharkiv["properties"]["sources"] == 2


@pytest.mark.parametrize(
    "params",
    [{}, {"format": "geojson"}, {"format": "geojson", "limit": 2, "offset": 3}, {"limit": 1},
     {"offset": 50}, {"format": "geojson", "offset": 50}, {"q": "Nikopol", "format": "geojson"}],
)  # fmt: skip
def test_json_pages_are_the_bytes_python_writes_for_the_rows(
    client: TestClient, params: dict
) -> None:
    r = client.get("/api/events", params=params)
    store = client.app.state.store
    filters = {k: v for k, v in params.items() if k not in ("format", "limit", "offset")}
    limit, offset = params.get("limit", 1000), params.get("offset", 0)
    rows = query.fused_events(store, **filters, limit=limit, offset=offset)
    total = query.count_fused_events(store, **filters)
    format = params.get("format", "json")
    assert r.content == formats.events_body(rows, format, total=total, limit=limit, offset=offset)


def test_csv_has_a_header_and_a_row_per_event(client: TestClient) -> None:
    r = client.get("/api/events", params={"format": "csv", "type": "Battles"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == ["F00000000000d"]
    assert rows[0]["location_name"] == "Lyman"


def test_one_event_comes_with_reports_articles_and_evidence(client: TestClient) -> None:
    event = client.get("/api/events/F00000000000a").json()
    assert event["sources"] == 2
    assert [r["article"]["source"] for r in event["reports"]] == ["Example News", "Example Wire"]
    report = event["reports"][0]
    text = report["evidence"][0]["text"]
    trigger = report["field_evidence"]["trigger"]
    start = report["evidence"][0]["start"]
    assert text[trigger["start"] - start : trigger["end"] - start] == "struck"


def test_an_unknown_event_is_404_with_a_message(client: TestClient) -> None:
    r = client.get("/api/events/F999999999999")
    assert r.status_code == 404 and "F999999999999" in r.json()["error"]


def test_article_spans_point_at_their_words(client: TestClient) -> None:
    article = client.get("/api/articles/2024-05-02_kharkiv-missile").json()
    text = article["text"]
    kinds = {s["kind"]: text[s["start"] : s["end"]] for s in article["spans"]}
    assert kinds["toponym"] == "Kharkiv"
    assert kinds["trigger"] == "struck"
    assert kinds["figure"] in ("killing two people", "injuring 14")
    assert any(
        s["kind"] == "evidence" and s["fused_id"] == "F00000000000a" for s in article["spans"]
    )


def test_the_hostile_article_comes_back_as_plain_json_text(client: TestClient) -> None:
    r = client.get("/api/articles/2024-09-03_nikopol-xss")
    assert r.headers["content-type"] == "application/json"
    assert r.json()["text"] == XSS_TEXT


def test_stats_count_events_by_type_and_day(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["events"] == 6 and stats["reports"] == 6 and stats["articles"] == 6
    assert stats["by_type"]["Explosions/Remote violence"] == 3
    assert stats["by_day"]["2024-05-01"] == 1


@pytest.mark.parametrize("path", ["/", "/api/events", "/api/events/nope-id", "/static/app.js"])
def test_every_response_carries_the_csp(client: TestClient, path: str) -> None:
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_the_page_and_its_assets_are_served_offline(client: TestClient) -> None:
    page = client.get("/").text
    for asset in ("/static/leaflet/leaflet.js", "/static/leaflet/leaflet.css", "/static/app.js"):
        assert asset in page
        assert client.get(asset).status_code == 200
    assert "<script>" not in page.replace("<script src", "")  # no inline script for the CSP


def test_offline_tiles_are_pngs_from_the_package(client: TestClient) -> None:
    r = client.get("/tiles/0/0/0.png")
    assert r.status_code == 200 and r.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get("/tiles/7/0/0.png").status_code == 404
    assert "OpenStreetMap" in client.get("/config.json").json()["attribution"]


def test_a_tile_url_replaces_the_offline_tiles_and_enters_the_csp(sample_db: Path) -> None:
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(sample_db, tiles=url)) as c:
        assert c.get("/config.json").json()["tiles"] == url
        assert "https://tiles.example.org" in c.get("/").headers["content-security-policy"]


def test_docs_and_openapi_are_served_without_a_cdn(client: TestClient) -> None:
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/stats"} <= set(paths)


def test_the_store_is_served_read_only(client: TestClient) -> None:
    con = client.app.state.store.connection
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("CREATE TABLE intruder (i INTEGER)")


def test_read_only_open_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no database"):
        open_read_only(tmp_path / "none.duckdb")
    assert not (tmp_path / "none.duckdb").exists()


def test_ingest_is_forbidden_unless_allowed(client: TestClient) -> None:
    r = client.post("/api/articles", json=[{"id": "a1", "text": "Shelling hit Kherson."}])
    assert r.status_code == 403 and "--allow-ingest" in r.json()["error"]


def test_ingest_needs_a_token(sample_db: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="token"):
        create_app(sample_db, allow_ingest=True)
    db = tmp_path / "ingest.duckdb"
    db.write_bytes(sample_db.read_bytes())
    with TestClient(create_app(db, allow_ingest=True, token="s3cret")) as c:
        body = [{"id": "a1", "text": "Shelling hit Kherson."}]
        assert c.post("/api/articles", json=body).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert c.post("/api/articles", json=body, headers=wrong).status_code == 401


@pytest.mark.slow
def test_ingest_with_the_token_stores_the_article(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "ingest.duckdb"
    db.write_bytes(sample_db.read_bytes())
    text = "Russian shelling killed two people in Kherson on Monday, officials said."
    with TestClient(create_app(db, allow_ingest=True, token="s3cret")) as c:
        r = c.post(
            "/api/articles",
            json=[{"id": "kherson-1", "text": text, "published": "2024-06-04"}],
            headers={"Authorization": "Bearer s3cret"},
        )
        assert r.status_code == 201, r.text
        assert r.json()["articles"] == 1 and r.json()["fused_events_written"] >= 1
        assert c.get("/api/articles/kherson-1").json()["text"] == text
        # its report is fused: the map shows it at once
        shown = c.get("/api/events", params={"q": "killed two people in Kherson"}).json()
        assert any("Kherson" in (e["location_name"] or "") for e in shown["events"])
        # the same article again changes nothing; a copy under another id is a duplicate
        again = c.post(
            "/api/articles",
            json=[{"id": "kherson-1", "text": text, "published": "2024-06-04"},
                  {"id": "kherson-copy", "text": text, "published": "2024-06-05"}],
            headers={"Authorization": "Bearer s3cret"},
        ).json()  # fmt: skip
        assert again["articles"] == 0 and again["unchanged"] == 1
        assert again["duplicates"] == [
            {"id": "kherson-copy", "of": "kherson-1", "why": "near-identical text"}
        ]


@pytest.mark.slow
def test_extract_returns_events_and_stores_nothing(client: TestClient) -> None:
    text = "A Russian missile struck a residential building in Kharkiv on Wednesday, killing two."
    r = client.post("/api/extract", json={"text": text, "published": "2024-05-02"})
    assert r.status_code == 200, r.text
    events = r.json()["events"]
    assert events and events[0]["event_type"] == "Explosions/Remote violence"
    assert client.get("/api/stats").json()["articles"] == 6
