"""The analyst's edits: each one a single transaction, logged with what undoes it.

Every edit writes one row to ``edits`` whose ``undo`` column is a small JSON
record naming the inverse operation; :func:`undo_last` applies the newest
edit not yet undone, in its own transaction. Claim status changes are also
kept in ``status_history`` (the claim's visible history).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from briefing.errors import InputError
from briefing.model import CREDIBILITY, RELIABILITY, STANCES, STATUSES, Edit
from briefing.printable import printable
from briefing.store import merges


def set_claim_status(
    conn: sqlite3.Connection, claim_id: int, status: str, note: str | None, who: str, now: str
) -> str:
    """Set a claim's status and record the change; returns the status it had before."""
    if status not in STATUSES:
        raise InputError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    previous = _claim_field(conn, claim_id, "status")
    conn.execute("UPDATE claims SET status = ? WHERE id = ?", (status, claim_id))
    history_id = conn.execute(
        "INSERT INTO status_history (claim_id, from_status, to_status, at, who, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (claim_id, previous, status, now, who, printable(note) if note else None),
    ).lastrowid
    log(conn, "status", f"claim {claim_id}: {previous} → {status}", who, now,
         op="status", claim_id=claim_id, previous=previous, history_id=history_id)  # fmt: skip
    return str(previous)


def grade_source(
    conn: sqlite3.Connection, kind: str, target_id: int, grade: str | None, who: str, now: str
) -> str | None:
    """Grade an outlet or a speaker A–F (None clears it); returns the grade it had."""
    table = {"outlet": "outlets", "speaker": "speakers"}[kind]
    if grade is not None and grade not in RELIABILITY:
        raise InputError(f"reliability {grade!r} is not one of {' '.join(RELIABILITY)}")
    row = conn.execute(f"SELECT name, reliability FROM {table} WHERE id = ?", (target_id,))
    found = row.fetchone()
    if found is None:
        raise InputError(f"no {kind} {target_id}")
    conn.execute(f"UPDATE {table} SET reliability = ? WHERE id = ?", (grade, target_id))
    log(conn, "grade", f"{kind} {found[0]}: {found[1] or '–'} → {grade or '–'}", who, now,
         op="column", table=table, id=target_id, column="reliability", previous=found[1])  # fmt: skip
    return found[1]


def grade_claim(
    conn: sqlite3.Connection, claim_id: int, credibility: int | None, who: str, now: str
) -> int | None:
    """Rate a claim's credibility 1–6 (None clears it); returns the rating it had."""
    if credibility is not None and credibility not in CREDIBILITY:
        raise InputError(f"credibility {credibility!r} is not one of 1 2 3 4 5 6")
    previous = _claim_field(conn, claim_id, "credibility")
    conn.execute("UPDATE claims SET credibility = ? WHERE id = ?", (credibility, claim_id))
    log(conn, "grade", f"claim {claim_id}: {previous or '–'} → {credibility or '–'}", who, now,
         op="column", table="claims", id=claim_id, column="credibility", previous=previous)  # fmt: skip
    return previous


def link_statement(
    conn: sqlite3.Connection, claim_id: int, statement_id: int, stance: str, who: str, now: str
) -> None:
    """Link a statement to a claim with a stance (or change the stance it has)."""
    if stance not in STANCES:
        raise InputError(f"stance {stance!r} is not one of {', '.join(STANCES)}")
    _claim_field(conn, claim_id, "id")
    if conn.execute("SELECT 1 FROM statements WHERE id = ?", (statement_id,)).fetchone() is None:
        raise InputError(f"no statement {statement_id}")
    previous = _stance(conn, claim_id, statement_id)
    conn.execute(
        "INSERT INTO claim_statements (claim_id, statement_id, stance) VALUES (?, ?, ?) "
        "ON CONFLICT DO UPDATE SET stance = excluded.stance",
        (claim_id, statement_id, stance),
    )
    mark = _mark(conn, claim_id, "links_by_analyst")
    log(conn, "link", f"statement {statement_id} {stance} claim {claim_id}", who, now,
         op="stance", claim_id=claim_id, statement_id=statement_id, previous=previous,
         previous_mark=mark)  # fmt: skip


def unlink_statement(
    conn: sqlite3.Connection, claim_id: int, statement_id: int, who: str, now: str
) -> None:
    previous = _stance(conn, claim_id, statement_id)
    if previous is None:
        raise InputError(f"statement {statement_id} is not linked to claim {claim_id}")
    conn.execute(
        "DELETE FROM claim_statements WHERE claim_id = ? AND statement_id = ?",
        (claim_id, statement_id),
    )
    mark = _mark(conn, claim_id, "links_by_analyst")
    log(conn, "link", f"statement {statement_id} unlinked from claim {claim_id}", who, now,
         op="stance", claim_id=claim_id, statement_id=statement_id, previous=previous,
         previous_mark=mark)  # fmt: skip


