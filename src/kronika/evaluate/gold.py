"""Gold documents: kronika-gold/1 files (../shared/eval/GOLD.md) read and checked.

Every check names the file and the place in it, so a broken gold file fails loudly instead of
silently scoring less.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from kronika.errors import GoldFormatError, InputError
from kronika.types import GOLD_FORMAT, Article

#: The parts of a gold file that are scored when the file gives them.
PARTS = ("events", "toponyms", "boilerplate")

#: GOLD.md's toponym kinds; only `literal` ones are required.
KINDS = ("literal", "metonymic", "org")

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

#: The Event.to_dict() keys a perfect prediction copies from a gold event.
_PREDICTED_FIELDS = (
    "id current event_type sub_event_type event_date time_precision location actor1 actor2 "
    "civilian_targeting fatalities injuries claim_status"
).split()


@dataclass(slots=True, frozen=True)
class GoldDoc:
    """One article's gold: the raw kronika-gold/1 dict, the article as read, what is scored."""

    gold: dict[str, Any]  #: the gold as read (Gritta corpora: converted to kronika-gold/1)
    article: Article  #: id, text exactly as read (offsets index it), published date, …
    path: str  #: the gold file (Gritta corpora: "<file>#<article number>")
    parts: frozenset[str] = frozenset(PARTS)  #: what is scored: PARTS, or "event_types" (CASE)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    def as_prediction(self) -> dict[str, Any]:
        """Return the gold in the shape of `Document.to_dict()`: a perfect prediction."""
        return {
            "format": GOLD_FORMAT,
            "article": self.article.to_dict(),
            "toponyms": [dict(t) for t in self.gold.get("toponyms") or []],
            "events": [_event_as_prediction(e, self.text) for e in self.gold.get("events") or []],
            "boilerplate": list(self.gold.get("boilerplate") or []),
        }


def _event_as_prediction(event: dict[str, Any], text: str) -> dict[str, Any]:
    evidence = list(event.get("evidence") or [])
    offsets = []
    for quote in evidence:
        start = text.find(quote)
        offsets.append([start, start + len(quote)] if start >= 0 else [-1, -1])
    defaults = {"current": True, "claim_status": "reported", "civilian_targeting": False}
    pred = {key: event.get(key, defaults.get(key)) for key in _PREDICTED_FIELDS}
    pred.update(
        weapons=list(event.get("weapons") or []),
        attribution=list(event.get("attribution") or []),
        evidence=evidence,
        evidence_offsets=offsets,
        fused_id=event.get("cluster"),
    )
    return pred


