"""Check the fusion development gold: every file loads (kronika.evaluate.load_gold validates the
format and that evidence quotes are exact substrings), and every cluster has 2+ reports.

    cd /work/main && .venv/bin/python eval/fusion/check.py

Clusters named `solo-…` are deliberate singletons (a vague report that must stay alone); they are
listed apart and not counted as clusters. Exits 1 on a problem.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from kronika.evaluate import load_gold

HERE = Path(__file__).resolve().parent


def main() -> int:
    docs = load_gold(HERE / "gold")
    problems: list[str] = []
    members: dict[str, list[str]] = defaultdict(list)
    events = required = 0
    gdelt = 0
    for doc in docs:
        if "gdelt_articles" in (doc.gold["article"].get("path") or ""):
            gdelt += 1
        for ev in doc.gold.get("events") or []:
            events += 1
            required += bool(ev.get("required", True))
            if "cluster" in ev:
                members[ev["cluster"]].append(doc.id)
    solo = {c: m for c, m in members.items() if c.startswith("solo-")}
    clusters = {c: m for c, m in members.items() if not c.startswith("solo-")}
    for c, m in sorted(clusters.items()):
        if len(m) < 2:
            problems.append(f"cluster {c} has one report ({m[0]})")
        if len(set(m)) < len(m):
            problems.append(f"cluster {c} has two events in one article ({m})")
    for c, m in solo.items():
        if len(m) != 1:
            problems.append(f"solo cluster {c} has {len(m)} reports")
    sizes = Counter(len(m) for m in clusters.values())
    gd = sum(1 for c in clusters if c.startswith("gd-"))
    print(f"articles: {len(docs)} ({len(docs) - gdelt} written, {gdelt} from the gdelt corpus)")
    print(f"gold events: {events} ({required} required)")
    print(f"clusters: {len(clusters)} ({len(clusters) - gd} written, {gd} gdelt); solo: {len(solo)}")
    print("cluster sizes: " + ", ".join(f"{k} reports x{v}" for k, v in sorted(sizes.items())))
    print("events in clusters: " + str(sum(len(m) for m in clusters.values())))
    for c, m in sorted(clusters.items()):
        print(f"  {len(m)}  {c}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