def create_claim(
    conn: sqlite3.Connection, statement_id: int, summary: str | None, who: str, now: str
) -> int:
    """A new claim asserted by one statement; its summary defaults to the statement's text."""
    row = conn.execute(
        "SELECT text, document_id, span_start, span_end FROM statements WHERE id = ?",
        (statement_id,),
    ).fetchone()
    if row is None:
        raise InputError(f"no statement {statement_id}")
    text = " ".join(printable(summary or row[0]).split())
    claim_id = conn.execute(
        "INSERT INTO claims (summary, status, document_id, created_at, summary_by_analyst, "
        "links_by_analyst, origin_start, origin_end) VALUES (?, 'unverified', ?, ?, 1, 1, ?, ?)",
        (text, row[1], now, row[2], row[3]),
    ).lastrowid
    assert claim_id is not None
    conn.execute(
        "INSERT INTO status_history (claim_id, from_status, to_status, at, who, note) "
        "VALUES (?, NULL, 'unverified', ?, ?, 'claim made from a statement')",
        (claim_id, now, who),
    )
    conn.execute(
        "INSERT INTO claim_statements (claim_id, statement_id, stance) VALUES (?, ?, 'asserts')",
        (claim_id, statement_id),
    )
    log(conn, "claim", f"claim {claim_id} made from statement {statement_id}", who, now,
         op="delete_claim", claim_id=claim_id)  # fmt: skip
    return int(claim_id)


def edit_summary(conn: sqlite3.Connection, claim_id: int, summary: str, who: str, now: str) -> None:
    text = " ".join(printable(summary).split())
    if not text:
        raise InputError("a claim's summary cannot be empty")
    previous = _claim_field(conn, claim_id, "summary")
    conn.execute("UPDATE claims SET summary = ? WHERE id = ?", (text, claim_id))
    mark = _mark(conn, claim_id, "summary_by_analyst")
    log(conn, "summary", f"claim {claim_id} summary edited", who, now,
         op="column", table="claims", id=claim_id, column="summary", previous=previous,
         previous_mark=mark)  # fmt: skip


def add_note(
    conn: sqlite3.Connection, target_kind: str, target_id: int, text: str, who: str, now: str
) -> int:
    table = {"statement": "statements", "claim": "claims", "speaker": "speakers"}.get(target_kind)
    if table is None:
        raise InputError(f"notes go on a statement, claim or speaker, not {target_kind!r}")
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (target_id,)).fetchone() is None:
        raise InputError(f"no {target_kind} {target_id}")
    text = printable(text).strip()
    if not text:
        raise InputError("a note cannot be empty")
    note_id = conn.execute(
        "INSERT INTO notes (target_kind, target_id, text, at, who) VALUES (?, ?, ?, ?, ?)",
        (target_kind, target_id, text, now, who),
    ).lastrowid
    assert note_id is not None
    log(conn, "note", f"note on {target_kind} {target_id}", who, now,
         op="delete_note", note_id=note_id)  # fmt: skip
    return int(note_id)


def merge_speakers(conn: sqlite3.Connection, keep: int, merge: int, who: str, now: str) -> None:
    names = merges.merge(conn, keep, merge)
    log(conn, "merge", f"speaker {names[1]} merged into {names[0]}", who, now,
         op="split", keep=keep, merge=merge)  # fmt: skip


def split_speaker(conn: sqlite3.Connection, merged: int, who: str, now: str) -> None:
    keep, names = merges.split(conn, merged)
    log(conn, "merge", f"speaker {names[1]} split from {names[0]}", who, now,
         op="merge", keep=keep, merge=merged)  # fmt: skip


def separate_name(conn: sqlite3.Connection, speaker_id: int, form: str, who: str, now: str) -> int:
    new, name = merges.separate(conn, speaker_id, form)
    log(conn, "merge", f"speaker {form} taken apart from {name}", who, now,
         op="merge", keep=speaker_id, merge=new)  # fmt: skip
    return new


def merge_places(conn: sqlite3.Connection, keep: int, merge: int, who: str, now: str) -> None:
    children = merges.places_merged_into(conn, merge)
    names = merges.merge_places(conn, keep, merge)
    log(conn, "merge", f"place {names[1]} merged into {names[0]}", who, now,
         op="split_place", keep=keep, merge=merge, children=children)  # fmt: skip


def split_place(conn: sqlite3.Connection, merged: int, who: str, now: str) -> None:
    keep, names = merges.split_place(conn, merged)
    log(conn, "merge", f"place {names[1]} split from {names[0]}", who, now,
         op="merge_place", keep=keep, merge=merged)  # fmt: skip


