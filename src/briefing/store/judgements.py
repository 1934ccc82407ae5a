"""Giving an analyst's judgements back after a re-extraction or an import.

Statements and claims get new ids when a document is extracted again, so what
the analyst decided is carried by character spans in the document text
(``KeptClaim``, ``KeptNote``) and found again here, inside the transaction that
stores the new extraction. Judgements on speakers and outlets (``DeskState``)
are matched by name.
"""

from __future__ import annotations

import sqlite3

from briefing.carried import DeskState, KeptClaim, KeptNote
from briefing.folding import name_key
from briefing.model import EXTRACTOR, Document, StatusChange
from briefing.store import merges, queries


def restore(
    conn: sqlite3.Connection, document_id: int, document: Document, now: str
) -> list[KeptClaim]:
    """Apply the document's kept claims and notes; returns claims that found no statement."""
    unmatched = []
    taken: set[int] = set()
    for claim in document.kept_claims:
        made_by_analyst = bool(claim.history) and claim.history[0].who != EXTRACTOR
        claim_id = None
        if not made_by_analyst:
            own = tuple(span for home, span, _ in claim.links() if home is None)
            origin = (claim.origin,) if claim.origin else ()
            claim_id = _claim_at_spans(conn, document_id, origin + own, taken)
        if claim_id is None and (claim.stances or claim.links_edited):
            claim_id = _recreate(conn, document_id, claim, now)
        if claim_id is None:
            unmatched.append(claim)
            continue
        taken.add(claim_id)
        _judge(conn, document_id, claim_id, claim)
    for note in document.kept_notes:
        statement_id = _statement_at(conn, document_id, note.span) if note.span else None
        if statement_id is not None:
            _insert_note(conn, "statement", statement_id, note)
    return unmatched


def apply_desk(conn: sqlite3.Connection, desk: DeskState) -> list[str]:
    """Grades, merges and speaker notes by name; returns what could not be matched."""
    missing = []
    for name, grade in desk.outlet_grades:
        if not conn.execute(
            "UPDATE outlets SET reliability = ? WHERE key = ?", (grade, name_key(name))
        ).rowcount:
            missing.append(f"outlet {name}")
    for name, grade in desk.speaker_grades:
        if not conn.execute(
            "UPDATE speakers SET reliability = ? WHERE name = ?", (grade, name)
        ).rowcount:
            missing.append(f"speaker {name}")
    for kept, taken in desk.aparts:  # before merges: an undone separation is a merge back
        speaker_id = _speaker_named(conn, kept)
        joined = (
            speaker_id is not None
            and conn.execute(
                "SELECT 1 FROM speaker_aliases WHERE speaker_id = ? AND key = ? AND reason IS NOT NULL",
                (speaker_id, name_key(taken)),
            ).fetchone()
        )
        if joined:
            merges.separate(conn, speaker_id, taken)  # type: ignore[arg-type]
        elif _speaker_named(conn, taken) is None:
            missing.append(f"{taken} taken apart from {kept}")
    for kept, merged in _leaves_first(desk.merges):
        ids = [_speaker_named(conn, kept), _speaker_named(conn, merged)]
        if None in ids:
            missing.append(f"merge of {merged} into {kept}")
        elif merges.effective_speaker(conn, ids[1]) == ids[1]:
            merges.merge(conn, ids[0], ids[1])  # type: ignore[arg-type]
    for kept, merged in desk.place_merges:
        ids = [_place_named(conn, kept), _place_named(conn, merged)]
        if None in ids:
            missing.append(f"merge of {merged} into {kept}")
        else:
            merges.merge_places(conn, ids[0], ids[1])  # type: ignore[arg-type]
    for name, note in desk.speaker_notes:
        speaker_id = _speaker_named(conn, name)
        if speaker_id is None:
            missing.append(f"note on speaker {name}")
        else:
            _insert_note(conn, "speaker", speaker_id, note)
    return missing


