"""Scoring against gold as ../shared/eval/GOLD.md says: events, toponyms, clean-up, fusion.

    gold = load_gold(["../shared/eval/seeds"])        # *.gold.json files, folders, Gritta *.xml
    report = evaluate(gold, read_predictions("events.jsonl"))
    print(report.format_text())                       # or report.to_dict() for JSON

Modules: `gold` (kronika-gold/1 read and checked), `gritta` (LGL/GeoVirus XML), `load` (dispatch
by path), `predictions` (JSONL read back), `events`, `toponyms`, `boilerplate`, `fusion` (one part
of GOLD.md each), `score` (`evaluate()`), `report` and `text` (the Report and its text form).
"""

from kronika.evaluate.gold import GoldDoc
from kronika.evaluate.gritta import load_gritta_xml
from kronika.evaluate.load import load_gold
from kronika.evaluate.predictions import read_predictions
from kronika.evaluate.report import ArticleResult, Report
from kronika.evaluate.score import evaluate

__all__ = [
    "ArticleResult",
    "GoldDoc",
    "Report",
    "evaluate",
    "load_gold",
    "load_gritta_xml",
    "read_predictions",
]
