"""Scoring against gold as ../shared/eval/GOLD.md says: events, toponyms, clean-up, fusion.

    gold = load_gold(["../shared/eval/seeds"])  # *.gold.json, folders, Gritta *.xml, places *.csv,
                                                # CASE 2021 task 2 *.tsv
    report = evaluate(gold, read_predictions("events.jsonl"))
    print(report.format_text())                 # or report.to_dict() for JSON

Modules: `gold` (kronika-gold/1 read and checked), `gritta` (LGL/GeoVirus XML), `places` (a CSV of
geolocated events, one toponym a row), `case2021` (CASE 2021 task 2 snippets, one event-type label
a row), `load` (dispatch by path), `predictions` (JSONL read back), `events`, `toponyms`,
`boilerplate`, `fusion` (one part of GOLD.md each), `event_types` (typing of one-label snippets),
`score` (`evaluate()`), `report` and `text` (the Report and its text form).
"""

from kronika.evaluate.case2021 import load_case_tsv
from kronika.evaluate.gold import GoldDoc
from kronika.evaluate.gritta import load_gritta_xml
from kronika.evaluate.load import load_gold
from kronika.evaluate.places import PlacesSelection, load_places_csv
from kronika.evaluate.predictions import read_predictions
from kronika.evaluate.report import ArticleResult, Report
from kronika.evaluate.score import evaluate

__all__ = [
    "ArticleResult",
    "GoldDoc",
    "PlacesSelection",
    "Report",
    "evaluate",
    "load_case_tsv",
    "load_gold",
    "load_gritta_xml",
    "load_places_csv",
    "read_predictions",
]
