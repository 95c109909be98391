"""Event precision on real articles: how many emitted events are events at all.

    python benchmarks/event_precision.py [--corpus DIR] [--labels FILE] [--verbose]

`eval/precision/gdelt_sample.tsv` holds hand labels for 373 events kronika emitted from the GDELT
corpus (../shared/data/corpus/gdelt_articles): 304 from session 16's four random draws of 90,
from the output at the session's start (7065b38), midway (d91ae70), late (bd1d648) and at its end
(4c71d2b); an event drawn twice is labelled once. Real events among the draws: 26/90 = 0.289,
then 39/90 = 0.433, 38/90 = 0.422 and 35/90 = 0.389 (the last three pooled: 112/270 = 0.415);
real and typed right 0.189, then 0.278, 0.256 and 0.256 (71/270 = 0.263). Session 17 drew 90
more at 5334ebc (seed 1717): 21 had a label already, 69 were labelled by another blind helper
session and added (373 labels); real 30/90 = 0.333, real and typed right 27/90 = 0.300 (of the
real ones 0.90 typed right, against 0.63 in session 16's draws).
Each row names the article and the character offset where the event's first evidence starts,
the sub-event type emitted then, and whether the evidence tells a real event (`is_event`) and, if
so, whether that sub-type is right (`type_ok`). The labels were made by a helper session that saw
only the sentences and their articles, not which output they came from. Two labellers may judge
a borderline sentence differently; a draw of 90 moves by about ±0.05 by chance.

This script extracts the labelled articles again and matches today's events to the labelled ones
by article and evidence offset. It prints, over the labelled events still emitted, the share that
are real events and the share real and typed right (events retyped since labelling are counted
apart: their label says nothing of the new type), and how many labelled events are no longer
emitted, split into real ones lost and non-events dropped.
Events in these articles that no label covers are counted, since a fix can surface new ones.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kronika import extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "gdelt_articles"
LABELS = ROOT / "eval" / "precision" / "gdelt_sample.tsv"


def _published(name: str) -> str:
    m = re.match(r"(\d{4})(\d\d)(\d\d)", name)
    if not m:
        raise ValueError(f"{name}: no date at the start of the file name")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"


def _first_start(event: dict) -> int:
    offsets = [o for o in event.get("evidence_offsets") or [] if o and o[0] is not None]
    return offsets[0][0] if offsets else -1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--verbose", action="store_true", help="list the labelled events that changed")
    args = ap.parse_args()
    with args.labels.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)

    c: Counter[str] = Counter()
    for name, labelled in sorted(by_article.items()):
        text = (args.corpus / name).read_text(encoding="utf-8", errors="replace")
        events = [e.to_dict() for e in extract(text, published=_published(name)).events]
        now = {}
        for e in events:
            now.setdefault(_first_start(e), e["sub_event_type"])
        starts = {int(r["evidence_start"]) for r in labelled}
        c["unlabelled events in these articles"] += sum(1 for s in now if s not in starts)
        for r in labelled:
            real = r["is_event"] == "y"
            sub = now.get(int(r["evidence_start"]))
            if sub is None:
                c["lost real" if real else "dropped non-event"] += 1
                if args.verbose:
                    print(f"gone      {'real' if real else 'non '} {name} {r['sub_event_type']}")
                continue
            c["emitted"] += 1
            c["real"] += real
            if sub != r["sub_event_type"]:
                c["retyped"] += 1
                if args.verbose:
                    print(
                        f"retyped   {'real' if real else 'non '} {name} {r['sub_event_type']} -> {sub}"
                    )
            elif real and r["type_ok"] == "y":
                c["typed right"] += 1

    n = c["emitted"]
    print(f"labelled events                      {len(rows)}")
    print(f"  still emitted                      {n}")
    print(f"  real events among them             {c['real']} ({c['real'] / max(n, 1):.3f})")
    print(
        f"  real and typed as labelled right   {c['typed right']} ({c['typed right'] / max(n, 1):.3f})"
    )
    print(f"  retyped since labelling            {c['retyped']}")
    print(f"  no longer emitted: non-events      {c['dropped non-event']}")
    print(f"  no longer emitted: real events     {c['lost real']}")
    print(f"unlabelled events in those articles  {c['unlabelled events in these articles']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
