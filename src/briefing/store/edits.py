"""The analyst's edits: each one a single transaction, recorded in the claim's history."""

from __future__ import annotations

import sqlite3

from briefing.errors import InputError
from briefing.model import STATUSES


def set_claim_status(
    conn: sqlite3.Connection, claim_id: int, status: str, note: str | None, who: str, now: str
) -> str:
    """Set a claim's status and record the change; returns the status it had before."""
    if status not in STATUSES:
        raise InputError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    row = conn.execute("SELECT status FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None:
        raise InputError(f"no claim {claim_id}")
    conn.execute("UPDATE claims SET status = ? WHERE id = ?", (status, claim_id))
    conn.execute(
        "INSERT INTO status_history (claim_id, from_status, to_status, at, who, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (claim_id, row[0], status, now, who, note or None),
    )
    return str(row[0])
