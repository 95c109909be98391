"""The incremental store: same input twice, syndicated copies, and a run killed half-way."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kronika
from kronika import jobs, query
from kronika import store as store_module
from kronika.jobs import extract_files
from kronika.pipeline import Options
from kronika.store import open_db

pytestmark = pytest.mark.slow

TOWNS = ["Kharkiv", "Kramatorsk", "Zaporizhzhia", "Nikopol", "Kherson", "Sumy", "Odesa", "Dnipro"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]


def _write_corpus(folder: Path, n_events: int = 8) -> None:
    """Write three outlets' reports of each of `n_events` strikes (our own template text)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_events):
        town, day = TOWNS[i % len(TOWNS)], DAYS[i % len(DAYS)]
        killed, wounded = i + 2, 3 * i + 4
        wire = (
            f"Russian missiles struck residential buildings in {town} on {day} morning, killing "
            f"{killed} people and wounding {wounded}, the regional governor said. Rescue teams "
            f"worked through the rubble of a five-storey block as firefighters put out the "
            f"blaze. Ukraine's air force said it had shot down two of the missiles."
        )
        local = (
            f"Emergency services in {town} said {wounded} people were injured and {killed} "
            f"died after a missile strike hit the city on {day}. The mayor of {town} declared a "
            f"day of mourning, and schools in the area moved lessons online."
        )
        update = (
            f"The death toll from the Russian missile attack on {town} on {day} rose to "
            f"{killed + 1}, officials said late on {day}, as searchers pulled another body from "
            f"the ruins of the apartment block."
        )
        for outlet, text in (("wire", wire), ("local", local), ("update", update)):
            (folder / f"2024-03-0{1 + i % 4}_{i:02d}_{outlet}.txt").write_text(
                text + "\n", encoding="utf-8"
            )


def _events_json(db: Path) -> str:
    out = db.with_suffix(".json")
    query.write_events(db, "json", out)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    _write_corpus(folder)
    return folder


def test_other_code_processes_stored_articles_again_without_duplicating(
    corpus, tmp_path, monkeypatch
):
    db = tmp_path / "k.duckdb"
    first = extract_files([corpus], published="2024-03-05", db=db)
    with open_db(db) as store:
        counts = store.counts()
    # A later build of kronika (new rules, data or weights) reads the same folder.
    monkeypatch.setattr(jobs, "build_id", lambda disable=(): "0.1.0+later")
    monkeypatch.setattr(store_module, "build_id", lambda disable=(): "0.1.0+later")
    again = extract_files([corpus], published="2024-03-05", db=db)
    assert again.unchanged == 0 and len(again.documents) == len(first.documents)
    with open_db(db) as store:
        assert store.counts() == counts  # replaced, not added
    third = extract_files([corpus], published="2024-03-05", db=db)
    assert third.unchanged == len(first.documents)


def test_other_stages_process_stored_articles_again(corpus, tmp_path):
    db = tmp_path / "k.duckdb"
    first = extract_files([corpus], published="2024-03-05", db=db)
    unscreened = Options(disable=("screen",))
    again = extract_files([corpus], published="2024-03-05", db=db, options=unscreened)
    assert again.unchanged == 0 and len(again.documents) == len(first.documents)
    third = extract_files([corpus], published="2024-03-05", db=db, options=unscreened)
    assert third.unchanged == len(first.documents)


def test_build_id_names_the_version_and_the_code():
    from kronika.provenance import build_id

    version, digest = build_id().split("+")
    assert version == kronika.__version__ and len(digest) == 12
    assert build_id() == build_id()
    assert build_id(("screen",)) == build_id() + ";without screen"


def test_ingesting_the_same_folder_twice_changes_nothing(corpus, tmp_path):
    db = tmp_path / "k.duckdb"
    first = extract_files([corpus], published="2024-03-05", db=db)
    assert first.fusion is not None and first.fusion.fused > 0
    before = _events_json(db)
    with open_db(db) as store:
        counts = store.counts()
    again = extract_files([corpus], published="2024-03-05", db=db)
    assert again.unchanged == len(first.documents) and again.fusion.reports == 0
    assert _events_json(db) == before
    with open_db(db) as store:
        assert store.counts() == counts
    # every report of the run is in a fused event, and the three outlets' reports of a strike
    # are one event with three sources
    rows = query.fused_events(db)
    assert all(e.fused_id for d in again.documents for e in d.events)
    assert max(r["sources"] for r in rows) == 3


def test_a_syndicated_copy_adds_no_report_and_no_fused_event(corpus, tmp_path):
    db = tmp_path / "k.duckdb"
    extract_files([corpus], published="2024-03-05", db=db)
    with open_db(db) as store:
        counts = store.counts()
    wire = next(corpus.glob("*_00_wire.txt")).read_text(encoding="utf-8")
    copy = tmp_path / "syndicated" / "partner-site-copy.txt"
    copy.parent.mkdir()
    copy.write_text("By Wire staff\n\n" + wire, encoding="utf-8")
    result = extract_files([copy], published="2024-03-06", db=db)
    assert [(a.id, m.reason) for a, m in result.duplicates] == [
        ("partner-site-copy", "near-identical text")
    ]
    with open_db(db) as store:
        after = store.counts()
        assert store.aliases() == {"partner-site-copy": "2024-03-01_00_wire"}
    assert after == {**counts, "article_aliases": counts["article_aliases"] + 1}


def test_a_run_killed_half_way_then_resumed_ends_as_a_clean_run(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, n_events=8)
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "kronika", "extract", str(corpus), "--published",
           "2024-03-05", "-o", os.devnull]  # fmt: skip
    env = {**os.environ, "KRONIKA_WRITE_BATCH": "2"}
    subprocess.run([*cmd, "--db", str(clean)], env=env, check=True, capture_output=True)

    proc = subprocess.Popen([*cmd, "--db", str(killed)], env=env, stderr=subprocess.PIPE)
    wal = killed.with_name(killed.name + ".wal")
    deadline = time.monotonic() + 120
    sizes: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size:
            sizes.add(size)
        if len(sizes) >= 3:  # the schema, then two batches committed
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    resumed = subprocess.run([*cmd, "--db", str(killed)], env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "unchanged" in resumed.stderr  # the batches done before the kill were kept
    assert _events_json(killed) == _events_json(clean)
