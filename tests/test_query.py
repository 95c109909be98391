"""kronika.query and `kronika events` over a store of hand-made reports (no spaCy)."""

import csv
import datetime as dt
import io
import json

import duckdb
import pytest
from typer.testing import CliRunner

from kronika import query
from kronika.cli import app
from kronika.errors import InputError
from kronika.store import open_db
from kronika.types import Article, Document, Event, Location, Span

KHARKIV = Location("Kharkiv", 49.98081, 36.25272, 706483, "UA", "Kharkiv Oblast", 1)
ODESA = Location("Odesa", 46.47747, 30.73262, 698740, "UA", "Odesa Oblast", 1)


def _doc(aid: str, published: str, source: str, events: list[tuple]) -> Document:
    text = " ".join(sentence for *_, sentence in events)
    article = Article(aid, text, dt.date.fromisoformat(published), f"Title {aid}",
                      f"https://{source.lower().replace(' ', '')}.example/{aid}", source)  # fmt: skip
    out = []
    for i, (sub_type, place, date, killed, claim, sentence) in enumerate(events, 1):
        start = text.index(sentence)
        out.append(
            Event(
                id=f"{aid}-e{i}",
                event_type="Explosions/Remote violence",
                sub_event_type=sub_type,
                location=place,
                event_date=date,
                time_precision=1,
                actor1="Military Forces of Russia",
                actor2="Civilians (Ukraine)",
                civilian_targeting=True,
                fatalities=killed,
                claim_status=claim,
                attribution=[source],
                evidence=[Span(start, start + len(sentence), sentence)],
            )
        )
    return Document(article, text, [], [], out)


MISSILE = "Shelling/artillery/missile attack"
DRONE = "Air/drone strike"
DOCS = [
    _doc("wire-1", "2023-05-15", "Wire", [
        (MISSILE, KHARKIV, "2023-05-14", 7, "reported", "Missiles hit Kharkiv, killing seven."),
        (DRONE, ODESA, "2023-05-14", None, "reported", "Drones struck the port of Odesa."),
    ]),
    _doc("local-1", "2023-05-16", "Kharkiv Today", [
        (MISSILE, KHARKIV, "2023-05-14", 11, "reported", "The toll in Kharkiv rose to 11."),
    ]),
    _doc("mod-1", "2023-05-16", "Ministry", [
        (MISSILE, KHARKIV, "2023-05-14", 0, "contested", "Moscow denied striking Kharkiv homes."),
        (MISSILE, KHARKIV, "2023-05-20", 2, "reported", "Kharkiv was shelled again, two died."),
    ]),
]  # fmt: skip


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "k.duckdb"
    with open_db(path) as store:
        store.write(DOCS)
        stats = store.fuse()
    assert stats.pending == 5
    return path


def test_reports_of_one_strike_are_one_fused_event_with_every_source(db):
    rows = sorted(query.fused_events(db), key=lambda r: (r["event_date"], r["location_name"]))
    assert [(r["event_date"], r["location_name"], r["sources"]) for r in rows] == [
        ("2023-05-14", "Kharkiv", 3),
        ("2023-05-14", "Odesa", 1),
        ("2023-05-20", "Kharkiv", 1),
    ]
    strike = rows[0]
    assert strike["report_ids"] == ["wire-1-e1", "local-1-e1", "mod-1-e1"]
    assert strike["source_names"] == ["Kharkiv Today", "Ministry", "Wire"]
    # the latest undisputed figure is the best; the denial's 0 is only the low end
    assert (strike["fatalities"], strike["fatalities_low"], strike["fatalities_high"]) == (
        11,
        0,
        11,
    )
    assert strike["claim_status"] == "contested"


def test_filters_select_by_date_type_place_claim_and_text(db):
    def ids(**filters):
        return [(r["event_date"], r["location_name"]) for r in query.fused_events(db, **filters)]

    assert ids(since="2023-05-15") == [("2023-05-20", "Kharkiv")]
    assert ids(until="2023-05-14", sub_type=DRONE) == [("2023-05-14", "Odesa")]
    assert ids(bbox="30,46,31,47") == [("2023-05-14", "Odesa")]
    assert ids(claim_status="contested") == [("2023-05-14", "Kharkiv")]
    assert ids(q="shelled again") == [("2023-05-20", "Kharkiv")]
    assert ids(type="battles") == []
    assert ids(actor="russia", limit=1, offset=1) == [("2023-05-14", "Odesa")]
    assert query.count_fused_events(db, since="2023-05-14", limit=1) == 3


@pytest.mark.parametrize(
    "filters",
    [dict(since="yesterday"), dict(bbox="1,2,3"), dict(bbox="0,50,1,40"),
     dict(since="2023-06-01", until="2023-05-01"), dict(claim_status="maybe"), dict(limit=-1)],
)  # fmt: skip
def test_bad_filters_are_input_errors(db, filters):
    with pytest.raises(InputError):
        query.fused_events(db, **filters)


def _python_json(rows, geojson):
    if geojson:
        rows = [f for f in map(query.fused_feature, rows) if f is not None]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("geojson", [False, True])
