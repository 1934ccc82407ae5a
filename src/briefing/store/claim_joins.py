"""One claim across documents: a new document's claim about an event already claimed
elsewhere joins that claim instead of starting another.

The extractor gives each claim the event it is about (``propositions``): its kind and
its anchors (places, people, countries). A stored claim of the same kind whose anchors
overlap, from a document published within ``WINDOW_DAYS``, is the same claim; the new
document's statements are linked to it with their own stances, its anchors grow by the
new ones, and its status follows what the statements now say, in the order they were
said. Which claim a document joined is remembered (``claim_joins``), so a re-extraction
joins the same one. A claim whose links the analyst has set is the analyst's to link:
a document about its event joins it without links of its own (the analyst's links come
back; new ones are the analyst's to make), so an unlinked statement never comes back by
itself; a claim whose status the analyst has set keeps it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from briefing.extract.claim_status import status_of
from briefing.extract.claims import reads_as_proposition
from briefing.extract.propositions import Proposition
from briefing.model import EXTRACTOR, Document, ExtractedClaim

WINDOW_DAYS = 60


@dataclass(frozen=True)
class Target:
    claim_id: int
    link: bool
    """Link the document's statements to it; False when the analyst has set the claim's
    links and this document's place on it was already decided."""


def claim_to_join(
    conn: sqlite3.Connection, document: Document, document_id: int, claim: ExtractedClaim
) -> Target | None:
    """The stored claim in another document about the same event as ``claim``, if any."""
    event = Proposition.from_key(claim.proposition) if claim.proposition else None
    if event is None:
        return None
    candidates = []
    terms = event.anchors()
    for claim_id, key, day, by_analyst in conn.execute(
        "SELECT c.id, c.proposition, d.published, c.links_by_analyst FROM claims c "
        "JOIN documents d ON d.id = c.document_id WHERE c.id IN ("
        f"SELECT claim_id FROM claim_anchors WHERE anchor IN ({','.join('?' * len(terms))})"
        ") AND c.document_id != ? ORDER BY c.id",
        (*terms, document_id),
    ).fetchall():
        other = Proposition.from_key(key) if key else None
        if other is None or not other.same_event(event):
            continue
        published = document.published
        if published and day and abs((date.fromisoformat(day) - published).days) > WINDOW_DAYS:
            continue
        candidates.append((int(claim_id), bool(by_analyst)))
    remembered = _remembered(conn, document.content_hash)
    for claim_id, by_analyst in candidates:
        if claim_id in remembered or by_analyst:
            return Target(claim_id, link=not by_analyst)
    for claim_id, _ in candidates:
        _remember(conn, document.content_hash, claim_id)
        return Target(claim_id, link=True)
    return None


def _remembered(conn: sqlite3.Connection, content_hash: str) -> set[int]:
    return {
        int(row[0])
        for row in conn.execute(
            "SELECT c.id FROM claim_joins j JOIN documents d ON d.content_hash = j.home_hash "
            "JOIN claims c ON c.document_id = d.id AND c.origin_start = j.origin_start "
            "AND c.origin_end = j.origin_end WHERE j.joined_hash = ?",
            (content_hash,),
        )
    }


def _remember(conn: sqlite3.Connection, content_hash: str, claim_id: int) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO claim_joins (joined_hash, home_hash, origin_start, origin_end) "
        "SELECT ?, d.content_hash, c.origin_start, c.origin_end FROM claims c "
        "JOIN documents d ON d.id = c.document_id "
        "WHERE c.id = ? AND c.origin_start IS NOT NULL",
        (content_hash, claim_id),
    )


def join(conn: sqlite3.Connection, claim_id: int, claim: ExtractedClaim) -> None:
    """Widen the stored claim's anchors by the joining one's; take its summary when the
    stored one does not read as a proposition and the analyst has not written it."""
    row = conn.execute(
        "SELECT proposition, summary, summary_by_analyst FROM claims WHERE id = ?", (claim_id,)
    ).fetchone()
    mine = Proposition.from_key(row[0]) if row[0] else None
    theirs = Proposition.from_key(claim.proposition) if claim.proposition else None
    if mine is not None and theirs is not None:
        wider = mine.widened(theirs)
        conn.execute("UPDATE claims SET proposition = ? WHERE id = ?", (wider.key(), claim_id))
        index_anchors(conn, claim_id, wider)
    if not row[2] and not reads_as_proposition(row[1]) and reads_as_proposition(claim.summary):
        conn.execute("UPDATE claims SET summary = ? WHERE id = ?", (claim.summary, claim_id))


def index_anchors(conn: sqlite3.Connection, claim_id: int, event: Proposition) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO claim_anchors (anchor, claim_id) VALUES (?, ?)",
        [(term, claim_id) for term in event.anchors()],
    )


def follow_statements(conn: sqlite3.Connection, claim_id: int, now: str, why: str) -> None:
    """Set the status the claim's statements now give it, unless the analyst judged it.

    A denial makes an open claim disputed, an assertion with a confirming cue (an
    acknowledgement by the other side) confirms it, in whatever order they were said
    (``claim_status``).
    """
    judged = conn.execute(
        "SELECT 1 FROM status_history WHERE claim_id = ? AND who IS NOT ?", (claim_id, EXTRACTOR)
    ).fetchone()
    if judged:
        return
    (current,) = conn.execute("SELECT status FROM claims WHERE id = ?", (claim_id,)).fetchone()
    confirmed, disputed, asserted = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM claim_statements cs JOIN statements s "
        "ON s.id = cs.statement_id WHERE cs.claim_id = ?1 AND cs.stance = 'asserts' "
        "AND s.status = 'confirmed'), "
        "EXISTS (SELECT 1 FROM claim_statements WHERE claim_id = ?1 AND stance = 'disputes'), "
        "EXISTS (SELECT 1 FROM claim_statements WHERE claim_id = ?1 AND stance = 'asserts')",
        (claim_id,),
    ).fetchone()
    status = status_of(bool(confirmed), bool(disputed), bool(asserted))
    if status is None or status == current:
        return
    conn.execute("UPDATE claims SET status = ? WHERE id = ?", (status, claim_id))
    conn.execute(
        "INSERT INTO status_history (claim_id, from_status, to_status, at, who, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (claim_id, current, status, now, EXTRACTOR, why),
    )
