import csv
import datetime as dt
import io
import json

import pytest

from kronika import acled
from kronika.errors import KronikaError
from kronika.export import ACLED_COLUMNS, export, write_csv, write_geojson, write_json
from kronika.store import open_db
from kronika.types import Article, Document, Event, Location, Span, Toponym

TEXT = (
    "Russian missiles struck Kharkiv on Wednesday night, killing seven people, officials said.\n"
    "Moscow denied striking civilians.\n"
    "Earlier, Ukrainian forces recaptured Izium in September.\n"
    "Shelling was reported somewhere in the east."
)
KHARKIV = Location("Saltivskyi district, Kharkiv", 49.99897, 36.31605, 13680598, "UA", "Kharkiv", 1)
IZIUM = Location("Izium", 49.21033, 37.25867, 707688, "UA", "Kharkiv", 1)


def span(quote: str) -> Span:
    start = TEXT.index(quote)
    return Span(start, start + len(quote), quote)


def make_document(source: str | None = "Example News") -> Document:
    """An article with a contested strike, a background battle, and an unlocated shelling."""
    article = Article(
        id="kh-001",
        text=TEXT,
        published=dt.date(2022, 8, 18),
        title="Missile strike on Kharkiv",
        url="https://example.org/kh-001",
        source=source,
    )
    events = [
        Event(
            id="kh-001-e1",
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            location=KHARKIV,
            event_date="2022-08-17",
            time_precision=1,
            actor1="Military Forces of Russia (2000-)",
            actor2="Civilians (Ukraine)",
            civilian_targeting=True,
            fatalities=7,
            injuries=16,
            weapons=["missile"],
            attribution=["officials"],
            claim_status="contested",
            evidence=[
                span("Russian missiles struck Kharkiv on Wednesday night"),
                span("Moscow denied striking civilians."),
            ],
        ),
        Event(
            id="kh-001-e2",
            event_type="Battles",
            sub_event_type="Government regains territory",
            location=IZIUM,
            event_date="2022-09",
            time_precision=3,
            actor1="Military Forces of Ukraine (2019-)",
            current=False,
            evidence=[span("Ukrainian forces recaptured Izium")],
        ),
        Event(
            id="kh-001-e3",
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            evidence=[span("Shelling was reported somewhere in the east.")],
        ),
    ]
    kharkiv = span("Kharkiv")
    toponyms = [Toponym(kharkiv.start, kharkiv.end, "Kharkiv", name="Kharkiv", country="UA")]
    return Document(article, TEXT, [], toponyms, events)


def read_csv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def test_csv_has_acleds_31_columns_in_order():
    out = io.StringIO()
    write_csv([make_document()], out, timestamp=1660780800)
    header, _ = read_csv(out.getvalue())
    assert len(ACLED_COLUMNS) == 31
    assert header == list(ACLED_COLUMNS)
    assert header[:5] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type"]
    assert header[-3:] == ["fatalities", "tags", "timestamp"]


def test_csv_writes_one_row_per_event_background_and_unlocated_too():
    out = io.StringIO()
    n = write_csv([make_document(), make_document()], out, timestamp=1)
    _, rows = read_csv(out.getvalue())
    assert n == len(rows) == 6
    assert [r["event_id_cnty"] for r in rows] == ["UKR1", "UKR2", "XXX1", "UKR3", "UKR4", "XXX2"]


def test_csv_fills_acled_fields_of_a_located_event():
    out = io.StringIO()
    write_csv([make_document()], out, timestamp=1660780800)
    _, rows = read_csv(out.getvalue())
    strike = rows[0]
    assert strike == strike | {
        "event_date": "2022-08-17",
        "year": "2022",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Military Forces of Russia (2000-)",
        "inter1": "External/Other forces",
        "actor2": "Civilians (Ukraine)",
        "inter2": "Civilians",
        "interaction": "External/Other forces-Civilians",
        "civilian_targeting": "Civilian targeting",
        "iso": "804",
        "region": "Europe",
        "country": "Ukraine",
        "admin1": "Kharkiv",
        "admin2": "",
        "location": "Saltivskyi district, Kharkiv",
        "latitude": "49.99897",
        "longitude": "36.31605",
        "geo_precision": "1",
        "source": "Example News",
        "notes": "Russian missiles struck Kharkiv on Wednesday night Moscow denied striking civilians.",
        "fatalities": "7",
        "tags": "contested",
        "timestamp": "1660780800",
    }


