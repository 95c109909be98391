"""Predictions read back: `kronika extract --format json` output, one Document.to_dict() a line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kronika.errors import InputError


def read_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Return the documents of a JSONL file keyed by `article.id`; blank lines are skipped.

    Raises InputError naming the file and line of a line that is not a document, or of an article
    id given twice (the scores would depend on which one was kept).
    """
    path = Path(path)
    docs: dict[str, dict[str, Any]] = {}
    first_line: dict[str, int] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: not a JSON document ({exc})") from exc
                article = doc.get("article") if isinstance(doc, dict) else None
                if not isinstance(article, dict) or article.get("id") in (None, ""):
                    raise InputError(f"{path}:{n}: not a kronika document (no article.id)")
                key = str(article["id"])
                if key in docs:
                    raise InputError(
                        f"{path}:{n}: article {key!r} is already on line {first_line[key]}"
                    )
                docs[key], first_line[key] = doc, n
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the predictions ({exc})") from exc
    return docs
