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

_CONTROLS = "*[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*"
_TEXTS = {
    "documents": ("title", "publisher", "url", "source"),
    "statements": ("text",),
    "claims": ("summary",),
    "notes": ("text",),
    "status_history": ("note",),
}


def make_text_printable(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute("BEGIN")
    try:
        for table, columns in _TEXTS.items():
            for column in columns:
                _printable_column(conn, table, column)
        rows = conn.execute("SELECT id, text FROM documents WHERE text GLOB ?", (_CONTROLS,))
        for document_id, text in rows.fetchall():
            shown = printable(text)
            if shown != text:
                digest = hashlib.sha256(shown.encode("utf-8")).hexdigest()
                conn.execute(
                    "UPDATE documents SET text = ?, content_hash = ? WHERE id = ?",
                    (shown, digest, document_id),
                )
        conn.execute("PRAGMA user_version = 12")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _printable_column(conn: sqlite3.Connection, table: str, column: str) -> None:
    found = conn.execute(
        f"SELECT id, {column} FROM {table} WHERE {column} GLOB ?", (_CONTROLS,)
    ).fetchall()
    for row_id, value in found:
        if printable(value) != value:
            conn.execute(
                f"UPDATE {table} SET {column} = ? WHERE id = ?", (printable(value), row_id)
            )
