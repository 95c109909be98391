"""Scoring against gold as ../shared/eval/GOLD.md says: events, toponyms, clean-up, fusion.

    gold = load_gold(["../shared/eval/seeds"])  # *.gold.json, folders, Gritta *.xml, places *.csv
    report = evaluate(gold, read_predictions("events.jsonl"))
    print(report.format_text())                 # or report.to_dict() for JSON

Modules: `gold` (kronika-gold/1 read and checked), `gritta` (LGL/GeoVirus XML), `places` (a CSV of
geolocated events, one toponym a row), `load` (dispatch by path), `predictions` (JSONL read back),
`events`, `toponyms`, `boilerplate`, `fusion` (one part of GOLD.md each), `score` (`evaluate()`),
`report` and `text` (the Report and its text form).
"""

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
    "load_gold",
    "load_gritta_xml",
    "load_places_csv",
    "read_predictions",
]
