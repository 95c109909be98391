"""A places CSV (geolocated events) read as one-toponym gold, and scored within 25 km."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.errors import GoldFormatError
from kronika.evaluate import PlacesSelection, evaluate, load_gold, load_places_csv
from kronika.evaluate.places import (
    DUPLICATE,
    NO_POINT,
    NO_TOWN,
    TOWN_NOT_IN_TEXT,
    row_text,
)

from .conftest import KM_PER_DEGREE_LAT, SHARED

PLACES = SHARED / "data" / "places" / "cir_eyesonrussia_events.csv"

HEADER = (
    "entry,date,event_group,title,brief description,lat,lon,country,province,district,"
    "town/city,arms/munition,violence level,link,geolocation\n"
)
SAMPLE = HEADER + (
    # 1: title = date stamp + description; the town occurs twice, the first one is gold
    "UW1,2022-03-02,G,02/03/2022 Strike on Kharkiv centre near Kharkiv station,"
    "Strike on Kharkiv centre near Kharkiv station,49.99,36.23,Ukraine,Kharkiv,,Kharkiv,,2,l1,\n"
    # 2: the description is cut to "Image 2"; the title holds it all
    "UW2,2022-04-07,G,07/04/2022 Image 2: Damage to buildings in Mariupol,Image 2,"
    "47.1,37.55,Ukraine,Donetsk,,Mariupol,,2,l2,\n"
    # 3: town not in the text (only as part of a longer word and in lower case)
    "UW3,2022-03-05,G,05/03/2022 Shelling near Irpinska street and irpin,"
    "Shelling near Irpinska street and irpin,50.52,30.25,Ukraine,Kyiv,,Irpin,,2,l3,\n"
    # 4: no coordinates
    "UW4,2022-03-06,G,06/03/2022 Damage in Bucha,Damage in Bucha,,,Ukraine,Kyiv,,Bucha,,2,l4,\n"
    # 5: no town
    "UW5,2022-03-07,G,07/03/2022 Convoy in Bucha,Convoy in Bucha,50.54,30.22,Ukraine,Kyiv,,,,2,,\n"
    # 6: the same text and town as row 1 (another point): a duplicate, skipped
    "UW6,2022-03-02,G,02/03/2022 Strike on Kharkiv centre near Kharkiv station,"
    "Strike on Kharkiv centre near Kharkiv station,49.98,36.24,Ukraine,Kharkiv,,Kharkiv,,2,l6,\n"
    # 7: title and description differ; no date (the title's stamp is used); entry taken by row 2
    'UW2,,G,09/04/2022 Tanks on train,"Tanks seen in Kupiansk, Kharkiv Oblast",'
    "49.71,37.61,Ukraine,Kharkiv,,Kupiansk,,2,l7,\n"
)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "events.csv"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_rows_become_one_toponym_gold_articles(sample: Path) -> None:
    docs = load_places_csv(sample)
    assert [d.id for d in docs] == ["places-UW1", "places-UW2", "places-UW2-r7"]
    assert all(d.parts == {"toponyms"} for d in docs)
    assert [d.text for d in docs] == [
        "Strike on Kharkiv centre near Kharkiv station",
        "Image 2: Damage to buildings in Mariupol",
        "Tanks on train. Tanks seen in Kupiansk, Kharkiv Oblast",
    ]
    assert [str(d.published) for d in docs] == ["2022-03-02", "2022-04-07", "2022-04-09"]
    [top] = docs[0].gold["toponyms"]
    assert (top["start"], top["end"], top["text"]) == (10, 17, "Kharkiv")  # the first occurrence
    assert (top["kind"], top["latitude"], top["longitude"]) == ("literal", 49.99, 36.23)
    assert top["geonameid"] is None
    for doc in docs:
        [t] = doc.gold["toponyms"]
        assert doc.text[t["start"] : t["end"]] == t["name"]


def test_skipped_rows_are_counted_by_reason(sample: Path) -> None:
    told: list[PlacesSelection] = []
    docs = load_places_csv(sample, on_selection=told.append)
    [selection] = told
    assert (selection.rows, selection.used) == (7, len(docs)) == (7, 3)
    assert selection.skipped == {NO_POINT: 1, NO_TOWN: 1, TOWN_NOT_IN_TEXT: 1, DUPLICATE: 1}
    assert "3 of 7 rows used" in selection.summary()
    assert "1 town/city not in the text" in selection.summary()


@pytest.mark.parametrize(
    ("title", "description", "text"),
    [
        ("01/03/2022 Convoy in Bucha", "Convoy in Bucha", "Convoy in Bucha"),
        ("01/03/2022 Russian convoy", "russian convoy", "Russian convoy"),
        ("01/03/2022 Video 2: Damage in Sumy", "Video 2", "Video 2: Damage in Sumy"),
        ("01/03/2022 Strike kills three (graphic", "Strike kills three (graphic warning)",
         "Strike kills three (graphic warning)"),
        ("28/02.2022 Strike in Kharkiv", "Strike in Kharkiv", "Strike in Kharkiv"),
        ("01/03/2022 Tanks on train", "Tanks in Kupiansk", "Tanks on train. Tanks in Kupiansk"),
        ("01/03/2022 Tanks on train:", "Tanks in Kupiansk", "Tanks on train: Tanks in Kupiansk"),
    ],
)  # fmt: skip
def test_row_text_uses_the_description_once(title: str, description: str, text: str) -> None:
    assert row_text({"title": title, "brief description": description}) == text


def test_25km_figures_count_misses_end_to_end(sample: Path) -> None:
    docs = load_places_csv(sample)
    kharkiv, mariupol, kupiansk = (d.as_prediction() for d in docs)
    kharkiv["toponyms"][0]["latitude"] += 20 / KM_PER_DEGREE_LAT  # 20 km off: right town
    mariupol["toponyms"][0]["latitude"] += 30 / KM_PER_DEGREE_LAT  # 30 km off: wrong place
    kupiansk["toponyms"] = []  # not recognised
    preds = {d.id: p for d, p in zip(docs, (kharkiv, mariupol, kupiansk), strict=True)}
    top = evaluate(docs, preds).toponyms
    assert (top.tp, top.fn) == (2, 1)
    assert top.within_25km.to_dict() == {"right": 1, "total": 2, "value": 0.5}
    assert top.end_to_end_25km.to_dict() == {"right": 1, "total": 3, "value": 0.3333}
    assert (top.within_161km.right, top.within_10km.right, top.end_to_end.right) == (2, 0, 2)


def test_25km_figures_in_text_headline_and_json(sample: Path) -> None:
    docs = load_places_csv(sample)
    report = evaluate(docs, {d.id: d.as_prediction() for d in docs})
    tail = report.format_text().splitlines()[-14:]
    assert any(line.startswith("toponyms end-to-end acc@25km") for line in tail)
    assert tail[-1].startswith("boilerplate false removals")
    data = report.to_dict()["toponyms"]
    assert data["accuracy_25km"] == {"right": 3, "total": 3, "value": 1.0}
    assert data["end_to_end_25km"] == {"right": 3, "total": 3, "value": 1.0}


def test_limit_scores_the_first_gold_articles(sample: Path) -> None:
    docs = load_places_csv(sample)
    report = evaluate(docs, {d.id: d.as_prediction() for d in docs}, limit=2)
    assert [a.id for a in report.articles] == ["places-UW1", "places-UW2"]
    assert report.unknown_predictions == [] and report.beyond_limit == 1
    assert report.toponyms.end_to_end_25km.total == 2
    assert "(the first 2 of 3)" in report.format_text().splitlines()[0]


def test_load_gold_dispatches_a_places_csv(sample: Path) -> None:
    told: list[PlacesSelection] = []
    docs = load_gold([sample], on_selection=told.append)
    assert [d.id for d in docs] == [d.id for d in load_places_csv(sample)]
    assert told[0].used == 3


def test_other_csv_names_the_expected_header(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text("event_id_cnty,event_date,latitude,longitude\nUKR1,2022-03-01,50,30\n")
    with pytest.raises(GoldFormatError, match="not a places CSV") as info:
        load_gold([path])
    message = str(info.value)
    assert str(path) in message and "town/city" in message and "brief description" in message


def test_bad_date_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    row = "UW1,March 2022,G,Strike in Sumy,Strike in Sumy,50.9,34.8,Ukraine,Sumy,,Sumy,,2,,\n"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"#r1: article.published"):
        load_places_csv(path)


def test_shared_places_csv_gives_over_a_thousand_gold_articles() -> None:
    if not PLACES.exists():
        pytest.skip(f"{PLACES} is missing")
    told: list[PlacesSelection] = []
    docs = load_gold([PLACES], on_selection=told.append)
    assert len(docs) > 1000
    assert told[0].rows == 6650 and told[0].used == len(docs)
    assert all(len(d.gold["toponyms"]) == 1 for d in docs)
    assert all(d.text[t["start"] : t["end"]] == t["name"] for d in docs for t in d.gold["toponyms"])
