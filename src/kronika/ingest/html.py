"""Web pages: one `.html`/`.htm` file is one article, its main text found by trafilatura.

trafilatura drops navigation, headers, footers and comments; the page's title, publication date
(from its metadata: `<meta property="article:published_time">`, JSON-LD, `<time>`, a date in the
URL; never a guess from other dates in the text), canonical URL and site name fill the Article. The title line trafilatura puts first is removed from the text (an
Article's text excludes its title). Nothing is fetched: the page is parsed as it is on disk.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from kronika import config
from kronika.ingest.common import (
    Unreadable,
    declared_charset,
    decode,
    finish,
    parse_date,
    read_limited,
)
from kronika.types import Article, Skipped

_WORD = re.compile(r"[^\W\d_]{2}")  # two letters in a row: the least that is text
_NO_TEXT = "no main text found in the HTML (not an article page, or malformed markup)"


def read_html(path: Path, published: dt.date | None = None) -> Iterator[Article | Skipped]:
    """Yield the one Article in an HTML page, or a Skipped saying why it cannot be read."""
    try:
        data = read_limited(path, config.MAX_FILE_BYTES)
        page = decode(data, declared=declared_charset(data))
    except Unreadable as e:
        yield Skipped(str(path), str(e))
        return
    if not page.strip():
        yield Skipped(str(path), "empty: no text" if not page else "empty: only whitespace")
        return
    extracted = _extract(page)
    if extracted is None or not _WORD.search(extracted.text or ""):
        yield Skipped(str(path), _NO_TEXT)
        return
    title = (extracted.title or "").strip() or None
    article = Article(
        id=path.stem,
        text=_drop_title_line(extracted.text, title),
        published=_page_date(extracted.date) or published,
        title=title,
        url=extracted.url or None,
        source=extracted.sitename or None,
        path=str(path),
    )
    yield from finish(article, str(path))


def _extract(page: str):  # -> trafilatura.settings.Document | None
    """Return trafilatura's main text and metadata, None when it finds none or fails."""
    from trafilatura import bare_extraction  # imported here: plain-text runs do not need it
    from trafilatura.settings import set_date_params

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # we report the skip ourselves
    try:
        return bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            # Metadata, <time> and URL dates only: the extensive search guesses from any date in
            # the page, and turns "Copyright © 2024" into 2024-01-01.
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception:  # noqa: BLE001 - trafilatura/lxml raise bare errors on broken markup
        return None


def _drop_title_line(text: str, title: str | None) -> str:
    """Return the text without a first line that repeats the title."""
    first, sep, rest = text.partition("\n")
    if title and sep and first.strip() == title:
        return rest
    return text


def _page_date(value: str | None) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        return None
