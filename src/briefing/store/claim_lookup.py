"""Claims found by their document (schema version 14), and a claim's statements by their
stance (schema version 15).

Re-extraction, removal, restoring judgements and joining a claim across documents all
ask for one document's claims, and nothing indexed ``claims.document_id``: each asked
by reading every claim in the store. Joining read them once per claim of every
document that had already joined another (0.5 ms a claim at 2,400 articles, growing
with the store); re-extracting every document read the whole table once per document.

A claim that many documents join is given its status from whether any of its assertions
confirms it (``claim_joins.follow_statements``). Finding its assertions read the row of
every statement linked to it, denials too, for the stance: 0.7 ms for a claim of 2,500
statements, on every document that joined it. The index by claim and stance holds the
stance, so only the assertions are read, from the index (0.13 ms).
"""

from __future__ import annotations

import sqlite_utils

from briefing.store.migration_step import migration_step


def index_claims_by_document(db: sqlite_utils.Database) -> None:
    with migration_step(db, 14) as conn:
        conn.execute(
            "CREATE INDEX IF NOT EXISTS claims_document ON claims (document_id, origin_start)"
        )


def index_claim_statements_by_stance(db: sqlite_utils.Database) -> None:
    with migration_step(db, 15) as conn:
        conn.execute(
            "CREATE INDEX IF NOT EXISTS claim_statements_stance "
            "ON claim_statements (claim_id, stance, statement_id)"
        )
