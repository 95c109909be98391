"""Throughput and peak memory of `kronika extract` next to a bare en_core_web_sm pass.

    python benchmarks/throughput.py [--corpus DIR] [--limit N] [--mode both|spacy|kronika]

Each mode runs in its own process (so peak memory is its own) over the same texts, after a
warm-up document; the table prints articles/s, words/s and peak RSS for both, and the ratios.
The corpus default is ../shared/data/corpus/gdelt_articles (447 real war articles).
For ratios that hold on a noisy machine, time the two modes as whole processes with farm-bench:

    farm-bench --vs '.venv/bin/python benchmarks/throughput.py --mode spacy' \\
        -- .venv/bin/python benchmarks/throughput.py --mode kronika
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/corpus/gdelt_articles"


def _texts(corpus: Path, limit: int | None) -> list[tuple[str, str]]:
    files = sorted(corpus.glob("*.txt"))[:limit]
    return [(f.stem, f.read_text(encoding="utf-8", errors="replace")) for f in files]


def _time_stages(pipeline) -> dict[str, float]:
    """Wrap each pipeline stage and the spaCy pass so their time adds up in the returned dict."""
    spent: dict[str, float] = {}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t

        return wrapper

    for name, stage in list(pipeline.STAGES.items()):
        if stage is not None:
            pipeline.STAGES[name] = timed(name, stage)
    parse = pipeline.parse

    def timed_parse(texts, batch_size):
        it = parse(texts, batch_size)
        while True:
            t = time.perf_counter()
            try:
                doc = next(it)
            except StopIteration:
                return
            finally:
                spent["spacy"] = spent.get("spacy", 0.0) + time.perf_counter() - t
            yield doc

    pipeline.parse = timed_parse
    return spent


def _measure(mode: str, corpus: Path, limit: int | None) -> dict:
    texts = _texts(corpus, limit)
    t0 = time.perf_counter()
    if mode == "spacy":
        from kronika.nlp import load_nlp

        nlp = load_nlp()
        nlp("Warm-up sentence in Kyiv.")
        t1 = time.perf_counter()
        n = sum(1 for _ in nlp.pipe([t for _, t in texts], batch_size=32))
    else:
        from kronika import pipeline
        from kronika.geo import load_gazetteer
        from kronika.types import Article

        load_gazetteer()
        pipeline.extract("Warm-up: shelling hit Kharkiv on Monday.")
        stage_s = _time_stages(pipeline)
        t1 = time.perf_counter()
        n = sum(1 for _ in pipeline.run([Article(id=i, text=t) for i, t in texts]))
    t2 = time.perf_counter()
    words = sum(len(t.split()) for _, t in texts)
    return {
        "mode": mode,
        "articles": n,
        "words": words,
        "load_s": round(t1 - t0, 3),
        "run_s": round(t2 - t1, 3),
        "articles_per_s": round(n / (t2 - t1), 2),
        "words_per_s": round(words / (t2 - t1)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        **({f"{k}_s": round(v, 3) for k, v in stage_s.items()} if mode == "kronika" else {}),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--mode", choices=("both", "spacy", "kronika"), default="both")
    ap.add_argument("--json", action="store_true", help="print one JSON line per mode")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}: pass --corpus DIR (a folder of .txt articles)")
    if args.mode != "both":
        print(json.dumps(_measure(args.mode, args.corpus, args.limit)))
        return
    rows = []
    for mode in ("spacy", "kronika"):
        cmd = [sys.executable, __file__, "--mode", mode, "--corpus", str(args.corpus)]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    if args.json:
        for r in rows:
            print(json.dumps(r))
        return
    cols = (
        "mode",
        "articles",
        "words",
        "load_s",
        "run_s",
        "articles_per_s",
        "words_per_s",
        "peak_rss_mb",
    )
    print("  ".join(f"{c:>14}" for c in cols))
    for r in rows:
        print("  ".join(f"{r[c]!s:>14}" for c in cols))
    spacy, kron = rows
    print(
        f"kronika/spacy: run time x{kron['run_s'] / spacy['run_s']:.2f}, "
        f"peak memory x{kron['peak_rss_mb'] / spacy['peak_rss_mb']:.2f}"
    )
    inside = kron.get("spacy_s") or spacy["run_s"]
    stages = ", ".join(
        f"{k[:-2]} +{100 * kron[k] / inside:.0f}%"
        for k in ("clean_s", "geo_s", "events_s", "screen_s")
        if k in kron
    )
    print(f"stages against the spaCy pass inside the same run ({inside:.1f} s): {stages}")
    if "events_s" in kron and "screen_s" in kron:
        coder = kron["events_s"] + kron["screen_s"]
        print(f"event coder (events + screen): +{100 * coder / inside:.0f}%")


if __name__ == "__main__":
    main()