def _leaves_first(pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Merges (kept, merged) ordered so a speaker takes in its own merges before it is merged
    into another: the order they were made in, as a merge into a merged speaker is refused."""
    parent = {merged: kept for kept, merged in pairs}

    def depth(name: str) -> int:
        seen = {name}
        while name in parent and parent[name] not in seen:
            name = parent[name]
            seen.add(name)
        return len(seen)

    return sorted(pairs, key=lambda pair: -depth(pair[0]))


def judged_claims(conn: sqlite3.Connection, document_id: int) -> tuple[KeptClaim, ...]:
    """The document's claims an analyst has touched (judged, rated, noted, linked or made)
    or that statements of other documents joined."""
    kept = []
    for (
        claim_id,
        status,
        summary,
        credibility,
        summary_mark,
        links_mark,
        origin_start,
        origin_end,
    ) in conn.execute(
        "SELECT id, status, summary, credibility, summary_by_analyst, links_by_analyst, "
        "origin_start, origin_end FROM claims WHERE document_id = ? ORDER BY id",
        (document_id,),
    ).fetchall():
        history = tuple(
            StatusChange(*row)
            for row in conn.execute(
                "SELECT from_status, to_status, at, who, note FROM status_history "
                "WHERE claim_id = ? ORDER BY id",
                (claim_id,),
            )
        )
        notes = _notes(conn, "claim", claim_id)
        analyst = any(change.who != EXTRACTOR for change in history)
        if not (
            analyst
            or notes
            or credibility
            or summary_mark
            or links_mark
            or _reaches_other_documents(conn, claim_id, document_id)
        ):
            continue
        links = conn.execute(
            "SELECT s.span_start, s.span_end, cs.stance, "
            "CASE WHEN s.document_id = ? THEN NULL ELSE d.content_hash END "
            "FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id "
            "JOIN documents d ON d.id = s.document_id WHERE cs.claim_id = ? "
            "UNION ALL SELECT span_start, span_end, stance, content_hash FROM pending_links "
            "WHERE claim_id = ?",
            (document_id, claim_id, claim_id),
        ).fetchall()
        kept.append(
            KeptClaim(
                spans=tuple((int(a), int(b)) for a, b, _, _ in links),
                status=status,
                history=history,
                stances=tuple(stance for _, _, stance, _ in links),
                homes=tuple(home for _, _, _, home in links),
                summary=summary if summary_mark else None,
                last_summary=summary,
                origin=None if origin_start is None else (origin_start, origin_end),
                credibility=credibility,
                notes=notes,
                links_edited=bool(links_mark),
            )
        )
    return tuple(kept)


def _reaches_other_documents(conn: sqlite3.Connection, claim_id: int, document_id: int) -> bool:
    """A claim other documents' statements joined: kept whole while its own is replaced."""
    return bool(
        conn.execute(
            "SELECT 1 FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id "
            "WHERE cs.claim_id = ? AND s.document_id != ? UNION ALL "
            "SELECT 1 FROM pending_links WHERE claim_id = ? LIMIT 1",
            (claim_id, document_id, claim_id),
        ).fetchone()
    )


def statement_notes(conn: sqlite3.Connection, document_id: int) -> tuple[KeptNote, ...]:
    rows = conn.execute(
        "SELECT n.text, n.at, n.who, s.span_start, s.span_end FROM notes n "
        "JOIN statements s ON s.id = n.target_id "
        "WHERE n.target_kind = 'statement' AND s.document_id = ? ORDER BY n.id",
        (document_id,),
    ).fetchall()
    return tuple(KeptNote(text, at, who, (start, end)) for text, at, who, start, end in rows)


def _judge(conn: sqlite3.Connection, document_id: int, claim_id: int, claim: KeptClaim) -> None:
    conn.execute(
        "UPDATE claims SET status = ?, credibility = ?, summary = COALESCE(?, summary), "
        "summary_by_analyst = ?, links_by_analyst = ? WHERE id = ?",
        (
            claim.status,
            claim.credibility,
            claim.summary,
            claim.summary is not None,
            claim.links_edited,
            claim_id,
        ),
    )
    conn.execute("DELETE FROM status_history WHERE claim_id = ?", (claim_id,))
    conn.executemany(
        "INSERT INTO status_history (claim_id, from_status, to_status, at, who, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(claim_id, c.from_status, c.to_status, c.at, c.who, c.note) for c in claim.history],
    )
    if claim.stances or claim.links_edited:
        if claim.links_edited:  # the analyst's links, exactly
            conn.execute("DELETE FROM claim_statements WHERE claim_id = ?", (claim_id,))
        else:  # this document's links as they were; other documents' joins stay
            conn.execute(
                "DELETE FROM claim_statements WHERE claim_id = ? AND statement_id IN "
                "(SELECT id FROM statements WHERE document_id = ?)",
                (claim_id, document_id),
            )
        for home, span, stance in claim.links():
            _link_at(conn, claim_id, document_id if home is None else home, span, stance)
    for note in claim.notes:
        _insert_note(conn, "claim", claim_id, note)


def hold_links_into(conn: sqlite3.Connection, document_id: int) -> None:
    """Links from other documents' claims to this document's statements, set aside by span
    while its statements are replaced (``resolve_pending`` puts them back)."""
    conn.execute(
        "INSERT OR REPLACE INTO pending_links "
        "(claim_id, content_hash, span_start, span_end, stance) "
        "SELECT cs.claim_id, d.content_hash, s.span_start, s.span_end, cs.stance "
        "FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id "
        "JOIN documents d ON d.id = s.document_id JOIN claims c ON c.id = cs.claim_id "
        "WHERE s.document_id = ? AND c.document_id IS NOT s.document_id",
        (document_id,),
    )


def resolve_pending(conn: sqlite3.Connection, document_id: int, content_hash: str) -> None:
    """Links waiting for this document's statements: made now where the span is found."""
    for claim_id, start, end, stance in conn.execute(
        "SELECT claim_id, span_start, span_end, stance FROM pending_links WHERE content_hash = ?",
        (content_hash,),
    ).fetchall():
        statement_id = _statement_at(conn, document_id, (start, end))
        if statement_id is not None:
            conn.execute(
                "INSERT OR REPLACE INTO claim_statements (claim_id, statement_id, stance) "
                "VALUES (?, ?, ?)",
                (claim_id, statement_id, stance),
            )
            conn.execute(
                "DELETE FROM pending_links WHERE claim_id = ? AND content_hash = ? "
                "AND span_start = ? AND span_end = ?",
                (claim_id, content_hash, start, end),
            )


def _link_at(
    conn: sqlite3.Connection,
    claim_id: int,
    document: int | str,
    span: tuple[int, int],
    stance: str,
) -> None:
    """Link the statement at ``span`` of a document (its id, or its hash when it is another
    document); a document not stored yet gets the link when it comes."""
    document_id = document if isinstance(document, int) else _document_with(conn, document)
    statement_id = _statement_at(conn, document_id, span) if document_id is not None else None
    if statement_id is not None:
        conn.execute(
            "INSERT OR REPLACE INTO claim_statements (claim_id, statement_id, stance) "
            "VALUES (?, ?, ?)",
            (claim_id, statement_id, stance),
        )
    elif isinstance(document, str):
        conn.execute(
            "INSERT OR REPLACE INTO pending_links "
            "(claim_id, content_hash, span_start, span_end, stance) VALUES (?, ?, ?, ?, ?)",
            (claim_id, document, span[0], span[1], stance),
        )


def _document_with(conn: sqlite3.Connection, content_hash: str) -> int | None:
    row = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))
    found = row.fetchone()
    return int(found[0]) if found else None