def undo_last(conn: sqlite3.Connection, now: str) -> Edit | None:
    """Undo the newest edit not yet undone; returns it, or None when there is nothing left."""
    row = conn.execute(
        "SELECT id, kind, summary, undo, at, who FROM edits WHERE undone_at IS NULL "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    _apply(conn, json.loads(row[3]), now)
    conn.execute("UPDATE edits SET undone_at = ? WHERE id = ?", (now, row[0]))
    return Edit(row[0], row[1], row[2], row[4], row[5], undone=True)


SEALED = "sealed "
"""``undone_at`` of edits made before a re-extraction: their rows are gone, so they
cannot be undone (and undoing them must never touch the new rows with reused ids)."""


def seal_all(conn: sqlite3.Connection, now: str) -> int:
    """Close every open edit to undo; returns how many were closed."""
    return conn.execute(
        "UPDATE edits SET undone_at = ? WHERE undone_at IS NULL", (SEALED + now,)
    ).rowcount


def recent_edits(conn: sqlite3.Connection, limit: int = 20) -> list[Edit]:
    rows = conn.execute(
        "SELECT id, kind, summary, at, who, undone_at FROM edits ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        Edit(r[0], r[1], r[2], r[3], r[4], r[5] is not None, bool(r[5] and r[5].startswith(SEALED)))
        for r in rows
    ]


def _apply(conn: sqlite3.Connection, undo: dict[str, Any], now: str) -> None:
    op = undo["op"]
    if op == "status":
        conn.execute("DELETE FROM status_history WHERE id = ?", (undo["history_id"],))
        conn.execute(
            "UPDATE claims SET status = ? WHERE id = ?", (undo["previous"], undo["claim_id"])
        )
    elif op == "column":
        table, column = undo["table"], undo["column"]
        assert table in ("outlets", "speakers", "claims") and column in (
            "reliability", "credibility", "summary",
        )  # fmt: skip
        conn.execute(
            f"UPDATE {table} SET {column} = ? WHERE id = ?", (undo["previous"], undo["id"])
        )
        if column == "summary":
            _unmark(conn, undo["id"], "summary_by_analyst", undo.get("previous_mark"))
    elif op == "stance":
        key = (undo["claim_id"], undo["statement_id"])
        _unmark(conn, undo["claim_id"], "links_by_analyst", undo.get("previous_mark"))
        if undo["previous"] is None:
            conn.execute(
                "DELETE FROM claim_statements WHERE claim_id = ? AND statement_id = ?", key
            )
        else:
            conn.execute(
                "INSERT INTO claim_statements (claim_id, statement_id, stance) VALUES (?, ?, ?) "
                "ON CONFLICT DO UPDATE SET stance = excluded.stance",
                (*key, undo["previous"]),
            )
    elif op == "delete_claim":
        conn.execute("DELETE FROM claims WHERE id = ?", (undo["claim_id"],))
    elif op == "delete_note":
        conn.execute("DELETE FROM notes WHERE id = ?", (undo["note_id"],))
    elif op == "split":
        merges.split(conn, undo["merge"])
    elif op == "merge":
        merges.merge(conn, undo["keep"], undo["merge"])
    elif op == "split_place":
        merges.split_place(conn, undo["merge"])
        merges.rejoin_places(conn, undo["merge"], undo.get("children", []))
    elif op == "merge_place":
        merges.merge_places(conn, undo["keep"], undo["merge"])
    elif op == "restore_document":
        from briefing.store import removal  # removal logs its edits here

        removal.restore_document(conn, undo, now)
    else:
        raise InputError(f"cannot undo an edit of kind {op!r}")


def log(conn: sqlite3.Connection, kind: str, summary: str, who: str, now: str, **undo: Any) -> None:
    conn.execute(
        "INSERT INTO edits (kind, summary, undo, at, who) VALUES (?, ?, ?, ?, ?)",
        (kind, summary, json.dumps(undo), now, who),
    )


def _claim_field(conn: sqlite3.Connection, claim_id: int, column: str) -> Any:
    row = conn.execute(f"SELECT {column} FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None:
        raise InputError(f"no claim {claim_id}")
    return row[0]


def _mark(conn: sqlite3.Connection, claim_id: int, column: str) -> int:
    """Mark the claim's summary or links as the analyst's; returns the mark it had."""
    previous = int(_claim_field(conn, claim_id, column))
    conn.execute(f"UPDATE claims SET {column} = 1 WHERE id = ?", (claim_id,))
    return previous


def _unmark(conn: sqlite3.Connection, claim_id: int, column: str, previous: int | None) -> None:
    if previous is not None:
        conn.execute(f"UPDATE claims SET {column} = ? WHERE id = ?", (previous, claim_id))


def _stance(conn: sqlite3.Connection, claim_id: int, statement_id: int) -> str | None:
    row = conn.execute(
        "SELECT stance FROM claim_statements WHERE claim_id = ? AND statement_id = ?",
        (claim_id, statement_id),
    ).fetchone()
    return row[0] if row else None
