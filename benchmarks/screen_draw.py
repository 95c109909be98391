"""The event screen on a held-out random draw of real-article events.

    python benchmarks/screen_draw.py [--labels eval/precision/draw_1919.tsv] [--corpus DIR]

`eval/precision/draw_1919.tsv` holds blind labels (same columns as gdelt_sample.tsv) of 120 events
drawn at random (seed 1919) from kronika's output over the GDELT corpus with the screen switched
off, among the events no earlier label covered (the screen is trained on gdelt_sample.tsv and
draw_1818.tsv; draw_1818.tsv, drawn the same way, measured the first screen before it was added
to the training data). Each draw was labelled by a session that did not know of the screen. This script extracts the articles
again without the screen, finds each labelled event by article and first evidence offset, scores
its sentence with the shipped screen, and prints the share of real events before and after.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kronika.events.screen import load_model, sentence_scores  # noqa: E402
from kronika.pipeline import Options, extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "gdelt_articles"
LABELS = ROOT / "eval" / "precision" / "draw_1919.tsv"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--labels", type=Path, default=LABELS)
    args = ap.parse_args()
    with args.labels.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    found: list[tuple[dict, str]] = []
    missing = 0
    for name in sorted({r["article"] for r in rows}):
        m = re.match(r"(\d{4})(\d\d)(\d\d)", name)
        text = (args.corpus / name).read_text(encoding="utf-8", errors="replace")
        doc = extract(text, f"{m[1]}-{m[2]}-{m[3]}", options=Options(disable=("screen",)))
        first = {e.evidence[0].start: e.evidence[0].text for e in doc.events if e.evidence}
        for r in (r for r in rows if r["article"] == name):
            sentence = first.get(int(r["evidence_start"]))
            if sentence is None:
                missing += 1
            else:
                found.append((r, sentence))
    threshold = load_model().threshold
    scores = sentence_scores([s for _, s in found])
    real = [r["is_event"] == "y" for r, _ in found]
    typed = [r["is_event"] == "y" and r["type_ok"] == "y" for r, _ in found]
    kept = [s >= threshold for s in scores]
    n, k = len(found), sum(kept)
    print(f"labelled events found again        {n} (not emitted any more: {missing})")
    print(f"real before the screen             {sum(real)}/{n} = {sum(real) / max(n, 1):.3f}")
    print(f"real and typed right before        {sum(typed)}/{n} = {sum(typed) / max(n, 1):.3f}")
    real_kept = sum(a and b for a, b in zip(real, kept, strict=True))
    typed_kept = sum(a and b for a, b in zip(typed, kept, strict=True))
    print(f"kept by the screen                 {k}")
    print(f"real after the screen              {real_kept}/{k} = {real_kept / max(k, 1):.3f}")
    print(f"real and typed right after         {typed_kept}/{k} = {typed_kept / max(k, 1):.3f}")
    print(f"non-events dropped                 {n - sum(real) - (k - real_kept)}/{n - sum(real)}")
    print(f"real events dropped                {sum(real) - real_kept}/{sum(real)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
