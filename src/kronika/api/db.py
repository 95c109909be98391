"""The store opened for serving: read-only, one cursor per request.

`open_db` creates and migrates, which a server must never do to a file it only reads; this opens
the file with DuckDB's `read_only=True` and refuses a schema it would have to upgrade. While the
server holds the file read-only, no other process can write it, so answers can be cached for the
server's lifetime.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from kronika.errors import InputError
from kronika.store import SCHEMA_VERSION, Store, open_db


def open_read_only(path: str | Path) -> Store:
    """Return a `Store` on the existing database at `path`, opened read-only.

    Raises `InputError` when the file is missing, is not kronika's, or has another schema version
    (open it once for writing, e.g. with `kronika extract --db`, to upgrade it).
    """
    where = str(path)
    if not Path(where).is_file():
        raise InputError(f"no database at {where}", hint="Create it with `kronika extract --db`.")
    try:
        con = duckdb.connect(where, read_only=True)
    except duckdb.Error as e:
        raise InputError(
            f"cannot open {where} read-only: {e}",
            hint="Is another kronika process writing it? Wait for it to finish.",
        ) from e
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.Error:
        con.close()
        raise InputError(
            f"{where} is a DuckDB database but not one kronika wrote (it has no meta table)"
        ) from None
    version = int(row[0]) if row else 0
    if version != SCHEMA_VERSION:
        con.close()
        raise InputError(
            f"{where} has schema version {version}; this kronika serves version {SCHEMA_VERSION}",
            hint="Upgrade it by opening it once for writing (kronika extract --db FILE on any "
            "input), or serve it with the kronika that wrote it.",
        )
    return Store(con, where)


def open_for_serving(path: str | Path, *, writable: bool = False) -> Store:
    """Return the store the server reads: read-only unless ingest over HTTP is allowed."""
    return open_db(path) if writable else open_read_only(path)


def request_store(store: Store) -> Store:
    """Return a `Store` on its own cursor of `store`, for one request in one thread.

    A DuckDB connection must not be used by two threads at once; cursors share the database
    and are cheap. Close the returned store when the request is done.
    """
    return Store(store.connection.cursor(), store.path)
