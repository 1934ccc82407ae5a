"""Taking a document out of the store, and putting it back when the removal is undone.

A removal is an edit like the others: one transaction, logged with what undoes it.
The undo record keeps the document (text and metadata) and the analyst's work on
it (the judged claims and the notes on its statements, by span, as a re-extraction
keeps them); undoing reads the text again and gives that work back. Links from
other documents' claims to its statements wait by span (``pending_links``) and come
back with it, or when the same text is ingested again. The claims left with no
statement go with it and are listed; a claim made from it that other documents'
statements joined stays, made from the earliest of them, and its links to this
document's statements wait with the others. Edits made before a removal name rows
that are gone, so they are sealed, as a re-extraction seals them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from briefing.carried import KeptClaim, KeptNote
from briefing.errors import InputError
from briefing.model import Document
from briefing.plain import from_plain, to_plain
from briefing.store import edits, judgements, reextraction, writes


@dataclass(frozen=True)
class Removal:
    title: str
    statements: int
    claims: tuple[tuple[int, str], ...]
    """The claims that went with it (id, summary)."""


def describe(conn: sqlite3.Connection, document_id: int) -> Removal:
    """What removing the document would take away (its statements, and the claims that
    would be left with no statement), without taking it."""
    row = conn.execute(
        "SELECT title, source, (SELECT count(*) FROM statements WHERE document_id = documents.id) "
        "FROM documents WHERE id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        raise InputError(f"no document {document_id}; see briefing documents list")
    claims = conn.execute(
        "SELECT id, summary FROM claims c WHERE document_id = ? AND NOT EXISTS ("
        "  SELECT 1 FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id"
        "  WHERE cs.claim_id = c.id AND s.document_id != ?) ORDER BY id",
        (document_id, document_id),
    ).fetchall()
    return Removal(row[0] or row[1] or "(untitled)", row[2], tuple(claims))


def remove_document(conn: sqlite3.Connection, document_id: int, who: str, now: str) -> Removal:
    removal = describe(conn, document_id)  # also: no such document is one clear line
    row = conn.execute(
        "SELECT text, title, published, publisher, url, source FROM documents WHERE id = ?",
        (document_id,),
    ).fetchone()
    _rehome_joined_claims(conn, document_id)
    kept = judgements.judged_claims(conn, document_id)
    notes = judgements.statement_notes(conn, document_id)
    judgements.hold_links_into(conn, document_id)  # links to a re-homed claim wait by span
    reextraction.remove_statements(conn, document_id)
    conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
    edits.seal_all(conn, now)
    fields = ("text", "title", "published", "publisher", "url", "source")
    edits.log(conn, "remove", f"document {document_id} removed: {removal.title}", who, now,
              op="restore_document", document=dict(zip(fields, row, strict=True)),
              kept_claims=to_plain(kept), kept_notes=to_plain(notes))  # fmt: skip
    return removal


def _rehome_joined_claims(conn: sqlite3.Connection, document_id: int) -> None:
    """A claim made from this document that statements of other documents joined stays,
    made from the earliest of those: only claims left with no statement go."""
    joined = conn.execute(
        "SELECT DISTINCT cs.claim_id FROM claim_statements cs "
        "JOIN statements s ON s.id = cs.statement_id JOIN claims c ON c.id = cs.claim_id "
        "WHERE c.document_id = ? AND s.document_id != ?",
        (document_id, document_id),
    ).fetchall()
    for (claim_id,) in joined:
        home, start, end = conn.execute(
            "SELECT s.document_id, s.span_start, s.span_end FROM claim_statements cs "
            "JOIN statements s ON s.id = cs.statement_id WHERE cs.claim_id = ? "
            "AND s.document_id != ? ORDER BY s.sort_day, s.id LIMIT 1",
            (claim_id, document_id),
        ).fetchone()
        conn.execute(
            "UPDATE claims SET document_id = ?, origin_start = ?, origin_end = ? WHERE id = ?",
            (home, start, end, claim_id),
        )


def restore_document(conn: sqlite3.Connection, undo: dict[str, Any], now: str) -> None:
    """Undo a removal: the document read again, the analyst's work on it given back."""
    from briefing.extract import extract  # the store reads text only to undo a removal

    given = undo["document"]
    document = Document(
        given["text"],
        title=given["title"],
        published=date.fromisoformat(given["published"]) if given["published"] else None,
        publisher=given["publisher"],
        url=given["url"],
        source=given["source"],
        kept_claims=from_plain(tuple[KeptClaim, ...], undo["kept_claims"]),
        kept_notes=from_plain(tuple[KeptNote, ...], undo["kept_notes"]),
    )
    if writes.existing_document(conn, document.content_hash) is not None:
        raise InputError("that document is in the store again: nothing to put back")
    writes.insert_document(conn, document, extract(document), now)
