"""A store left at an older schema version, holding one document and one statement, as a
store written by an earlier briefing would."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from briefing.store.schema import migrate

STATEMENT = "the corridor stays open"


def write_older_store(path: Path, version: int) -> None:
    db = sqlite_utils.Database(path)
    migrate(db, version)
    db.execute(
        "INSERT INTO documents (id, content_hash, text, ingested_at) VALUES (1, 'h', 'x', 'now')"
    )
    db.execute(
        "INSERT INTO statements (document_id, kind, text, date_precision, sort_day, status, "
        "span_start, span_end) VALUES (1, 'direct', ?, 'undated', '', 'unverified', 0, 1)",
        (STATEMENT,),
    )
    db.conn.commit()
    db.conn.close()