def _recreate(conn: sqlite3.Connection, document_id: int, claim: KeptClaim, now: str) -> int | None:
    """A claim the analyst made, which the extractor does not make by itself."""
    own = [span for home, span, _ in claim.links() if home is None]
    foreign = len(own) < len(claim.spans)
    if not (foreign or claim.links_edited) and not any(
        _statement_at(conn, document_id, span) for span in own
    ):
        return None
    summary = claim.summary or claim.last_summary or "claim"
    claim_id = conn.execute(
        "INSERT INTO claims (summary, status, document_id, created_at, origin_start, origin_end) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            summary,
            claim.status,
            document_id,
            claim.history[0].at if claim.history else now,
            *(claim.origin or (None, None)),
        ),
    ).lastrowid
    return int(claim_id) if claim_id is not None else None


def _claim_at_spans(
    conn: sqlite3.Connection, document_id: int, spans: tuple[tuple[int, int], ...], taken: set[int]
) -> int | None:
    """The extractor's claim that links a statement at one of these spans, not yet judged."""
    for start, end in spans:
        for (claim_id,) in conn.execute(
            "SELECT cs.claim_id FROM statements s "
            "JOIN claim_statements cs ON cs.statement_id = s.id "
            "WHERE s.document_id = ? AND s.span_start = ? AND s.span_end = ? ORDER BY cs.claim_id",
            (document_id, start, end),
        ).fetchall():
            if claim_id not in taken:
                return int(claim_id)
    return None


def _statement_at(conn: sqlite3.Connection, document_id: int, span: tuple[int, int]) -> int | None:
    row = conn.execute(
        "SELECT id FROM statements WHERE document_id = ? AND span_start = ? AND span_end = ?",
        (document_id, span[0], span[1]),
    ).fetchone()
    return int(row[0]) if row else None


def _speaker_named(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM speakers WHERE name = ? ORDER BY id", (name,)).fetchone()
    return int(row[0]) if row else None


def _place_named(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM places WHERE name = ? ORDER BY id", (name,)).fetchone()
    return int(row[0]) if row else None


def _notes(conn: sqlite3.Connection, target_kind: str, target_id: int) -> tuple[KeptNote, ...]:
    return tuple(
        KeptNote(n.text, n.at, n.who) for n in queries.notes_on(conn, target_kind, target_id)
    )


def _insert_note(conn: sqlite3.Connection, kind: str, target_id: int, note: KeptNote) -> None:
    conn.execute(
        "INSERT INTO notes (target_kind, target_id, text, at, who) VALUES (?, ?, ?, ?, ?)",
        (kind, target_id, note.text, note.at, note.who),
    )
