"""One step of the schema: its work and the version it reaches, in one transaction or not
at all (``schema.MIGRATIONS``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils


@contextmanager
def migration_step(db: sqlite_utils.Database, version: int) -> Iterator[sqlite3.Connection]:
    """``BEGIN`` … ``PRAGMA user_version = version`` … ``COMMIT``; anything raised inside
    rolls the whole step back, so a store is at one version or the next."""
    conn = db.conn
    conn.execute("BEGIN")
    try:
        yield conn
        conn.execute(f"PRAGMA user_version = {int(version)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