def read_gold_json(path: str | Path) -> GoldDoc:
    """Return the gold document of one kronika-gold/1 file, its article read from `article.path`.

    `article.path` is relative to the gold file; the text is read as UTF-8 with no newline
    translation, so gold offsets index it exactly. An inline `article.text` is used when there is
    no path.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        _fail(path, "the top level", "is not a JSON object")
    article = data.get("article")
    if not isinstance(article, dict):
        _fail(path, "article", "is missing or not an object")
    text = _article_text(path, article)
    return parse_gold(data, text, source=str(path))


def _article_text(gold_path: Path, article: dict[str, Any]) -> str:
    rel = article.get("path")
    if not rel:
        if isinstance(article.get("text"), str):
            return article["text"]
        _fail(gold_path, "article", "has neither `path` nor `text`")
    if not isinstance(rel, str):
        _fail(gold_path, "article.path", f"is {rel!r}, not a string")
    file = gold_path.parent / rel
    try:
        with open(file, encoding="utf-8", newline="") as fh:
            return fh.read()
    except FileNotFoundError as exc:
        raise InputError(f"{gold_path}: article.path {rel!r} does not exist ({file})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{gold_path}: cannot read article {file} as UTF-8 ({exc})") from exc


def parse_gold(
    data: dict[str, Any], text: str, source: str, parts: Iterable[str] | None = None
) -> GoldDoc:
    """Return a checked GoldDoc of a kronika-gold/1 dict whose article text is `text`.

    `parts` defaults to those of PARTS the dict has: a gold file without `events` scores none.
    Raises GoldFormatError naming `source` and the first thing wrong.
    """
    if data.get("format") != GOLD_FORMAT:
        _fail(source, "format", f"is {data.get('format')!r}, expected {GOLD_FORMAT!r}")
    art = data.get("article")
    if not isinstance(art, dict):
        _fail(source, "article", "is missing or not an object")
    if not isinstance(art.get("id"), str) or not art["id"]:
        _fail(source, "article.id", f"is {art.get('id')!r}, not a non-empty string")
    try:
        article = Article.from_dict({**art, "text": text})
    except (TypeError, ValueError) as exc:
        _fail(source, "article.published", f"is {art.get('published')!r}, not a date ({exc})")
    _check_toponyms(data, text, source)
    _check_events(data, text, source)
    _check_list(data, "boilerplate", source, str)
    for i, item in enumerate(_check_list(data, "not_events", source, dict)):
        _check_quote(item.get("quote"), text, source, f"not_events[{i}].quote")
    chosen = frozenset(p for p in PARTS if p in data) if parts is None else frozenset(parts)
    return GoldDoc(gold=data, article=article, path=source, parts=chosen)


def _check_toponyms(data: dict[str, Any], text: str, source: str) -> None:
    for i, top in enumerate(_check_list(data, "toponyms", source, dict)):
        where = f"toponyms[{i}]"
        start, end = top.get("start"), top.get("end")
        if not (_is_int(start) and _is_int(end) and 0 <= start <= end <= len(text)):
            _fail(source, where, f"has offsets {start!r}..{end!r} outside the article")
        if top.get("text") != text[start:end]:
            _fail(
                source, where, f"text {top.get('text')!r} is not the article's {text[start:end]!r}"
            )
        if top.get("kind", "literal") not in KINDS:
            _fail(source, f"{where}.kind", f"is {top.get('kind')!r}, expected one of {KINDS}")
        _check_point(top, source, where)


def _check_events(data: dict[str, Any], text: str, source: str) -> None:
    for i, ev in enumerate(_check_list(data, "events", source, dict)):
        where = f"events[{i}]"
        if not isinstance(ev.get("event_type"), str) or not ev["event_type"]:
            _fail(source, f"{where}.event_type", f"is {ev.get('event_type')!r}, not a string")
        if not isinstance(ev.get("required", True), bool):
            _fail(source, f"{where}.required", f"is {ev.get('required')!r}, not true/false")
        _check_list(ev, "accept_types", source, str, where)
        _check_list(ev, "attribution", source, str, where)
        loc = ev.get("location")
        if loc is not None:
            if not isinstance(loc, dict) or loc.get("latitude") is None:
                _fail(source, f"{where}.location", "needs latitude and longitude (or be null)")
            _check_point(loc, source, f"{where}.location")
        date = ev.get("event_date")
        if date is not None and not (isinstance(date, str) and _valid_date(date)):
            _fail(source, f"{where}.event_date", f"is {date!r}, not YYYY-MM-DD, YYYY-MM or null")
        for key in ("fatalities", "injuries"):
            value = ev.get(key)
            if value is not None and not (_is_int(value) and value >= 0):
                _fail(source, f"{where}.{key}", f"is {value!r}, not a count or null")
        if "cluster" in ev and not isinstance(ev["cluster"], str):
            _fail(source, f"{where}.cluster", f"is {ev['cluster']!r}, not a string")
        for j, quote in enumerate(_check_list(ev, "evidence", source, str, where)):
            _check_quote(quote, text, source, f"{where}.evidence[{j}]")


def _check_list(
    data: dict[str, Any], key: str, source: str, item_type: type, where: str = ""
) -> list[Any]:
    value = data.get(key)
    name = f"{where}.{key}" if where else key
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, item_type) for v in value):
        _fail(source, name, f"is not a list of {item_type.__name__}")
    return value


def _check_point(d: dict[str, Any], source: str, where: str) -> None:
    lat, lon = d.get("latitude"), d.get("longitude")
    if (lat is None) != (lon is None) or not all(_is_num(v) for v in (lat, lon) if v is not None):
        _fail(source, where, f"has latitude {lat!r} and longitude {lon!r}: need two numbers")
    gid = d.get("geonameid")
    if gid is not None and not _is_int(gid):
        _fail(source, f"{where}.geonameid", f"is {gid!r}, not an integer or null")


def _check_quote(quote: Any, text: str, source: str, where: str) -> None:
    if not isinstance(quote, str) or not quote:
        _fail(source, where, f"is {quote!r}, not a non-empty string")
    if quote not in text:
        _fail(source, where, f"{quote!r} is not an exact substring of the article")


def _valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fail(source: str | Path, where: str, what: str) -> NoReturn:
    raise GoldFormatError(f"{source}: {where} {what}")
