import dataclasses
import datetime as dt

import duckdb
import pytest

from kronika import store
from kronika.errors import InputError, StageError
from kronika.store import SCHEMA_VERSION, open_db
from kronika.types import Article, Document, Event, Location, Span, Toponym

TEXT = (
    "Russian missiles struck Kharkiv on Wednesday night, killing seven people, officials said.\n"
    "Earlier, Ukrainian forces recaptured Izium in September.\n"
    "Back to top"
)


def span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start, start + len(quote), quote)


def make_document(article_id: str = "kh-001", text: str = TEXT, n_events: int = 2) -> Document:
    """An article with two toponyms and up to two events (the second one unlocated)."""
    article = Article(
        id=article_id,
        text=text,
        published=dt.date(2022, 8, 18),
        title="Missile strike on Kharkiv",
        url=f"https://example.org/{article_id}",
        source="Example News",
        path=f"articles/{article_id}.txt",
    )
    kharkiv, izium = span(text, "Kharkiv"), span(text, "Izium")
    toponyms = [
        Toponym(kharkiv.start, kharkiv.end, "Kharkiv", name="Kharkiv", geonameid=706483,
                latitude=49.98081, longitude=36.25272, feature="city", country="UA",
                admin1="Kharkiv Oblast", score=0.9123, geo_precision=1),
        Toponym(izium.start, izium.end, "Izium", kind="literal", score=0.0),
    ]  # fmt: skip
    events = [
        Event(
            id=f"{article_id}-e1",
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            location=Location("Kharkiv", 49.98081, 36.25272, 706483, "UA", "Kharkiv Oblast", 1),
            event_date="2022-08-17",
            time_precision=1,
            actor1="Military Forces of Russia (2000-)",
            actor2="Civilians (Ukraine)",
            civilian_targeting=True,
            fatalities=7,
            weapons=["missile"],
            attribution=["officials"],
            evidence=[span(text, "Russian missiles struck Kharkiv on Wednesday night")],
        ),
        Event(
            id=f"{article_id}-e2",
            event_type="Battles",
            sub_event_type="Government regains territory",
            event_date="2022-09",
            time_precision=3,
            actor1="Military Forces of Ukraine (2019-)",
            claim_status="unconfirmed",
            current=False,
            evidence=[span(text, "Ukrainian forces recaptured Izium")],
            fused_id="fused-7",
        ),
    ][:n_events]
    clean = text.replace("Back to top", " " * len("Back to top"))
    return Document(article, clean, ["Back to top"], toponyms, events)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kronika.duckdb"


def test_open_db_creates_file_with_versioned_schema(db_path):
    with open_db(db_path) as db:
        assert db.counts() == {
            "articles": 0,
            "toponyms": 0,
            "events": 0,
            "fused_events": 0,
            "article_aliases": 0,
        }
    assert db_path.exists()
    con = duckdb.connect(str(db_path))
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    con.close()
    assert version == (str(SCHEMA_VERSION),)


def test_writing_the_same_input_twice_keeps_row_counts(db_path):
    docs = [make_document("a"), make_document("b")]
    with open_db(db_path) as db:
        first = db.write(docs)
        counts = db.counts()
        second = db.write(docs)
        assert (
            db.counts()
            == counts
            == {"articles": 2, "toponyms": 4, "events": 4, "fused_events": 0, "article_aliases": 0}
        )
    assert (first.articles_inserted, first.articles_replaced) == (2, 0)
    assert (first.toponyms_inserted, first.events_inserted) == (4, 4)
    assert (second.articles_inserted, second.articles_replaced) == (2, 2)
    assert (second.toponyms_replaced, second.events_replaced) == (4, 4)


def test_rerun_after_reopening_adds_no_rows(db_path):
    with open_db(db_path) as db:
        db.write([make_document("a")])
    with open_db(db_path) as db:
        db.write([make_document("a")])
        assert db.counts() == {
            "articles": 1,
            "toponyms": 2,
            "events": 2,
            "fused_events": 0,
            "article_aliases": 0,
        }


def test_changed_article_replaces_its_old_rows_only(db_path):
    with open_db(db_path) as db:
        db.write([make_document("a"), make_document("b")])
        changed = make_document("a", text=TEXT.replace("seven", "nine"), n_events=1)
        stats = db.write([changed])
        docs = {d.article.id: d for d in db.documents()}
        assert db.counts() == {
            "articles": 2,
            "toponyms": 4,
            "events": 3,
            "fused_events": 0,
            "article_aliases": 0,
        }
    assert (stats.events_inserted, stats.events_replaced) == (1, 2)
    assert "nine" in docs["a"].article.text
    assert [e.id for e in docs["a"].events] == ["a-e1"]
    assert [e.id for e in docs["b"].events] == ["b-e1", "b-e2"]


