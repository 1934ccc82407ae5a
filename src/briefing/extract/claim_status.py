"""How a claim's status follows the statements about it, in the order they were said.

An assertion leaves it open (``unverified``); a denial of an open claim makes it
``disputed``; an assertion with a confirming cue (the other side's acknowledgement)
makes it ``confirmed``. One rule for the claims of one document (``claims``) and for a
claim joined across documents (``store.claim_joins``).

The order does not change the outcome: a confirmation holds against any denial, and a
denial against any plain assertion. So a claim that many documents join is given its
status from three facts about its statements (``status_of``), which the store asks as
three questions that each stop at the first statement that answers, instead of from every
statement sorted by when it was said.
"""

from __future__ import annotations

from collections.abc import Iterable


def status_from(said: Iterable[tuple[str | None, str]], opened: str | None = None) -> str | None:
    """The status that ``(stance, statement status)`` pairs, oldest first, give a claim that
    was ``opened`` with a status (or ``None`` when nothing yet says anything about it)."""
    status = opened
    for stance, statement_status in said:
        if stance == "asserts" and statement_status == "confirmed":
            status = "confirmed"
        elif stance == "disputes" and status in (None, "unverified", "corroborated"):
            status = "disputed"
        elif stance == "asserts" and status is None:
            status = "unverified"
    return status


def status_of(confirmed: bool, disputed: bool, asserted: bool) -> str | None:
    """What ``status_from`` gives a claim opened with no status, from whether any of its
    statements confirms it (an assertion with a confirming cue), disputes it, asserts it."""
    if confirmed:
        return "confirmed"
    if disputed:
        return "disputed"
    return "unverified" if asserted else None
