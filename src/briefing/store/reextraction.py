"""Replacing one document's extraction with a newer one, keeping the analyst's judgements.

The document row stays (same id, text and metadata); its statements, claims
and their tallies are taken away and the new extraction is stored in their
place, all in the caller's transaction. What the analyst did to its claims and
statements is read out first (``judgements``) and handed back by the statement
spans it covers. Edits made before a re-extraction point at statements and
claims that no longer exist, so they cannot be undone after it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from briefing.model import Document, Extraction, IngestResult
from briefing.store import judgements, writes
from briefing.store.tallies import PAIR_COLUMNS, Tallies


def replace_extraction(
    conn: sqlite3.Connection, document_id: int, document: Document, extraction: Extraction, now: str
) -> tuple[IngestResult, int]:
    """Swap in the new extraction; returns its result and how many judged claims were kept."""
    kept = judgements.judged_claims(conn, document_id)
    notes = judgements.statement_notes(conn, document_id)
    document = replace(document, kept_claims=kept, kept_notes=notes)
    judgements.hold_links_into(conn, document_id)
    remove_statements(conn, document_id)
    judged = sum(1 for claim in kept if claim.judged)
    return writes.insert_extraction(conn, document_id, document, extraction, now), judged


def remove_statements(conn: sqlite3.Connection, document_id: int) -> None:
    statements = conn.execute(
        "SELECT id, speaker_id, outlet_id, sort_day FROM statements WHERE document_id = ?",
        (document_id,),
    ).fetchall()
    tallies = Tallies()
    for statement_id, speaker_id, outlet_id, sort_day in statements:
        places = {
            row[0]
            for row in conn.execute(
                "SELECT place_id FROM statement_places WHERE statement_id = ?", (statement_id,)
            )
        }
        tallies.count(speaker_id, outlet_id, places, sort_day, delta=-1)
    tallies.write(conn)
    claims = "SELECT id FROM claims WHERE document_id = ?"
    mine = "SELECT id FROM statements WHERE document_id = ?"
    conn.execute(
        f"DELETE FROM notes WHERE (target_kind = 'claim' AND target_id IN ({claims})) "
        f"OR (target_kind = 'statement' AND target_id IN ({mine}))",
        (document_id, document_id),
    )
    conn.execute(f"DELETE FROM status_history WHERE claim_id IN ({claims})", (document_id,))
    conn.execute(f"DELETE FROM claim_statements WHERE claim_id IN ({claims})", (document_id,))
    conn.execute(f"DELETE FROM claim_statements WHERE statement_id IN ({mine})", (document_id,))
    conn.execute(f"DELETE FROM statement_places WHERE statement_id IN ({mine})", (document_id,))
    conn.execute("DELETE FROM claims WHERE document_id = ?", (document_id,))
    conn.execute("DELETE FROM statements WHERE document_id = ?", (document_id,))
    for table in PAIR_COLUMNS:
        conn.execute(f"DELETE FROM {table} WHERE statements <= 0")
