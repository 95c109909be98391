"""Fusion's cost against extraction's, on the GDELT corpus (issue 6: at most 10%).

    python benchmarks/fusion.py [CORPUS_DIR] [--repeat 3]

Extracts the corpus into a fresh store (timed), then undoes all fusion and fuses every report
again from scratch, `--repeat` times (timed; the median is reported), and prints both times, the
ratio, and what fusion made of the reports. Also times a second `extract` of the same folder,
which finds every article unchanged. Then measures how fusion grows: the corpus's reports
replicated 1×, 4× and 16× with dates (and publication dates) shifted per copy, fused from scratch
(the pure `kronika.fuse.fuse`, no database; median of `--repeat`), with time / (n·log n)
alongside: shifted by 4 years, the corpus grows in time at the same density (how a store grows);
shifted by 90 days, copies overlap the corpus's 2022–2024 span, so reports per place and week
grow with n (the harder case: denser coverage of the same period).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import math
import statistics
import tempfile
import time
from pathlib import Path

from kronika.fuse import Report, fuse
from kronika.jobs import extract_files
from kronika.store import open_db

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/corpus/gdelt_articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        result = extract_files([args.corpus], db=db)
        extract_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = extract_files([args.corpus], db=db)
        rerun_s = time.perf_counter() - t0
        times = []
        with open_db(db) as store:
            for _ in range(args.repeat):
                store.connection.execute("DELETE FROM fused_events")
                store.connection.execute("UPDATE events SET fused_id = NULL")
                t0 = time.perf_counter()
                stats = store.fuse()
                times.append(time.perf_counter() - t0)
            counts = store.counts()
            reports, _ = store.reports()
    fuse_s = statistics.median(times)
    print(f"articles: {len(result.documents)} processed, {len(result.duplicates)} duplicates")
    print(f"reports: {counts['events']}, fused events: {counts['fused_events']}")
    print(f"extract (with fusion): {extract_s:.1f} s")
    print(f"re-run, all unchanged: {rerun_s:.1f} s ({again.unchanged} unchanged)")
    print(f"fusion from scratch: median {fuse_s:.2f} s of {args.repeat} ({stats.reports} reports)")
    print(f"fusion / extraction: {fuse_s / extract_s:.1%} (target ≤ 10%)")
    for shift in (1461, 90):
        _growth(reports, shift, args.repeat)


def _growth(reports: list[Report], shift: int, repeat: int) -> None:
    print(f"growth (pure fuse, corpus replicated with dates shifted {shift} days per copy):")
    base = None
    for k in (1, 4, 16):
        copies = [_shifted(r, i, shift) for i in range(k) for r in reports]
        runs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fused = fuse(copies)
            runs.append(time.perf_counter() - t0)
        took = statistics.median(runs)
        n = len(copies)
        per = took / (n * math.log(n))
        base = base or per
        print(
            f"  {k:>2}x: {n:>6} reports -> {len(fused):>6} fused in {took:6.2f} s;"
            f" time/(n log n) = {per / base:.2f} of 1x"
        )


def _shifted(r: Report, i: int, shift: int) -> Report:
    if i == 0:
        return r
    date = r.event_date
    if date:
        day = dt.date.fromisoformat(date[:10] if len(date) >= 10 else date + "-15")
        shifted = (day + dt.timedelta(days=shift * i)).isoformat()
        date = shifted if len(r.event_date) >= 10 else shifted[:7]
    published = r.published + dt.timedelta(days=shift * i) if r.published else None
    return dataclasses.replace(
        r, id=f"{r.id}~{i}", article_id=f"{r.article_id}~{i}", event_date=date, published=published
    )


if __name__ == "__main__":
    main()
