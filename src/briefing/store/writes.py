"""Writing one extracted document into the store, all of it or nothing.

The caller holds the transaction (see ``database.Connection.transaction``);
these functions only issue the statements, so an exception anywhere leaves the
store as it was.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Final

from briefing.extract.propositions import Proposition
from briefing.model import (
    EXTRACTOR,
    Document,
    ExtractedClaim,
    ExtractedStatement,
    Extraction,
    IngestResult,
    PlaceMention,
    SpeakerMention,
)
from briefing.store import claim_joins, identities, index_sync, judgements, merges
from briefing.store.tallies import Tallies


def existing_document(conn: sqlite3.Connection, content_hash: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
    ).fetchone()
    return int(row[0]) if row else None


def insert_document(
    conn: sqlite3.Connection, document: Document, extraction: Extraction, now: str
) -> IngestResult:
    """Insert a new document with its statements, places and claims."""
    document_id = conn.execute(
        "INSERT INTO documents (content_hash, title, published, publisher, url, source, text, "
        "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document.content_hash,
            document.title,
            _iso(document.published),
            document.publisher,
            document.url,
            document.source,
            document.text,
            now,
        ),
    ).lastrowid
    assert document_id is not None
    return insert_extraction(conn, document_id, document, extraction, now)


def set_metadata(conn: sqlite3.Connection, document_id: int, document: Document) -> None:
    conn.execute(
        "UPDATE documents SET title = ?, published = ?, publisher = ?, url = ? WHERE id = ?",
        (document.title, _iso(document.published), document.publisher, document.url, document_id),
    )


def insert_extraction(
    conn: sqlite3.Connection, document_id: int, document: Document, extraction: Extraction, now: str
) -> IngestResult:
    """Statements, places and claims of one stored document, then its kept judgements."""
    claim_ids: dict[str, int | None] = {}
    joined = set()
    for claim in extraction.claims:
        target = claim_joins.claim_to_join(conn, document, document_id, claim)
        if target is None:
            claim_ids[claim.key] = _insert_claim(conn, document_id, claim, now)
        elif target.link:
            claim_joins.join(conn, target.claim_id, claim)
            joined.add(target.claim_id)
            claim_ids[claim.key] = target.claim_id
        else:
            claim_ids[claim.key] = None  # the analyst's links come back from pending_links
    fallback_day = _iso(document.published) or ""
    known = _Known()
    tallies = Tallies()
    for statement in extraction.statements:
        statement_id = _insert_statement(conn, document_id, statement, fallback_day, known, tallies)
        claim_id = claim_ids.get(statement.claim_key or "")
        if claim_id is not None:
            conn.execute(
                "INSERT OR IGNORE INTO claim_statements (claim_id, statement_id, stance) "
                "VALUES (?, ?, ?)",
                (claim_id, statement_id, statement.stance or "reports"),
            )
            conn.execute(
                "UPDATE claims SET origin_start = ?, origin_end = ? "
                "WHERE id = ? AND origin_start IS NULL",
                (statement.span.start, statement.span.end, claim_id),
            )
    index_sync.index_statements(conn, document_id)
    tallies.write(conn)  # before the analyst's merges come back and move them
    for claim_id in joined:
        claim_joins.follow_statements(
            conn, claim_id, now, f"joined by {document.title or 'a document'}"
        )
    unmatched = judgements.restore(conn, document_id, document, now)
    judgements.resolve_pending(conn, document_id, document.content_hash)
    warnings = extraction.warnings + tuple(
        f"a kept claim no longer matches any statement: {claim.status}, "
        f"{len(claim.history)} changes" for claim in unmatched
    )  # fmt: skip
    return IngestResult(
        document_id=document_id,
        new=True,
        statements_added=len(extraction.statements),
        warnings=warnings,
    )


@dataclass
class _Known:
    """Speakers and places one document has already filed, by everything but their span:
    the same speaker on thirty statements is found, aliased and indexed once (finding it
    again is a no-op that cost a writer some forty SQL statements a statement)."""

    speakers: dict[tuple, int | None] = field(default_factory=dict)
    places: dict[tuple, int] = field(default_factory=dict)
    outlets: dict[str | None, int | None] = field(default_factory=dict)
    roots: dict[int | None, int | None] = field(default_factory=dict)
    """Each speaker's merged-into speaker, the one its statements are shown under."""

    def speaker(self, conn: sqlite3.Connection, mention: SpeakerMention) -> int | None:
        key = _wherever(mention)
        if key not in self.speakers:
            self.speakers[key] = identities.speaker_id(conn, mention)
        return self.speakers[key]

    def outlet(self, conn: sqlite3.Connection, name: str | None) -> int | None:
        if name not in self.outlets:
            self.outlets[name] = identities.outlet_id(conn, name)
        return self.outlets[name]

    def shown_under(self, conn: sqlite3.Connection, speaker_id: int | None) -> int | None:
        if speaker_id not in self.roots:
            self.roots[speaker_id] = merges.effective_speaker(conn, speaker_id)
        return self.roots[speaker_id]

    def place(self, conn: sqlite3.Connection, mention: PlaceMention) -> int:
        key = _wherever(mention)
        if key not in self.places:
            self.places[key] = identities.place_id(conn, mention)
        return self.places[key]