def test_csv_tags_background_events_and_counts_unknown_fatalities_as_zero():
    out = io.StringIO()
    write_csv([make_document(source=None)], out, timestamp=1)
    _, rows = read_csv(out.getvalue())
    battle, unlocated = rows[1], rows[2]
    assert battle["tags"] == "background"
    assert battle["fatalities"] == "0"
    assert battle["event_date"] == "2022-09" and battle["year"] == "2022"
    assert battle["inter1"] == "State forces" and battle["interaction"] == "State forces only"
    assert battle["civilian_targeting"] == ""
    assert battle["source"] == "https://example.org/kh-001"  # no outlet name: the URL
    assert unlocated["country"] == unlocated["latitude"] == unlocated["iso"] == ""


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Looting/property destruction", "Strategic developments"),
        ("Not an ACLED type", "", None),
    ],
)
def test_disorder_type_follows_event_and_sub_event_type(event_type, sub_event_type, expected):
    assert acled.disorder_type(event_type, sub_event_type) == expected


@pytest.mark.parametrize(
    ("actor", "country", "expected"),
    [
        ("Military Forces of Russia (2000-)", "UA", "External/Other forces"),
        ("Military Forces of Russia (2000-)", "RU", "State forces"),
        ("Military Forces of Ukraine (2019-)", "UA", "State forces"),
        ("Police Forces of Ukraine (2019-)", None, "State forces"),
        ("Civilians (Ukraine)", "UA", "Civilians"),
        ("Protesters (Russia)", "RU", "Protesters"),
        ("Unidentified Armed Group (Ukraine)", "UA", "Political militia"),
        ("Wagner Group", "UA", "External/Other forces"),
        ("Someone we have no rule for", "UA", None),
        (None, "UA", None),
    ],
)
def test_actor_type_depends_on_actor_and_event_country(actor, country, expected):
    assert acled.actor_type(actor, country) == expected


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [
        ("Civilians", "State forces", "State forces-Civilians"),
        ("External/Other forces", "State forces", "State forces-External/Other forces"),
        ("Civilians", "External/Other forces", "External/Other forces-Civilians"),
        (None, "Rioters", "Rioters only"),
        (None, None, None),
    ],
)
def test_interaction_orders_actor_types_as_acled_does(inter1, inter2, expected):
    assert acled.interaction(inter1, inter2) == expected


def test_country_info_gives_acled_name_iso_number_and_region():
    assert acled.country_info("RU") == acled.CountryInfo("RU", "RUS", 643, "Russia", "Europe")
    assert acled.country_info("ua").region == "Europe"
    assert acled.country_info("GE").region == "Caucasus and Central Asia"
    assert acled.country_info(None) == acled.CountryInfo(None)


def test_geojson_is_a_feature_collection_of_located_events():
    out = io.StringIO()
    n = write_geojson([make_document()], out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert n == len(collection["features"]) == 2
    assert collection["events_without_location"] == 1
    assert [f["id"] for f in collection["features"]] == ["kh-001-e1", "kh-001-e2"]


def test_geojson_coordinates_are_longitude_then_latitude():
    out = io.StringIO()
    write_geojson([make_document()], out)
    feature = json.loads(out.getvalue())["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.31605, 49.99897]}


def test_geojson_properties_are_flat_event_fields_with_the_article():
    out = io.StringIO()
    write_geojson([make_document()], out)
    props = json.loads(out.getvalue())["features"][0]["properties"]
    assert props["event_type"] == "Explosions/Remote violence"
    assert props["location_name"] == "Saltivskyi district, Kharkiv"
    assert props["geonameid"] == 13680598
    assert props["fatalities"] == 7
    assert props["evidence"][0] == "Russian missiles struck Kharkiv on Wednesday night"
    assert props["article_id"] == "kh-001"
    assert props["article_url"] == "https://example.org/kh-001"
    assert props["article_title"] == "Missile strike on Kharkiv"
    assert not any(isinstance(v, dict) for v in props.values())


def test_geojson_of_no_documents_is_an_empty_collection():
    out = io.StringIO()
    assert write_geojson([], out) == 0
    assert json.loads(out.getvalue())["features"] == []


def test_json_lines_parse_back_to_each_documents_to_dict():
    docs = [make_document(), make_document(source=None)]
    out = io.StringIO()
    assert write_json(docs, out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [d.to_dict() for d in docs]


@pytest.mark.parametrize(("fmt", "records"), [("json", 1), ("csv", 3), ("geojson", 2), ("CSV", 3)])
def test_export_dispatches_by_format_name(fmt, records):
    assert export([make_document()], fmt, io.StringIO()) == records


def test_unknown_format_raises_kronika_error_listing_the_formats():
    with pytest.raises(KronikaError, match="json, csv, geojson"):
        export([make_document()], "xlsx", io.StringIO())


def test_csv_from_the_store_equals_csv_from_the_pipeline(tmp_path):
    doc = make_document()
    with open_db(tmp_path / "kronika.duckdb") as db:
        db.write([doc])
        from_store = io.StringIO()
        write_csv(db.documents(), from_store, timestamp=1)
    direct = io.StringIO()
    write_csv([doc], direct, timestamp=1)
    assert from_store.getvalue() == direct.getvalue()
