"""Plain-text articles: one `.txt` file is one article.

The file stem is the article id. A stem that starts with an ISO date gives the publication date:
`2024-05-14_pokrovsk-drone.txt`, `20240514-kupiansk.txt` and GDELT-style
`20220125T090000Z_GB_en_7d015e6984.txt` are all published on that day. The date must be followed
by the end of the stem or one of `_ - . ` (space). That date is the article's own, so it wins over
the `published` default given to the reader; a stem without one takes the default.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from kronika import config
from kronika.ingest.common import Unreadable, decode, finish, read_limited
from kronika.types import Article, Skipped

_STEM_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{8})(?:T\d{2}(?::?\d{2}){0,2}Z?)?(?=$|[_\-. ])")


def stem_date(stem: str) -> dt.date | None:
    """Return the date a file stem starts with (`2024-05-14_…`, `20240514T0900Z_…`), if any."""
    m = _STEM_DATE.match(stem)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:  # 2024-13-40: not a date after all
        return None


def read_text(path: Path, published: dt.date | None = None) -> Iterator[Article | Skipped]:
    """Yield the one Article in a text file, or a Skipped saying why it cannot be read."""
    try:
        data = read_limited(path, config.MAX_FILE_BYTES)
        text = decode(data)
    except Unreadable as e:
        yield Skipped(str(path), str(e))
        return
    article = Article(
        id=path.stem,
        text=text,
        published=stem_date(path.stem) or published,
        path=str(path),
    )
    yield from finish(article, str(path))
