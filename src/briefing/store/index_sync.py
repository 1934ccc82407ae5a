"""How the full-text indexes follow their tables (schema version 13).

Each index is an FTS5 table over stored text, kept in step by triggers. SQLite opens a
savepoint for every statement that fires a trigger writing to an FTS5 table, and FTS5 writes
the terms it holds to disk at every savepoint. A trigger per statement inserted therefore
wrote one small segment of the index per statement, merged again and again: about half of
what the writer did for an article of forty statements. So:
- a document's statements are indexed in one statement once they are all written
  (``index_statements``), in the document's transaction, not by a trigger each;
- an update re-indexes a row only when an indexed column changes, so moving a claim's
  origin or tallying a speaker no longer rewrites the index.
Deleting a row still takes its words out of the index by trigger.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from briefing.store.migration_step import migration_step

_INDEXED = {
    "statements": ("text",),
    "documents": ("title", "text"),
    "claims": ("summary",),
    "notes": ("text",),
}
"""Each indexed table, with the columns its index holds."""


def index_by_document(db: sqlite_utils.Database) -> None:
    with migration_step(db, 13) as conn:
        conn.execute('DROP TRIGGER IF EXISTS "statements_ai"')
        for table, columns in _INDEXED.items():
            conn.execute(f'DROP TRIGGER IF EXISTS "{table}_au"')
            conn.execute(_update_trigger(table, columns))


def index_statements(conn: sqlite3.Connection, document_id: int) -> None:
    """Put the words of a document's statements, all written, into the index at once."""
    conn.execute(
        "INSERT INTO statements_fts (rowid, text) "
        "SELECT id, text FROM statements WHERE document_id = ?",
        (document_id,),
    )


def _update_trigger(table: str, columns: tuple[str, ...]) -> str:
    listed = ", ".join(f'"{column}"' for column in columns)
    old = ", ".join(f'old."{column}"' for column in columns)
    new = ", ".join(f'new."{column}"' for column in columns)
    index = f'"{table}_fts"'
    return (
        f'CREATE TRIGGER "{table}_au" AFTER UPDATE OF {listed} ON "{table}" BEGIN\n'
        f"  INSERT INTO {index} ({index}, rowid, {listed}) VALUES('delete', old.rowid, {old});\n"
        f"  INSERT INTO {index} (rowid, {listed}) VALUES (new.rowid, {new});\n"
        "END"
    )
