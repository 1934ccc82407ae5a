"""Control characters made printable in what a store already holds (schema version 12).

Documents are made printable as they are read (``briefing.printable``), but a store filled
before that may hold an ESC in a document's text, a title, a statement or an analyst's
note, which the app would send to the terminal as it is. Each such value is made printable
here, one character for one, so every span still points at the same words; a document's
content hash follows its text, so reading the same file again still finds it stored. Only
values holding a control character are read in Python; the rest are passed over by SQLite.
"""

from __future__ import annotations

import hashlib
import sqlite3

import sqlite_utils

from briefing.printable import printable
from briefing.store.migration_step import migration_step

_CONTROLS = "*[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*"
_TEXTS = {
    "documents": ("text", "title", "publisher", "url", "source"),
    "statements": ("text",),
    "claims": ("summary",),
    "notes": ("text",),
    "status_history": ("note",),
}


def make_text_printable(db: sqlite_utils.Database) -> None:
    with migration_step(db, 12) as conn:
        for table, columns in _TEXTS.items():
            for column in columns:
                changed = _printable_column(conn, table, column)
                if (table, column) == ("documents", "text"):
                    conn.executemany(
                        "UPDATE documents SET content_hash = ? WHERE id = ?",
                        [(hashlib.sha256(text.encode("utf-8")).hexdigest(), document_id)
                         for document_id, text in changed],
                    )  # fmt: skip


def _printable_column(conn: sqlite3.Connection, table: str, column: str) -> list[tuple[int, str]]:
    """Each value of the column holding a control character, made printable; the rows changed
    with their new value."""
    found = conn.execute(f"SELECT id, {column} FROM {table} WHERE {column} GLOB ?", (_CONTROLS,))
    changed = [(row_id, shown) for row_id, value in found.fetchall()
               if (shown := printable(value)) != value]  # fmt: skip
    conn.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                     [(shown, row_id) for row_id, shown in changed])  # fmt: skip
    return changed