@pytest.mark.parametrize(
    "filters",
    [{}, dict(limit=2), dict(limit=2, offset=2), dict(offset=9), dict(limit=0),
     dict(since="2023-05-15"), dict(claim_status="contested"), dict(bbox="0,0,1,1")],
)  # fmt: skip
def test_json_page_written_by_duckdb_is_pythons_json_of_the_rows(db, filters, geojson):
    rows = query.fused_events(db, **filters)
    page = query.fused_events_json(db, geojson=geojson, **filters)
    assert page.items == _python_json(rows, geojson).encode("utf-8")
    assert page.returned == len(rows) and page.without_location == 0
    assert page.total == query.count_fused_events(db, **filters)


@pytest.mark.parametrize(
    "change",
    [
        "longitude = 0.00005, latitude = -1e-7",  # Python writes 5e-05 and -1e-07
        "latitude = NULL",  # unplaced: counted, not a Feature
        "location_name = 'tab\t unit\x1f \u2028 \"quoted\" back\\\\slash \u00fc </script>'",
        "location_name = chr(31) || chr(11) || chr(127), actor2 = 'Forces \\u001F'",
        "tags = [], actor1 = NULL, first_published = DATE '0999-01-02'",
    ],
)
@pytest.mark.parametrize("geojson", [False, True])
def test_json_page_is_pythons_json_for_values_duckdb_writes_otherwise(db, change, geojson):
    con = duckdb.connect(str(db))
    first = con.execute("SELECT min(id) FROM fused_events").fetchone()[0]
    con.execute(f"UPDATE fused_events SET {change} WHERE id = ?", [first])
    con.close()
    rows = query.fused_events(db)
    page = query.fused_events_json(db, geojson=geojson)
    assert page.items == _python_json(rows, geojson).encode("utf-8")
    assert page.without_location == sum(r["latitude"] is None for r in rows)


def test_one_fused_event_comes_with_its_reports_side_by_side(db):
    (strike,) = query.fused_events(db, sub_type=MISSILE, until="2023-05-14")
    event = query.fused_event(db, strike["id"])
    assert [r["article"]["source"] for r in event["reports"]] == [
        "Wire",
        "Kharkiv Today",
        "Ministry",
    ]
    assert event["reports"][1]["evidence"][0]["text"] == "The toll in Kharkiv rose to 11."
    assert query.fused_event(db, "F000000000000") is None


def test_stats_count_fused_events_by_type_and_day(db):
    stats = query.stats(db)
    assert stats["by_type"] == {"Explosions/Remote violence": 3}
    assert stats["by_day"] == {"2023-05-14": 2, "2023-05-20": 1}
    assert (stats["events"], stats["reports"], stats["articles"]) == (3, 5, 3)


def test_acled_csv_has_one_row_per_fused_event_with_notes_and_outlets(db):
    out = io.StringIO()
    assert query.write_events(db, "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["source"] == "Kharkiv Today; Ministry; Wire"
    assert rows[0]["notes"].startswith("Missiles hit Kharkiv, killing seven.")
    assert rows[0]["fatalities"] == "11" and rows[0]["source_scale"] == ""
    assert "3 reports" in rows[0]["tags"]


def test_events_command_writes_json_geojson_and_parquet(db, tmp_path):
    runner = CliRunner()
    result = runner.invoke(
        app, ["events", "--db", str(db), "--format", "json", "--since", "2023-05-20"]
    )
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert row["event_date"] == "2023-05-20"
    out = tmp_path / "e.geojson"
    assert (
        runner.invoke(
            app, ["events", "--db", str(db), "--format", "geojson", "-o", str(out)]
        ).exit_code
        == 0
    )
    assert len(json.loads(out.read_text())["features"]) == 3
    parquet = tmp_path / "e.parquet"
    assert (
        runner.invoke(
            app, ["events", "--db", str(db), "--format", "parquet", "-o", str(parquet)]
        ).exit_code
        == 0
    )
    assert duckdb.sql(f"SELECT count(*) FROM '{parquet}'").fetchall() == [(3,)]
    explain = runner.invoke(
        app, ["events", "--db", str(db), "--explain", query.fused_events(db)[0]["id"]]
    )
    assert explain.exit_code == 0 and "rose to 11" in explain.stdout
    bad = runner.invoke(app, ["events", "--db", str(db), "--bbox", "nonsense"])
    assert bad.exit_code == 2 and "bbox" in bad.output


def test_replacing_an_article_undoes_its_fused_events_and_fusion_redoes_them(db):
    with open_db(db) as store:
        store.write([_doc("local-1", "2023-05-16", "Kharkiv Today", [])])  # now without events
        assert (
            store.connection.execute(
                "SELECT count(*) FROM events WHERE fused_id IS NULL"
            ).fetchone()[0]
            == 2
        )  # the Kharkiv strike's other reports wait to be fused again
        store.fuse()
    (strike,) = query.fused_events(db, until="2023-05-14", sub_type=MISSILE)
    assert strike["report_ids"] == ["wire-1-e1", "mod-1-e1"] and strike["fatalities"] == 7
