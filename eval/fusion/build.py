"""Write articles/<id>.txt and gold/<id>.gold.json from the hand-written spec in spec/.

    cd /work/main && .venv/bin/python eval/fusion/build.py

The spec is the source: edit it, not the generated files. Written articles get their text from the
spec; gdelt articles (A.corpus_file) point at ../shared/data/corpus/gdelt_articles.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "spec"))

import _lib  # noqa: E402
import places  # noqa: E402,F401
import written1  # noqa: E402,F401
import written2  # noqa: E402,F401
import written3  # noqa: E402,F401
import written4  # noqa: E402,F401
import gdelt  # noqa: E402,F401

CORPUS_REL = "../../../../shared/data/corpus/gdelt_articles/"


def main() -> None:
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    seen: set[str] = set()
    for art in _lib.ARTICLES:
        if art.id in seen:
            raise SystemExit(f"duplicate article id {art.id}")
        seen.add(art.id)
        if art.corpus_file:
            rel = CORPUS_REL + art.corpus_file
            text = (HERE / "gold" / rel).resolve().read_text(encoding="utf-8")
        else:
            rel = f"../articles/{art.id}.txt"
            text = art.clean_text()
            (HERE / "articles" / f"{art.id}.txt").write_text(text, encoding="utf-8")
        events = []
        for i, ev in enumerate(art.events, 1):
            g = ev.to_gold(f"{art.id}-e{i}")
            for q in g["evidence"]:
                if q not in text:
                    raise SystemExit(f"{art.id}: evidence not in text: {q!r}")
            events.append(g)
        article = {"id": art.id, "path": rel, "published": art.published, "source": art.source, "url": art.url}
        if art.title:
            article["title"] = art.title
        gold = {"format": "kronika-gold/1", "article": article}
        if art.notes:
            gold["notes"] = art.notes
        gold["events"] = events
        if art.not_events:
            gold["not_events"] = art.not_events
        if not art.corpus_file:
            gold["boilerplate"] = []  # our own texts have none
        out = HERE / "gold" / f"{art.id}.gold.json"
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(_lib.ARTICLES)} articles written")


if __name__ == "__main__":
    main()
