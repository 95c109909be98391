"""The map page in a real browser: markers, filters, evidence on click, inert hostile text."""

from __future__ import annotations

import pytest
from browser import open_map
from serving import XSS_TEXT


def count(page, what: str = "matching") -> int:
    return int(page.get_attribute("#count", f"data-{what}"))


def test_markers_appear_for_every_placed_event(page) -> None:
    assert count(page) == 5  # six fused events, one without a place
    ids = page.eval_on_selector_all("path.ev-marker", "els => els.map(e => e.dataset.id)")
    clustered = page.eval_on_selector_all(".cluster", "els => els.map(e => +e.textContent)")
    assert len(ids) + sum(clustered) == 5
    assert "events in view" in page.text_content("#count")


def test_contested_claims_are_drawn_apart(page) -> None:
    contested = page.locator("path.ev-marker.contested")
    assert contested.count() == 1
    assert contested.get_attribute("data-id") == "F00000000000b"
    assert contested.get_attribute("stroke-dasharray")


@pytest.mark.parametrize(
    ("control", "value", "expected"),
    [("#type", "Protests", 1), ("#claim", "contested", 1), ("#type", "Battles", 1)],
)
def test_a_filter_changes_the_count(page, control: str, value: str, expected: int) -> None:
    page.select_option(control, value)
    assert count(page) == expected
    assert page.locator("#list li[data-id]").count() == expected


def test_the_timeline_and_actor_filters_narrow_the_events(page) -> None:
    page.fill("#since", "2024-01-01")
    page.dispatch_event("#since", "change")
    assert count(page) == 3
    page.fill("#actor", "Forces of Ukraine")
    assert count(page) == 0
    page.click("#reset")
    page.wait_for_function("() => true")  # let the reset handler run
    page.wait_for_selector("#count[data-matching='5']", state="attached")


def test_clicking_a_marker_shows_the_evidence_with_its_words_marked(page) -> None:
    page.click("path.ev-marker[data-id='F00000000000b']", force=True)
    page.wait_for_selector("#detail .report")
    detail = page.locator("#detail")
    assert "Air/drone strike" in detail.locator("h2").text_content()
    assert detail.locator("mark.trigger").first.text_content() == "struck"
    assert detail.locator("mark.place").first.text_content() == "Pokrovsk"
    assert detail.locator("mark.figure").first.text_content() == "killing four"
    assert "contested" in detail.text_content()
    link = detail.locator("a[href='https://news.example.org/pokrovsk']")
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"


def test_the_hostile_article_stays_text(page) -> None:
    page.click("#list li[data-id='F00000000000c']")
    page.wait_for_selector("#detail .report")
    page.click("#detail button.link")  # the whole article, with its spans
    page.wait_for_selector("#detail .article-text")
    detail = page.locator("#detail")
    assert page.evaluate("window.__pwned") is None
    assert detail.locator("img, script, iframe").count() == 0
    assert detail.locator("a[href^='javascript']").count() == 0
    assert "<script>window.__pwned = 1</script>" in detail.locator(".quote").text_content()
    article = detail.locator(".article-text").text_content()
    assert article == XSS_TEXT
    assert '<img src=x onerror="window.__pwned = 4">' in detail.text_content()  # the title


def test_ten_thousand_events_render_and_filter_quickly(browser, large_url: str) -> None:
    errors: list[str] = []
    page = open_map(browser, large_url, errors)
    timings = page.evaluate("window.kronika.timings")
    print(
        f"\n10,002 events: data loaded {timings['dataLoaded']:.0f} ms, "
        f"first render {timings['firstRender']:.0f} ms after navigation"
    )
    assert count(page) == 10_002 - 1667  # the unplaced event and its copies are not on the map
    assert timings["firstRender"] < 5_000
    filter_ms = page.evaluate(
        """() => { const t = performance.now(); const s = document.getElementById('type');
        s.value = 'Protests'; s.dispatchEvent(new Event('change'));
        return performance.now() - t; }"""
    )
    print(f"type filter over 10,002 events: {filter_ms:.0f} ms")
    assert count(page) == 1667
    assert filter_ms < 500
    page.close()
    assert not errors, errors
