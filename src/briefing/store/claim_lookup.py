"""Claims found by their document (schema version 14).

Re-extraction, removal, restoring judgements and joining a claim across documents all
ask for one document's claims, and nothing indexed ``claims.document_id``: each asked
by reading every claim in the store. Joining read them once per claim of every
document that had already joined another (0.5 ms a claim at 2,400 articles, growing
with the store); re-extracting every document read the whole table once per document.
"""

from __future__ import annotations

import sqlite_utils

from briefing.store.migration_step import migration_step


def index_claims_by_document(db: sqlite_utils.Database) -> None:
    with migration_step(db, 14) as conn:
        conn.execute(
            "CREATE INDEX IF NOT EXISTS claims_document ON claims (document_id, origin_start)"
        )
