"""Stores and a live server for the API and browser tests and the load benchmark.

`write_sample_store` makes a small store with fused events of every kind the map draws (a
two-source event, a contested claim, an unplaced event, an article full of HTML and `javascript:`
links that must stay inert); `replicate` grows a store to thousands of fused events by copying
them with shifted dates and places; `live_server` runs an app with uvicorn on a loopback port in a
thread of this process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from kronika.store import open_db

#: The hostile article: every piece of markup in it must reach the page as text.
XSS_TEXT = (
    "Shelling hit Nikopol on Monday <script>window.__pwned = 1</script>, killing three people. "
    '<img src=x onerror="window.__pwned = 2"> Officials said. '
    '<a href="javascript:window.__pwned = 3">more</a>'
)
XSS_TITLE = '<img src=x onerror="window.__pwned = 4">Nikopol shelled'
XSS_URL = "javascript:window.__pwned = 5"

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "2024-05-02_kharkiv-missile",
        "title": "Missile hits Kharkiv apartment block",
        "url": "https://news.example.org/kharkiv-missile",
        "source": "Example News",
        "published": dt.date(2024, 5, 2),
        "text": "A Russian missile struck a residential building in Kharkiv on Wednesday, "
        "killing two people and injuring 14, the regional governor said.",
    },
    {
        "id": "2024-05-02_kharkiv-wire",
        "title": "Kharkiv strike kills two",
        "url": "https://wire.example.com/kharkiv",
        "source": "Example Wire",
        "published": dt.date(2024, 5, 2),
        "text": "Two people were killed when a missile hit a block of flats in Kharkiv on "
        "Wednesday, officials said.",
    },
    {
        "id": "2024-08-21_pokrovsk-drone",
        "title": "Drone strike on Pokrovsk",
        "url": "https://news.example.org/pokrovsk",
        "source": "Example News",
        "published": dt.date(2024, 8, 21),
        "text": "Ukrainian officials said a Russian drone struck a market in Pokrovsk on "
        "Tuesday, killing four. Moscow denied the attack and blamed Ukrainian forces.",
    },
    {
        "id": "2024-09-03_nikopol-xss",
        "title": XSS_TITLE,
        "url": XSS_URL,
        "source": "<b>Evil Source</b>",
        "published": dt.date(2024, 9, 3),
        "text": XSS_TEXT,
    },
    {
        "id": "2022-10-02_lyman-battle",
        "title": "Fighting around Lyman",
        "url": "https://news.example.org/lyman",
        "source": "Example News",
        "published": dt.date(2022, 10, 2),
        "text": "Ukrainian troops fought Russian forces near Lyman on Saturday.",
    },
    {
        "id": "2023-03-01_kyiv-protest",
        "title": "Protest in Kyiv",
        "url": "https://news.example.org/kyiv",
        "source": "Example News",
        "published": dt.date(2023, 3, 1),
        "text": "Hundreds of people protested in Kyiv on Wednesday against corruption.",
    },
]


def span(text: str, phrase: str) -> dict[str, Any]:
    """Return {start, end, text} of the first `phrase` in `text`."""
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def _report(article: dict[str, Any], n: int, fused_id: str, **kw: Any) -> dict[str, Any]:
    text = article["text"]
    fields = kw.pop("fields")
    evidence = kw.pop("evidence", None) or [text]
    return {
        "id": f"{article['id']}-e{n}",
        "article_id": article["id"],
        "idx": n - 1,
        "fused_id": fused_id,
        "evidence": json.dumps([span(text, s) for s in evidence]),
        "field_evidence": json.dumps({k: span(text, v) for k, v in fields.items()}),
        **kw,
    }


#: (fused event, its reports): one row each, in the columns of `fused_events` and `events`.
def _events() -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    a = {x["id"]: x for x in ARTICLES}
    kharkiv = dict(latitude=49.98081, longitude=36.25272, location_name="Kharkiv")
    return [
        (
            dict(
                id="F00000000000a",
                event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack",
                event_date="2024-05-01",
                actor1="Military Forces of Russia (2000-)",
                fatalities=2,
                fatalities_low=2,
                fatalities_high=2,
                injuries=14,
                injuries_low=14,
                injuries_high=14,
                claim_status="reported",
                civilian_targeting=True,
                **kharkiv,
            ),
            [
                _report(
                    a["2024-05-02_kharkiv-missile"],
                    1,
                    "F00000000000a",
                    fields={
                        "trigger": "struck",
                        "location": "Kharkiv",
                        "event_date": "on Wednesday",
                        "actor1": "Russian",
                        "fatalities": "killing two people",
                        "injuries": "injuring 14",
                    },
                    fatalities=2,
                    injuries=14,
                ),
                _report(
                    a["2024-05-02_kharkiv-wire"],
                    1,
                    "F00000000000a",
                    fields={
                        "trigger": "hit",
                        "location": "Kharkiv",
                        "fatalities": "Two people were killed",
                    },
                    fatalities=2,
                ),
            ],
        ),
        (
            dict(
                id="F00000000000b",
                event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike",
                event_date="2024-08-20",
                location_name="Pokrovsk",
                latitude=48.28198,
                longitude=37.17585,
                actor1="Military Forces of Russia (2000-)",
                fatalities=4,
                fatalities_low=4,
                fatalities_high=4,
                claim_status="contested",
                civilian_targeting=True,
            ),
            [
                _report(
                    a["2024-08-21_pokrovsk-drone"],
                    1,
                    "F00000000000b",
                    fields={
                        "trigger": "struck",
                        "location": "Pokrovsk",
                        "fatalities": "killing four",
                    },
                    fatalities=4,
                    claim_status="contested",
                )
            ],
        ),
        (
            dict(
                id="F00000000000c",
                event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack",
                event_date="2024-09-02",
                location_name="Nikopol",
                latitude=47.56659,
                longitude=34.40624,
                actor1="<img src=x onerror=window.__pwned=6>",
                fatalities=3,
                claim_status="reported",
            ),
            [
                _report(
                    a["2024-09-03_nikopol-xss"],
                    1,
                    "F00000000000c",
                    fields={
                        "trigger": "Shelling",
                        "location": "Nikopol",
                        "fatalities": "killing three people",
                    },
                    fatalities=3,
                )
            ],
        ),
        (
            dict(
                id="F00000000000d",
                event_type="Battles",
                sub_event_type="Armed clash",
                event_date="2022-10-01",
                location_name="Lyman",
                latitude=48.98867,
                longitude=37.80225,
                actor1="Military Forces of Ukraine (2019-)",
                actor2="Military Forces of Russia (2000-)",
                claim_status="reported",
            ),
            [
                _report(
                    a["2022-10-02_lyman-battle"],
                    1,
                    "F00000000000d",
                    fields={"trigger": "fought", "location": "Lyman", "actor1": "Ukrainian troops"},
                )
            ],
        ),
        (
            dict(
                id="F00000000000e",
                event_type="Protests",
                sub_event_type="Peaceful protest",
                event_date="2023-03-01",
                location_name="Kyiv",
                latitude=50.45466,
                longitude=30.5238,
                actor1="Protesters (Ukraine)",
                claim_status="reported",
            ),
            [
                _report(
                    a["2023-03-01_kyiv-protest"],
                    1,
                    "F00000000000e",
                    fields={"trigger": "protested", "location": "Kyiv"},
                )
            ],
        ),
        (
            dict(
                id="F00000000000f",
                event_type="Strategic developments",
                sub_event_type="Other",
                event_date="2023-03-02",
                claim_status="unconfirmed",
            ),
            [],
        ),
    ]


_EVENT_DEFAULTS: dict[str, Any] = {
    "civilian_targeting": False,
    "weapons": [],
    "attribution": [],
    "claim_status": "reported",
    "current": True,
    "tags": [],
}


def write_sample_store(path: str | Path) -> Path:
    """Write the sample store at `path` (schema by `open_db`, rows by SQL) and return the path."""
    open_db(path).close()
    con = duckdb.connect(str(path))
    try:
        now = dt.datetime(2024, 9, 4, 12, 0)
        for a in ARTICLES:
            con.execute(
                "INSERT INTO articles (id, title, url, source, published, text, content_hash, "
                "boilerplate, processed_at, kronika_version) VALUES (?, ?, ?, ?, ?, ?, ?, [], ?, ?)",
                [
                    a["id"], a["title"], a["url"], a["source"], a["published"], a["text"],
                    hashlib.sha256(a["text"].encode()).hexdigest(), now, "0.1.0",
                ],
            )  # fmt: skip
            for idx, name in enumerate(("Kharkiv", "Pokrovsk", "Nikopol", "Lyman", "Kyiv")):
                if name in a["text"]:
                    s = span(a["text"], name)
                    con.execute(
                        'INSERT INTO toponyms (article_id, idx, "start", "end", "text", kind, '
                        "name, score) VALUES (?, ?, ?, ?, ?, 'city', ?, 1.0)",
                        [a["id"], idx, s["start"], s["end"], s["text"], name],
                    )
        published = {a["id"]: a["published"] for a in ARTICLES}
        sources = {a["id"]: a["source"] for a in ARTICLES}
        for fused, reports in _events():
            article_ids = [r["article_id"] for r in reports]
            row = {
                **_EVENT_DEFAULTS,
                **fused,
                "sources": len(set(article_ids)),
                "source_names": sorted({sources[i] for i in article_ids}),
                "report_ids": [r["id"] for r in reports],
                "article_ids": article_ids,
                "first_published": min((published[i] for i in article_ids), default=None),
                "last_published": max((published[i] for i in article_ids), default=None),
                "time_precision": 1,
                "geo_precision": 1 if fused.get("latitude") else None,
            }
            _insert(con, "fused_events", row)
            for r in reports:
                base = {k: v for k, v in fused.items() if k != "id"}
                _insert(
                    con,
                    "events",
                    {
                        **_EVENT_DEFAULTS,
                        **base,
                        **r,
                        "kronika_version": "0.1.0",
                        "time_precision": 1,
                    },
                )
    finally:
        con.close()
    return Path(path)


def _insert(con: duckdb.DuckDBPyConnection, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(f'"{c}"' for c in row)
    con.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )


def replicate(path: str | Path, at_least: int) -> int:
    """Copy the store's fused events and their reports until it holds `at_least`; return the count.

    Copy k moves each event k weeks later and k·0.05° north-east, so the copies spread in time
    and space; ids get a "-r<k>" suffix. Articles are shared by the copies.
    """
    con = duckdb.connect(str(path))
    try:
        n = con.execute("SELECT count(*) FROM fused_events").fetchone()[0]
        if n == 0:
            raise ValueError(f"{path} has no fused events to replicate")
        copies = -(-at_least // n) - 1
        date = (
            "CASE WHEN length(event_date) = 10 THEN strftime(CAST(event_date AS DATE) + "
            "INTERVAL (7 * k.k) DAY, '%Y-%m-%d') ELSE event_date END"
        )
        geo = "latitude + 0.05 * (k.k % 40), longitude + 0.05 * (k.k // 40 % 40)"
        cols = [
            r[0]
            for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = 'fused_events' "
                "ORDER BY column_index"
            ).fetchall()
        ]
        special = {
            "id": "id || '-r' || k.k",
            "event_date": date,
            "latitude": geo.split(", ")[0],
            "longitude": geo.split(", ")[1],
            "report_ids": "list_transform(report_ids, lambda x: x || '-r' || k.k)",
        }
        select = ", ".join(special.get(c, f'"{c}"') for c in cols)
        con.execute("BEGIN")
        con.execute(
            f"INSERT INTO fused_events SELECT {select} FROM fused_events, "
            f"range(1, {copies + 1}) k(k) WHERE NOT contains(id, '-r')"
        )
        ecols = [
            r[0]
            for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = 'events' "
                "ORDER BY column_index"
            ).fetchall()
        ]
        especial = {
            "id": "id || '-r' || k.k",
            "fused_id": "fused_id || '-r' || k.k",
            "event_date": date,
            "latitude": special["latitude"],
            "longitude": special["longitude"],
        }
        eselect = ", ".join(especial.get(c, f'"{c}"') for c in ecols)
        con.execute(
            f"INSERT INTO events SELECT {eselect} FROM events, range(1, {copies + 1}) k(k) "
            "WHERE fused_id IS NOT NULL AND NOT contains(id, '-r')"
        )
        con.execute("COMMIT")
        return con.execute("SELECT count(*) FROM fused_events").fetchone()[0]
    finally:
        con.close()


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 and an unused port in a thread; yield its base URL."""
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
