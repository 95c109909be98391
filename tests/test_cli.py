"""The `kronika` command, run in-process; results checked through the Python API."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kronika.cli import app
from kronika.evaluate import load_gold
from kronika.export import ACLED_COLUMNS
from kronika.store import open_db

runner = CliRunner()

ARTICLE = (
    "Russian shelling hit Kramatorsk, Sloviansk and Druzhkivka on Tuesday, officials said.\n"
    "A Russian missile struck a residential building in Kharkiv on Wednesday night, "
    "killing two people.\n"
)
COMMANDS = sorted(typer.main.get_command(app).commands)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """Return a folder with one good article and one binary file named .txt."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "strikes.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return folder


@pytest.fixture
def good_article(articles: Path) -> Path:
    (articles / "photo.txt").unlink()
    return articles


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output and "--help" in result.output


def test_no_arguments_shows_help() -> None:
    result = runner.invoke(app, [])
    assert "extract" in result.output and "export" in result.output


@pytest.mark.slow
def test_extract_skips_bad_file_reports_it_and_exits_1(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(
        app, ["extract", str(articles), "--published", "2023-03-16", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "photo.txt" in result.stderr
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["article"]["id"] for d in docs] == ["strikes"]
    assert len(docs[0]["events"]) == 4
    assert {e["location"]["name"] for e in docs[0]["events"]} >= {"Kramatorsk", "Kharkiv"}


@pytest.mark.slow
def test_extract_into_db_twice_keeps_one_copy(good_article: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    args = ["extract", str(good_article), "--db", str(db), "-o", str(tmp_path / "o.jsonl")]
    assert runner.invoke(app, args).exit_code == 0
    with open_db(db) as store:
        first = store.counts()
    assert runner.invoke(app, args).exit_code == 0
    with open_db(db) as store:
        assert store.counts() == first
    assert first["articles"] == 1 and first["events"] == 4 and first["toponyms"] >= 4


@pytest.mark.slow
def test_extract_csv_has_the_acled_columns(good_article: Path) -> None:
    result = runner.invoke(app, ["extract", str(good_article), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.reader(result.stdout.splitlines()))
    assert len(rows[0]) == 31
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 1 + 4 and all(len(r) == 31 for r in rows)


def test_extract_unknown_format_exits_2_with_the_choices(good_article: Path) -> None:
    result = runner.invoke(app, ["extract", str(good_article), "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.stderr and "geojson" in result.stderr


@pytest.mark.slow
def test_extract_disable_screen_keeps_what_the_screen_drops(tmp_path: Path) -> None:
    talk = tmp_path / "talk.txt"
    talk.write_text(
        "Analysts say artillery remains the decisive weapon of this war, as both sides fire "
        "thousands of shells a day.\n",
        encoding="utf-8",
    )
    args = ["extract", str(talk), "--published", "2024-05-13", "--format", "csv"]
    screened = runner.invoke(app, args)
    kept = runner.invoke(app, [*args, "--disable", "screen"])
    assert screened.exit_code == 0 and kept.exit_code == 0
    assert len(screened.stdout.splitlines()) == 1  # the header only
    assert len(kept.stdout.splitlines()) > 1


def test_extract_disable_unknown_stage_exits_2_naming_the_stages(good_article: Path) -> None:
    result = runner.invoke(app, ["extract", str(good_article), "--disable", "scren"])
    assert result.exit_code == 2
    assert "scren" in result.stderr and "screen" in result.stderr


@pytest.mark.slow
def test_export_from_db_gives_geojson(good_article: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    args = ["extract", str(good_article), "--published", "2023-03-16", "--db", str(db)]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "geojson"])
    assert result.exit_code == 0
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 4
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert 36 < lon < 39 and 48 < lat < 50  # Donbas, in [lon, lat] order


def test_export_missing_db_exits_2_with_a_hint(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "kronika extract --db" in result.stderr


@pytest.mark.slow
def test_eval_seeds_prints_json_with_event_f1(seeds: Path) -> None:
    result = runner.invoke(app, ["eval", str(seeds), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert 0 <= report["events"]["f1"] <= 1
    assert report["articles"] == len(list(seeds.glob("*.gold.json")))


def test_eval_places_csv_with_limit_scores_the_first_articles(tmp_path: Path) -> None:
    gold = tmp_path / "events.csv"
    gold.write_text(
        "entry,date,title,brief description,lat,lon,town/city\n"
        "UW1,2022-03-02,02/03/2022 Strike in Kharkiv,Strike in Kharkiv,49.99,36.23,Kharkiv\n"
        "UW2,2022-03-03,03/03/2022 Strike in Sumy,Strike in Sumy,50.91,34.8,Sumy\n"
        "UW3,2022-03-04,04/03/2022 Convoy,Convoy,50.91,34.8,Sumy\n",
        encoding="utf-8",
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        "".join(json.dumps(d.as_prediction()) + "\n" for d in load_gold([gold])), encoding="utf-8"
    )
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--limit", "1", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["articles"], report["beyond_limit"], report["unknown_predictions"]) == (1, 1, [])
    assert report["toponyms"]["end_to_end_25km"] == {"right": 1, "total": 1, "value": 1.0}
    assert "2 of 3 rows used" in result.stderr


def test_eval_case_tsv_scores_event_types(tmp_path: Path) -> None:
    gold = tmp_path / "case.tsv"
    gold.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tWarplanes pounded the village.\tAIR_STRIKE\n"
        "2\tAn earthquake struck the island.\tNATURAL_DISASTER\n",
        encoding="utf-8",
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        "".join(json.dumps(d.as_prediction()) + "\n" for d in load_gold([gold])), encoding="utf-8"
    )
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "event types weighted F1" in result.stdout.splitlines()[-13]
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    report = json.loads(result.stdout)["event_types"]
    assert (report["weighted_f1"], report["other_labels"]["no event"]) == (1.0, 1)
