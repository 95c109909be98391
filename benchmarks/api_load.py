"""Load on `kronika serve` over loopback: requests/s and p50/p99 latency of /api/events GeoJSON.

    python benchmarks/api_load.py [--db demo/kronika.duckdb] [--events 10000] [--seconds 10]

Copies the store (default: the demo store, else the tests' sample store) to a temporary folder
and grows it to at least `--events` fused events by replicating them with shifted dates and
places (tests/serving.py `replicate`), starts `kronika serve` on 127.0.0.1 in its own process,
then runs `--clients` keep-alive connections for `--seconds` (and at most `--max-requests`)
per scenario:

- reference: GET /api/health (the framework's floor on this machine, same run);
- geojson: GET /api/events?format=geojson (the first page, 1000 events), as a map client repeats it;
- filtered: 200 distinct filtered queries (type, date window, bbox) in turn;
- uncached: a bbox no request repeats, so every answer is computed from the store.

Only 127.0.0.1 is ever contacted; the loops stop by themselves.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from serving import replicate, write_sample_store  # noqa: E402

HOST = "127.0.0.1"
TYPES = ["Battles", "Explosions/Remote violence", "Protests", "Strategic developments"]


def prepare_store(source: Path | None, events: int, folder: Path) -> tuple[Path, int]:
    """Return (path, fused events) of a copy of `source` grown to at least `events`."""
    db = folder / "load.duckdb"
    if source is not None and _fused_count(source) > 0:
        shutil.copy(source, db)
    else:
        write_sample_store(db)
    return db, replicate(db, events)


def _fused_count(path: Path) -> int:
    import duckdb

    if not path.is_file():
        return 0
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM fused_events").fetchone()[0]
    except duckdb.Error:
        return 0
    finally:
        con.close()


def start_server(db: Path, port: int) -> subprocess.Popen:
    kronika = Path(sys.executable).parent / "kronika"
    proc = subprocess.Popen(
        [str(kronika), "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            c = http.client.HTTPConnection(HOST, port, timeout=2)
            c.request("GET", "/api/health")
            if c.getresponse().status == 200:
                c.close()
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"the server did not start: {proc.stderr.read().decode()[-2000:]}")


def load(
    port: int, next_path: Callable[[int], str], *, clients: int, seconds: float, max_requests: int
) -> dict[str, float]:
    """Return requests/s, p50/p99 latency (ms), errors and bytes/request of one bounded run."""
    latencies: list[float] = []
    errors = 0
    sizes = 0
    lock = threading.Lock()
    counter = iter(range(max_requests))
    stop = time.monotonic() + seconds

    def worker() -> None:
        nonlocal errors, sizes
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine: list[float] = []
        bad = size = 0
        while time.monotonic() < stop:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            t = time.perf_counter()
            try:
                conn.request("GET", next_path(i))
                response = conn.getresponse()
                body = response.read()
                if response.status != 200:
                    bad += 1
                size += len(body)
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
            mine.append(time.perf_counter() - t)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += bad
            sizes += size

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "rps": n / elapsed,
        "p50_ms": 1000 * statistics.median(latencies) if n else float("nan"),
        "p99_ms": 1000 * latencies[min(n - 1, int(0.99 * n))] if n else float("nan"),
        "errors": errors,
        "kb_per_request": sizes / max(n, 1) / 1024,
    }


def filtered_paths(rng: random.Random) -> list[str]:
    paths = []
    for _ in range(200):
        w, s = rng.uniform(22, 38), rng.uniform(44, 50)
        year = rng.choice([2022, 2023, 2024, 2025])
        paths.append(
            "/api/events?format=geojson"
            + f"&type={rng.choice(TYPES).replace(' ', '%20').replace('/', '%2F')}"
            + f"&since={year}-01-01&until={year}-12-31"
            + f"&bbox={w:.2f},{s:.2f},{w + 6:.2f},{s + 4:.2f}"
        )
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "demo" / "kronika.duckdb")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--port", type=int, default=0, help="default: an unused port")
    args = parser.parse_args()

    if not args.port:
        with socket.socket() as sock:
            sock.bind((HOST, 0))
            args.port = sock.getsockname()[1]
    rng = random.Random(7)
    filtered = filtered_paths(rng)
    scenarios: list[tuple[str, Callable[[int], str]]] = [
        ("reference /api/health", lambda i: "/api/health"),
        ("geojson /api/events?format=geojson", lambda i: "/api/events?format=geojson"),
        ("filtered (200 distinct queries)", lambda i: filtered[i % len(filtered)]),
        (
            "uncached (every bbox new)",
            lambda i: f"/api/events?format=geojson&bbox=20,40,{40 + (i % 100000) / 1e5:.5f},55",
        ),
    ]
    with tempfile.TemporaryDirectory(prefix="kronika-load-") as tmp:
        db, n = prepare_store(args.db, args.events, Path(tmp))
        print(
            f"store: {n} fused events (replicated from {args.db if _fused_count(args.db) else 'the sample store'})"
        )
        proc = start_server(db, args.port)
        try:
            c = http.client.HTTPConnection(HOST, args.port)
            c.request("GET", "/api/events?format=geojson")
            fc = json.loads(c.getresponse().read())
            c.close()
            print(f"/api/events?format=geojson: {fc['returned']} of {fc['total']} events per page")
            print(f"{args.clients} clients, {args.seconds:.0f} s per scenario, loopback only")
            print(
                f"{'scenario':38} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'KiB/req':>8}"
            )
            for name, path in scenarios:
                r = load(
                    args.port,
                    path,
                    clients=args.clients,
                    seconds=args.seconds,
                    max_requests=args.max_requests,
                )
                print(
                    f"{name:38} {r['rps']:8.0f} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f} "
                    f"{r['errors']:7d} {r['kb_per_request']:8.0f}"
                )
            alive = proc.poll() is None
            print(f"server still running after the load: {alive}")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
