"""Tests of kronika.ingest.html: a web page's main text and metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from kronika.ingest.html import read_html
from kronika.types import Article, Skipped

BODY = (
    "Russian forces shelled Nikopol with artillery and drones on Tuesday, killing one man and "
    "wounding two women, the regional governor said. The shelling damaged a gas pipeline."
)

PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Nikopol shelled again | Frontline Wire</title>
<meta property="og:site_name" content="Frontline Wire">
<meta property="article:published_time" content="2024-03-27T09:40:00+02:00">
<link rel="canonical" href="https://frontline-wire.example/nikopol">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Nikopol shelled again</h1><p>{BODY}</p>
<p>Power was restored to most homes by the evening, the city council said.</p></article>
<footer><p>Copyright © 2024 Frontline Wire. All rights reserved.</p></footer>
</body></html>"""


def read_one(path, published=None):
    items = list(read_html(path, published))
    assert len(items) == 1
    return items[0]


def test_html_page_gives_main_text_title_date_url_and_site(tmp_path):
    path = tmp_path / "nikopol.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.id == "nikopol"
    assert article.title == "Nikopol shelled again"
    assert article.published == dt.date(2024, 3, 27)
    assert article.url == "https://frontline-wire.example/nikopol"
    assert article.source == "Frontline Wire"
    assert article.text.startswith(BODY)  # the title is not repeated in the text
    assert "Home" not in article.text and "Copyright" not in article.text


def test_page_without_a_date_takes_the_default(tmp_path):
    path = tmp_path / "nodate.htm"
    page = PAGE.replace(
        '<meta property="article:published_time" content="2024-03-27T09:40:00+02:00">', ""
    )
    path.write_text(page, encoding="utf-8")
    assert read_one(path, dt.date(2024, 1, 2)).published == dt.date(2024, 1, 2)


def test_declared_charset_is_used_for_a_page_that_is_not_utf8(tmp_path):
    page = PAGE.replace("<head>", '<head><meta charset="windows-1251">').replace(
        "Power was restored", "Світло повернули"
    )
    path = tmp_path / "cp1251.html"
    path.write_bytes(page.encode("cp1251"))
    assert "Світло повернули" in read_one(path).text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div><<<</div></body></html>",
        "<html><head></head><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
        "<<<<>>>><p",
    ],
    ids=["stray-brackets", "no-body", "script-only", "not-markup"],
)
def test_html_without_main_text_is_skipped(tmp_path, page):
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    skipped = read_one(path)
    assert isinstance(skipped, Skipped)
    assert "no main text" in skipped.reason


def test_empty_html_file_is_skipped(tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert read_one(path) == Skipped(str(path), "empty: no text")
