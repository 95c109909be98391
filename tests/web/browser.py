"""Debian's Chromium driven by Playwright (never Playwright's own browser download).

`find_chromium()` says where the browser is or why there is none; `launch()` starts it headless
with the flags this machine needs (no sandbox as root, no background connections to the closed
network). Run as a script, it serves a store and writes a screenshot of the map page:

    python tests/web/browser.py --db demo/kronika.duckdb --out demo/map.png
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def find_chromium() -> tuple[str | None, str]:
    """Return (path of the Chromium executable, "") or (None, why there is none)."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return None, "the playwright package is not installed (pip install -e '.[test]')"
    for candidate in (os.environ.get("KRONIKA_CHROMIUM"), "/usr/bin/chromium", "chromium"):
        if candidate and (path := shutil.which(candidate)):
            return path, ""
    return None, "no Chromium found at /usr/bin/chromium (apt-get install chromium)"


def launch(playwright: Any, executable: str) -> Any:
    """Return a headless Chromium browser started from `executable`."""
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)


def open_map(browser, url: str, errors: list[str] | None = None):
    """Return a new page of `browser` showing the map at `url`, once its events are drawn."""
    page = browser.new_page(viewport={"width": 1300, "height": 800})
    if errors is not None:
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on(
            "console",
            lambda m: m.type == "error" and "favicon" not in m.text and errors.append(m.text),
        )
    page.goto(url + "/")
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    return page


def screenshot(db: Path, out: Path, *, width: int = 1400, height: int = 850) -> dict[str, Any]:
    """Serve `db`, open the map and the event with the most sources, write a PNG to `out`.

    Returns what the page measured ({"dataLoaded": ms, "firstRender": ms}) and its count line.
    """
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from serving import live_server

    from kronika.api import create_app

    executable, why = find_chromium()
    if executable is None:
        raise SystemExit(f"no screenshot: {why}")
    with live_server(create_app(db)) as url, sync_playwright() as p:
        browser = launch(p, executable)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
        # Open the event told by the most sources: its panel shows every report's evidence.
        events = page.evaluate("fetch('/api/events').then(r => r.json()).then(b => b.events)")
        best = max(events, key=lambda e: e["sources"], default=None)
        listed = best and page.query_selector(f"#list li[data-id='{best['id']}']")
        first = listed or page.query_selector("#list li[data-id]")
        if first is not None:
            first.click()
            page.wait_for_selector("#detail .report, #detail h2", timeout=10_000)
            # Clicking scrolled the list item into view; bring the panel back to the top.
            page.evaluate("document.getElementById('detail').scrollIntoView({block: 'start'})")
        page.wait_for_timeout(500)  # tiles
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        result = {
            "timings": page.evaluate("window.kronika.timings"),
            "count": page.text_content("#count"),
        }
        browser.close()
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--or-skip", action="store_true", help="Without a browser, say so and exit 0 (make demo)."
    )
    args = parser.parse_args()
    if args.or_skip and find_chromium()[0] is None:
        print(f"no screenshot: {find_chromium()[1]}")
        raise SystemExit(0)
    result = screenshot(args.db, args.out)
    print(
        f"{args.out}: {result['count']}; first render "
        f"{result['timings'].get('firstRender', 0):.0f} ms after navigation"
    )