def test_documents_read_back_equal_what_was_written(db_path):
    written = [make_document("b"), make_document("a")]
    with open_db(db_path) as db:
        db.write(written)
        read = list(db.documents())
    assert [d.to_dict() for d in read] == [
        d.to_dict() for d in sorted(written, key=lambda d: d.article.id)
    ]
    assert read[0].article == written[1].article  # text, date and all
    assert read[0].text == written[1].text  # the cleaned text, not the article as read
    assert read[0].events[0].evidence == written[1].events[0].evidence  # offsets too
    assert read[0].events[1].location is None


def test_document_with_uncleaned_text_and_nothing_found_round_trips(db_path):
    bare = Document(Article(id="empty", text="Nothing happened. Ünïcödé ✓"))
    bare.text = bare.article.text
    with open_db(db_path) as db:
        db.write([bare])
        (read,) = db.documents()
    assert read.to_dict() == bare.to_dict()
    assert read.text == bare.text


def test_events_returns_every_event_by_article_then_position(db_path):
    with open_db(db_path) as db:
        db.write([make_document("b"), make_document("a")])
        events = db.events()
    assert [e.id for e in events] == ["a-e1", "a-e2", "b-e1", "b-e2"]
    assert events[0] == make_document("a").events[0]


def test_document_repeated_in_one_write_is_stored_once(db_path):
    with open_db(db_path) as db:
        stats = db.write([make_document("a"), make_document("a", n_events=1)])
        assert db.counts() == {
            "articles": 1,
            "toponyms": 2,
            "events": 1,
            "fused_events": 0,
            "article_aliases": 0,
        }
    assert (stats.articles_inserted, stats.articles_replaced) == (2, 1)
    assert stats.events_inserted - stats.events_replaced == 1


def test_write_spanning_several_batches_stores_every_document(db_path, monkeypatch):
    monkeypatch.setattr(store, "WRITE_BATCH", 2)
    docs = (make_document(f"doc-{i}") for i in range(5))
    with open_db(db_path) as db:
        stats = db.write(docs)
        assert db.counts()["articles"] == stats.articles_inserted == 5


def test_repeated_event_id_in_a_document_raises_stage_error(db_path):
    doc = make_document("a")
    doc.events[1] = dataclasses.replace(doc.events[1], id=doc.events[0].id)
    with open_db(db_path) as db:
        with pytest.raises(StageError, match="a-e1"):
            db.write([doc])
        assert db.counts()["articles"] == 0


def test_event_id_of_another_article_raises_stage_error_and_rolls_back(db_path):
    clash = make_document("b", n_events=1)
    clash.events[0] = dataclasses.replace(clash.events[0], id="a-e1")
    with open_db(db_path) as db:
        db.write([make_document("a")])
        with pytest.raises(StageError, match="already another article's"):
            db.write([make_document("c"), clash])
        assert db.counts() == {
            "articles": 1,
            "toponyms": 2,
            "events": 2,
            "fused_events": 0,
            "article_aliases": 0,
        }
        db.write([make_document("c")])  # the store is still usable
        assert db.counts()["articles"] == 2


def test_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n")
    with pytest.raises(InputError, match="notes.txt is not a DuckDB database") as info:
        open_db(path)
    assert info.value.hint


def test_directory_is_not_a_database(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        open_db(tmp_path)


def test_duckdb_file_of_another_program_is_refused(db_path):
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    with pytest.raises(InputError, match="not one kronika wrote"):
        open_db(db_path)


def test_database_from_a_newer_kronika_is_refused(db_path):
    open_db(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(InputError, match="newer kronika"):
        open_db(db_path)


def test_open_db_creates_missing_folders(tmp_path):
    path = tmp_path / "out" / "demo" / "kronika.duckdb"
    open_db(path).close()
    assert path.exists()


def test_in_memory_database_works_without_a_file():
    with open_db(":memory:") as db:
        db.write([make_document()])
        assert db.counts()["events"] == 2


#: What each schema version added, undone to make a file of the version before it.
_UNDO = {
    4: [
        "DROP TABLE fused_events", "DROP TABLE article_signatures", "DROP TABLE article_aliases",
        *(f"ALTER TABLE events DROP COLUMN {c}"
          for c in ("fatalities_low", "fatalities_high", "injuries_low", "injuries_high")),
    ],
    3: ["ALTER TABLE events DROP COLUMN field_evidence"],
    2: ["ALTER TABLE events DROP COLUMN tags"],
}  # fmt: skip


def _old_database(path, version: int) -> None:
    import duckdb

    open_db(path).close()
    con = duckdb.connect(str(path))
    for v in range(SCHEMA_VERSION, version, -1):
        for sql in _UNDO[v]:
            con.execute(sql)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    con.close()


def _columns(path, table: str) -> list[str]:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        return [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    finally:
        con.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_database_is_upgraded_to_the_current_schema(tmp_path, version) -> None:
    path = tmp_path / "old.duckdb"
    _old_database(path, version)
    assert "tags" not in _columns(path, "events") or version > 1
    with open_db(path) as store:
        assert store.counts()["events"] == 0
    fresh = tmp_path / "new.duckdb"
    open_db(fresh).close()
    for table in ("events", "fused_events", "article_aliases", "article_signatures"):
        assert sorted(_columns(path, table)) == sorted(_columns(fresh, table))
