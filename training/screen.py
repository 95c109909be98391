"""Train the event screen (src/kronika/events/screen.py) and write src/kronika/data/screen.json.

    python training/screen.py [--corpus DIR] [--keep-real 0.92]

Training data, all labelled by us:
- our own snippets, tests/events/typing_examples.tsv and tests/events/typing_regions/*.tsv: a row
  with an ACLED sub-event type tells an event (1), a `none` row does not (0);
- the hand-labelled events of eval/precision/gdelt_sample.tsv and draw_1818.tsv that kronika
  still emits (with the screen off) from the public GDELT articles (../shared/data/corpus/gdelt_articles): their first evidence sentence,
  labelled `is_event` y (1) or n (0). These weigh WEIGHT_REAL each: they are the kind of sentence
  the screen is for (real articles' talk about the war), and there are few of them.
Both classes are balanced by weight. Nothing from ../shared/data/events (CASE) is read.

The model is L2-regularised logistic regression over all-MiniLM-L6-v2 sentence embeddings, fitted
by Newton's method. The threshold is set by leave-one-article-out over the labelled real-article
events: the highest threshold at which at least --keep-real of the real events held out are kept.
The figures printed (and stored in the JSON) are those held-out ones.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kronika.embed import MODEL_PACKAGE, load_encoder  # noqa: E402
from kronika.pipeline import Options, extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "gdelt_articles"
#: Hand labels of emitted events: the development pool, then the first held-out draw (added
#: after it had measured the first screen; the next draw measures this one).
LABELS = [
    ROOT / "eval" / "precision" / "gdelt_sample.tsv",
    ROOT / "eval" / "precision" / "draw_1818.tsv",
]
OUT = ROOT / "src" / "kronika" / "data" / "screen.json"
TYPING = [
    ROOT / "tests/events/typing_examples.tsv",
    *sorted((ROOT / "tests/events/typing_regions").glob("*.tsv")),
]

#: Weight of one labelled real-article sentence against one of our snippets.
WEIGHT_REAL = 10.0
#: Inverse strength of the L2 penalty (scikit-learn's C): 1 fitted best in a sweep of 0.3–10.
C = 1.0


def own_rows() -> list[tuple[str, int]]:
    rows = []
    for path in TYPING:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                label, text = line.rstrip("\n").split("\t", 1)
                rows.append((text, int(label != "none")))
    return rows


def real_rows(corpus: Path) -> list[tuple[str, int, str]]:
    """(first evidence sentence, label, article) of each labelled event kronika still emits."""
    by_article: dict[str, list[dict]] = {}
    seen: set[tuple[str, str]] = set()
    for path in LABELS:
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                key = (row["article"], row["evidence_start"])
                if key not in seen:  # an event labelled twice counts once (the first label)
                    seen.add(key)
                    by_article.setdefault(row["article"], []).append(row)
    rows = []
    unscreened = Options(disable=("screen",))
    for name, labelled in sorted(by_article.items()):
        m = re.match(r"(\d{4})(\d\d)(\d\d)", name)
        text = (corpus / name).read_text(encoding="utf-8", errors="replace")
        doc = extract(text, published=f"{m[1]}-{m[2]}-{m[3]}", options=unscreened)
        first = {}
        for e in doc.events:
            if e.evidence:
                first.setdefault(e.evidence[0].start, e.evidence[0].text)
        for r in labelled:
            sentence = first.get(int(r["evidence_start"]))
            if sentence:
                rows.append((sentence, int(r["is_event"] == "y"), name))
    return rows


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float = C) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression (intercept not penalised), Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))]).astype(np.float64)
    beta = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], 1.0 / c)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ beta)))
        grad = xb.T @ (w * (p - y)) + penalty * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta[:-1], float(beta[-1])


def balanced(y: np.ndarray, w: np.ndarray) -> np.ndarray:
    pos, neg = (w * y).sum(), (w * (1 - y)).sum()
    return w * np.where(y == 1, 1.0, pos / neg)


def auc(y: np.ndarray, s: np.ndarray) -> float:
    order = np.argsort(s)
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    npos = y.sum()
    return float((ranks[y == 1].sum() - npos * (npos + 1) / 2) / (npos * (len(y) - npos)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--keep-real", type=float, default=0.95)
    ap.add_argument("--layers", type=int, default=None, help="transformer layers kept (all: 6)")
    ap.add_argument("--max-tokens", type=int, default=64)
    args = ap.parse_args()

    own = own_rows()
    real = real_rows(args.corpus)
    enc = load_encoder(args.layers, args.max_tokens)
    xo = np.vstack([enc.encode([t for t, _ in own[i : i + 64]]) for i in range(0, len(own), 64)])
    yo = np.array([y for _, y in own], dtype=float)
    xr = enc.encode([t for t, _, _ in real])
    yr = np.array([y for _, y, _ in real], dtype=float)
    arts = np.array([a for _, _, a in real])
    print(
        f"own snippets {len(own)} ({int(yo.sum())} events); real-article sentences {len(real)} ({int(yr.sum())} events)"
    )

    held = np.zeros(len(real))
    for a in sorted(set(arts)):
        out = arts == a
        x = np.vstack([xo, xr[~out]])
        y = np.concatenate([yo, yr[~out]])
        w = balanced(y, np.concatenate([np.ones(len(yo)), np.full((~out).sum(), WEIGHT_REAL)]))
        wt, b = fit(x, y, w)
        held[out] = 1.0 / (1.0 + np.exp(-(xr[out] @ wt + b)))
    real_scores = np.sort(held[yr == 1])
    threshold = float(real_scores[int(np.floor((1 - args.keep_real) * len(real_scores)))])
    kept = held >= threshold
    figures = {
        "held_out_auc": round(auc(yr, held), 3),
        "labelled_events": len(real),
        "real_events": int(yr.sum()),
        "precision_before": round(float(yr.mean()), 3),
        "precision_after": round(float(yr[kept].mean()), 3),
        "real_kept": int(yr[kept].sum()),
        "non_events_dropped": int(((yr == 0) & ~kept).sum()),
    }
    print("leave-one-article-out:", json.dumps(figures))

    x = np.vstack([xo, xr])
    y = np.concatenate([yo, yr])
    w = balanced(y, np.concatenate([np.ones(len(yo)), np.full(len(yr), WEIGHT_REAL)]))
    wt, b = fit(x, y, w)
    own_scores = 1.0 / (1.0 + np.exp(-(xo @ wt + b)))
    print(
        f"fitted on all: own event snippets kept {(own_scores[yo == 1] >= threshold).mean():.3f}, "
        f"own non-events dropped {(own_scores[yo == 0] < threshold).mean():.3f} (in sample)"
    )
    OUT.write_text(
        json.dumps(
            {
                "model": MODEL_PACKAGE,
                "trained_by": "training/screen.py",
                "training_data": {
                    "own_snippets": len(own),
                    "real_article_sentences": len(real),
                    "weight_real": WEIGHT_REAL,
                    "c": C,
                },
                "layers": args.layers,
                "max_tokens": args.max_tokens,
                "threshold": round(threshold, 6),
                "held_out": figures,
                "bias": round(b, 6),
                "weights": [round(float(v), 6) for v in wt],
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)} (threshold {threshold:.4f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
