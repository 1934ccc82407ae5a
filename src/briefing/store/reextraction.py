"""Replacing one document's extraction with a newer one, keeping the analyst's judgements.

The document row stays (same id, text and metadata); its statements, claims
and their tallies are taken away and the new extraction is stored in their
place, all in the caller's transaction. Claims an analyst has judged are read
out first as ``KeptClaim``s and handed back by the statement spans they cover.
"""

from __future__ import annotations

import sqlite3

from briefing.model import Document, Extraction, IngestResult, KeptClaim, StatusChange
from briefing.store import identities, writes


def judged_claims(conn: sqlite3.Connection, document_id: int) -> tuple[KeptClaim, ...]:
    """The document's claims whose history holds a change made by someone, not the extractor."""
    kept = []
    for claim_id, status in conn.execute(
        "SELECT id, status FROM claims WHERE document_id = ? ORDER BY id", (document_id,)
    ).fetchall():
        history = tuple(
            StatusChange(*row)
            for row in conn.execute(
                "SELECT from_status, to_status, at, who, note FROM status_history "
                "WHERE claim_id = ? ORDER BY id",
                (claim_id,),
            )
        )
        if all(change.who == writes.EXTRACTOR for change in history):
            continue
        spans = tuple(
            (int(start), int(end))
            for start, end in conn.execute(
                "SELECT s.span_start, s.span_end FROM claim_statements cs "
                "JOIN statements s ON s.id = cs.statement_id WHERE cs.claim_id = ? ORDER BY s.id",
                (claim_id,),
            )
        )
        kept.append(KeptClaim(spans, status, history))
    return tuple(kept)


def replace_extraction(
    conn: sqlite3.Connection, document_id: int, document: Document, extraction: Extraction, now: str
) -> IngestResult:
    _remove_statements(conn, document_id)
    return writes.insert_extraction(conn, document_id, document, extraction, now)


def _remove_statements(conn: sqlite3.Connection, document_id: int) -> None:
    statements = conn.execute(
        "SELECT id, speaker_id, outlet_id, sort_day FROM statements WHERE document_id = ?",
        (document_id,),
    ).fetchall()
    for statement_id, speaker_id, outlet_id, sort_day in statements:
        places = {
            row[0]
            for row in conn.execute(
                "SELECT place_id FROM statement_places WHERE statement_id = ?", (statement_id,)
            )
        }
        identities.count_statement(conn, speaker_id, outlet_id, places, sort_day[:7], delta=-1)
    claims = "SELECT id FROM claims WHERE document_id = ?"
    conn.execute(f"DELETE FROM status_history WHERE claim_id IN ({claims})", (document_id,))
    conn.execute(f"DELETE FROM claim_statements WHERE claim_id IN ({claims})", (document_id,))
    mine = "SELECT id FROM statements WHERE document_id = ?"
    conn.execute(f"DELETE FROM claim_statements WHERE statement_id IN ({mine})", (document_id,))
    conn.execute(f"DELETE FROM statement_places WHERE statement_id IN ({mine})", (document_id,))
    conn.execute("DELETE FROM claims WHERE document_id = ?", (document_id,))
    conn.execute("DELETE FROM statements WHERE document_id = ?", (document_id,))
    for table in ("speaker_outlets", "speaker_places", "speaker_months"):
        conn.execute(f"DELETE FROM {table} WHERE statements <= 0")
