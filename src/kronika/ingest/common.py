"""What every reader shares: bounded reads, the decoding policy, dates, the long-text policy.

Decoding policy (one place, so every format behaves the same):

1. A UTF-8, UTF-16 or UTF-32 byte-order mark decides the encoding; the mark is dropped.
2. Otherwise a file with NUL bytes is binary (or UTF-16 without a byte-order mark, which is
   reported as such): skipped.
3. Otherwise the bytes must be UTF-8. If they are not, an encoding the file declares (an HTML
   `<meta charset>`) is tried, then charset-normalizer's best guess, but only when it is
   confident (see `_CONFIDENT_*`); else the file is skipped as "not UTF-8 text". A wrong guess
   would silently garble place names, so an unsure guess is worse than a skip.
4. Decoded text with more than `_MAX_CONTROL_SHARE` control characters is binary: skipped.

Newlines become "\\n" (CRLF and lone CR); nothing else in the text is changed, so offsets into
`Article.text` are offsets into the file's text as decoded.

Long texts: past `config.MAX_ARTICLE_CHARS` characters the article is cut and kept, and a
`Skipped` reports the cut (as config.py says), so nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from kronika import config
from kronika.types import Article, Skipped


class Unreadable(Exception):
    """A file (or record) cannot be read; the message is the reason shown to the user."""


#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: charset-normalizer's guess is used only when its "chaos" (share of odd characters in the
#: decoded text) is at most this and its language "coherence" at least this: measured on
#: cp1252/latin-1/cp1251 news text (chaos 0.0, coherence > 0.5) against short or random bytes
#: (coherence 0.0, or no result).
_CONFIDENT_MAX_CHAOS = 0.05
_CONFIDENT_MIN_COHERENCE = 0.3

#: More control characters than this share of the text (tab, newline, CR, FF, VT excepted) means
#: the bytes are not text, even when they happen to decode.
_MAX_CONTROL_SHARE = 0.05
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Unicode Cc minus \t \n \v \f \r

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I
)
_NEWLINES = re.compile(r"\r\n?")


def read_limited(path: Path, limit: int) -> bytes:
    """Return the file's bytes; raise Unreadable when it is too large or cannot be opened."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise Unreadable(
                f"too large ({size:,} bytes; the limit for this kind of file is {limit:,}): "
                "split it into smaller files"
            )
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise Unreadable(f"cannot read: {e.strerror or e}") from None
    if len(data) > limit:  # grew while we read, or a special file that reports size 0
        raise Unreadable(f"too large (more than {limit:,} bytes): split it into smaller files")
    return data


def declared_charset(data: bytes) -> str | None:
    """Return the encoding an HTML page declares in a `<meta>` tag of its first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def decode(data: bytes, declared: str | None = None) -> str:
    """Return the bytes as text with "\\n" newlines, by the policy in this module's docstring."""
    text = _decode_bytes(data, declared)
    _check_controls(text)
    return normalise_newlines(text)


def bom_encoding(data: bytes) -> str | None:
    """Return the encoding named by the data's byte-order mark, if it has one."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def check_not_binary(data: bytes) -> None:
    """Raise Unreadable when the bytes (with no byte-order mark) are binary, not text."""
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise Unreadable("UTF-16 text without a byte-order mark: save it as UTF-8")
        raise Unreadable("binary file, not text (contains NUL bytes)")
    _check_controls(data[:65536].decode("utf-8", errors="replace"))


def _check_controls(text: str) -> None:
    if text and len(_CONTROLS.findall(text)) / len(text) > _MAX_CONTROL_SHARE:
        raise Unreadable("binary file, not text (many control characters)")


def _decode_bytes(data: bytes, declared: str | None) -> str:
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise Unreadable(
                f"not valid {encoding.upper()} text despite its byte-order mark"
            ) from None
    check_not_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall through to the guess
    guessed = _confident_guess(data)
    if guessed is None:
        raise Unreadable(
            "not UTF-8 text, and its encoding cannot be told for sure: save it as UTF-8"
        )
    return guessed


def _looks_like_utf16(data: bytes) -> bool:
    """Return True when NULs sit at every other byte, as in UTF-16 text of Latin script."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) / len(even) > 0.7 or odd.count(0) / len(odd) > 0.7


def _confident_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    if best.chaos > _CONFIDENT_MAX_CHAOS or best.coherence < _CONFIDENT_MIN_COHERENCE:
        return None
    return str(best)


def normalise_newlines(text: str) -> str:
    """Return the text with CRLF and lone CR turned into LF (same text otherwise)."""
    return _NEWLINES.sub("\n", text)


def parse_date(value: object) -> dt.date | None:
    """Return the date of an ISO 8601 date or date-time (None for None or "").

    Accepts `2024-05-14`, `20240514`, `2024-05-14T08:30:00Z`, `2024-05-14 08:30+03:00`,
    `20220125T090000Z`; a date-time keeps the calendar date as written (no time-zone shift).
    Raises ValueError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date")
    s = value.strip()
    if not s:
        return None
    try:
        return dt.datetime.fromisoformat(s).date()
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD or an ISO date-time)") from None


def finish(article: Article, where: str) -> Iterator[Article | Skipped]:
    """Yield the article, or Skipped when its text is blank; a long text is cut and reported.

    `where` names the input in reports: the file, or `file:line` for a record.
    """
    if not article.text.strip():
        yield Skipped(where, "empty: no text" if not article.text else "empty: only whitespace")
        return
    limit = config.MAX_ARTICLE_CHARS
    if len(article.text) <= limit:
        yield article
        return
    n = len(article.text)
    yield dataclasses.replace(article, text=article.text[:limit])
    yield Skipped(
        where,
        f"too long: kept the first {limit:,} of {n:,} characters; split it to read the rest",
    )
