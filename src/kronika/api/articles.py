"""One stored article with the spans kronika found in it, for `GET /api/articles/{id}`."""

from __future__ import annotations

import json
from typing import Any

from kronika.store import Store

#: Field-evidence keys as span kinds: what the page highlights and how it labels them.
FIELD_KINDS = {
    "trigger": "trigger",
    "location": "place",
    "event_date": "date",
    "actor1": "actor",
    "actor2": "actor",
    "fatalities": "figure",
    "injuries": "figure",
}


def article_with_spans(store: Store, id: str) -> dict[str, Any] | None:
    """Return the article's cleaned text and its marked spans, or None when it is not stored.

    `text` is the cleaned text (boilerplate blanked, same length as the article as read); every
    span is {start, end, kind, label, event_id, fused_id} with offsets into `text`, sorted by
    start. Kinds: "toponym" (label: the resolved name), "evidence" (a sentence behind an event
    report), and the words behind a report's fields: "trigger", "place", "date", "actor",
    "figure" (label: the field).
    """
    con = store.connection
    row = con.execute(
        "SELECT id, title, url, source, published, coalesce(clean_text, text) FROM articles "
        "WHERE id = ?",
        [id],
    ).fetchone()
    if row is None:
        return None
    article_id, title, url, source, published, text = row
    spans: list[dict[str, Any]] = []
    for start, end, kind, name in con.execute(
        'SELECT "start", "end", kind, name FROM toponyms WHERE article_id = ? ORDER BY idx', [id]
    ).fetchall():
        spans.append(_span(start, end, "toponym", name or kind, None, None))
    for event_id, fused_id, evidence, field_evidence in con.execute(
        "SELECT id, fused_id, evidence, field_evidence FROM events WHERE article_id = ? "
        "ORDER BY idx",
        [id],
    ).fetchall():
        for s in json.loads(evidence):
            spans.append(_span(s["start"], s["end"], "evidence", None, event_id, fused_id))
        for field, s in json.loads(field_evidence or "{}").items():
            kind = FIELD_KINDS.get(field, "field")
            spans.append(_span(s["start"], s["end"], kind, field, event_id, fused_id))
    spans = [s for s in spans if 0 <= s["start"] <= s["end"] <= len(text)]
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return {
        "id": article_id,
        "title": title,
        "url": url,
        "source": source,
        "published": published.isoformat() if published else None,
        "text": text,
        "spans": spans,
    }


def _span(
    start: int, end: int, kind: str, label: str | None, event_id: str | None, fused_id: str | None
) -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "kind": kind,
        "label": label,
        "event_id": event_id,
        "fused_id": fused_id,
    }
