"""The feeds an analyst follows, and what the last fetch of each found (schema version 9).

A feed is kept by its address, with a name, the validators its server gave
(``ETag``, ``Last-Modified``) for the next conditional request, and the outcome of
the last fetch, so ``feeds list`` can say which feed has been failing and since when.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlite_utils

from briefing.errors import InputError

if TYPE_CHECKING:
    from briefing.store.database import Connection

FEEDS = """
CREATE TABLE IF NOT EXISTS feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    status TEXT,
    stored INTEGER NOT NULL DEFAULT 0
)
"""


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    name: str | None
    etag: str | None = None
    last_modified: str | None = None
    checked_at: str | None = None
    status: str | None = None
    """What the last fetch found: ``200: 3 new``, ``304 not modified``, ``404``, ``timeout``."""
    stored: int = 0
    """Documents stored from it, all fetches together."""


def add_feeds_table(db: sqlite_utils.Database) -> None:
    db.conn.executescript(f"BEGIN;\n{FEEDS};\nPRAGMA user_version = 9;\nCOMMIT;")


class Feeds:
    """The store's feeds; each change is its own transaction."""

    COLUMNS = "id, url, name, etag, last_modified, checked_at, status, stored"

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, url: str, name: str | None = None) -> Feed:
        with self._connection.transaction() as conn:
            if _find(conn, url) is not None:
                raise InputError(f"already following {url}")
            conn.execute("INSERT INTO feeds (url, name) VALUES (?, ?)", (url, name))
            return _find(conn, url)  # type: ignore[return-value]

    def all(self) -> list[Feed]:
        with self._connection.reading() as conn:
            rows = conn.execute(f"SELECT {self.COLUMNS} FROM feeds ORDER BY id").fetchall()
            return [Feed(*row) for row in rows]

    def remove(self, which: str) -> Feed:
        """Stop following a feed, named by its number, address or name; its documents stay."""
        with self._connection.transaction() as conn:
            found = _find(conn, which)
            if found is None:
                raise InputError(f"no feed {which}; see briefing feeds list")
            conn.execute("DELETE FROM feeds WHERE id = ?", (found.id,))
            return found

    def fetched(
        self, feed_id: int, status: str, now: str, etag: str | None = None,
        last_modified: str | None = None, stored: int = 0,
    ) -> None:  # fmt: skip
        """Record a fetch; validators are kept from before when the server sent none."""
        with self._connection.transaction() as conn:
            conn.execute(
                "UPDATE feeds SET status = ?, checked_at = ?, etag = COALESCE(?, etag), "
                "last_modified = COALESCE(?, last_modified), stored = stored + ? WHERE id = ?",
                (status, now, etag, last_modified, stored, feed_id),
            )


def _find(conn: sqlite3.Connection, which: str) -> Feed | None:
    row = conn.execute(
        f"SELECT {Feeds.COLUMNS} FROM feeds WHERE url = ? OR name = ? OR CAST(id AS TEXT) = ?",
        (which, which, which),
    ).fetchone()
    return Feed(*row) if row else None