def _wherever(mention: SpeakerMention | PlaceMention) -> tuple:
    """A mention by everything but where it stands, as a key: its fields but the span (a
    copy without the span, made by ``dataclasses.replace``, was a twentieth of the writer)."""
    return _BUT_THE_SPAN[type(mention)](mention)  # type: ignore[no-any-return]


_BUT_THE_SPAN: Final = {
    kind: operator.attrgetter(*(f.name for f in fields(kind) if f.name != "span"))
    for kind in (SpeakerMention, PlaceMention)
}
"""For each kind of mention, what reads its fields but the span, in order, as a tuple."""


def _insert_statement(
    conn: sqlite3.Connection,
    document_id: int,
    statement: ExtractedStatement,
    fallback_day: str,
    known: _Known,
    tallies: Tallies,
) -> int:
    speaker = statement.speaker
    extracted_id = known.speaker(conn, speaker) if speaker else None
    speaker_id = known.shown_under(conn, extracted_id)
    attributed_to = speaker.name if speaker and speaker.kind == "anonymous" else None
    when = statement.date
    outlet_id = known.outlet(conn, statement.outlet)
    statement_id = conn.execute(
        "INSERT INTO statements (document_id, speaker_id, extracted_speaker_id, attributed_to, "
        "kind, text, said_from, said_to, date_precision, date_text, month_day, sort_day, "
        "outlet_id, venue, status, cue, span_start, span_end, provenance) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document_id,
            speaker_id,
            extracted_id,
            attributed_to,
            statement.kind,
            statement.text,
            _iso(when.start),
            _iso(when.end),
            when.precision,
            when.text or None,
            when.month_day,
            _iso(when.start) or fallback_day,
            outlet_id,
            statement.venue,
            statement.status,
            statement.cue,
            statement.span.start,
            statement.span.end,
            json.dumps([list(item) for item in statement.provenance()]),
        ),
    ).lastrowid
    assert statement_id is not None
    sort_day = _iso(when.start) or fallback_day
    place_ids = {known.place(conn, place) for place in statement.places}
    for place_id in place_ids:
        conn.execute(
            "INSERT INTO statement_places (statement_id, place_id, sort_day) VALUES (?, ?, ?)",
            (statement_id, place_id, sort_day),
        )
    tallies.count(speaker_id, outlet_id, place_ids, sort_day)
    return statement_id


def _insert_claim(
    conn: sqlite3.Connection, document_id: int, claim: ExtractedClaim, now: str
) -> int:
    status = claim.status
    proposition = Proposition.from_key(claim.proposition) if claim.proposition else None
    claim_id = conn.execute(
        "INSERT INTO claims (summary, status, document_id, created_at, event, proposition) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (claim.summary, status, document_id, now,
         proposition.kind if proposition else None, claim.proposition),
    ).lastrowid  # fmt: skip
    assert claim_id is not None
    if proposition is not None:
        claim_joins.index_anchors(conn, claim_id, proposition)
    conn.execute(
        "INSERT INTO status_history (claim_id, from_status, to_status, at, who, note) "
        "VALUES (?, NULL, ?, ?, ?, ?)",
        (claim_id, status, now, EXTRACTOR, "status read from the article's wording"),
    )
    return claim_id


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
