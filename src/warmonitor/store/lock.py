"""One reconcile at a time per store, across processes.

Reconcile reads the reports not yet extracted and rebuilds the events their
claims touch; two runs interleaving would extract a report twice (duplicate
claims) and race to insert the same place. `reconcile_lock(engine)` makes
the second run wait until the first is done, then find nothing left to do.

- PostgreSQL: a session advisory lock, held on a connection of its own;
  the server drops it when the holder's connection ends (a kill -9 included).
- SQLite: an exclusive `fcntl` lock on a file beside the database
  (`<db>.reconcile-lock`); the kernel drops it when the holder exits. Only
  processes on one machine can share a SQLite file, so this covers them all.
  An in-memory database is private to its process: nothing to lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

# Any fixed 64-bit key: pg_advisory_lock's namespace is per database.
_PG_KEY = 0x5741524D4F4E0001  # "WARMON" + 1
_threads = threading.Lock()  # threads of one process: fcntl locks are per process


@contextmanager
def reconcile_lock(engine: Engine) -> Iterator[None]:
    """Hold the store's reconcile lock for the block, waiting for it if needed."""
    with _threads:
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_KEY})
                conn.commit()
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_KEY})
                    conn.commit()
            return
        database = engine.url.database
        if engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
            yield
            return
        yield from _file_lock(
            Path(database).expanduser().resolve().with_name(Path(database).name + ".reconcile-lock")
        )


def _file_lock(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # no fcntl (Windows): SQLite's own write lock is all there is
        yield
        return
    with path.open("a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
