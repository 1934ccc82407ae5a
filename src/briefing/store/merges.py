"""Merging two speakers (or two places) into one, and splitting them back.

A merged speaker keeps its row (``merged_into`` points at the one it joined),
and every statement keeps the speaker the extractor found
(``extracted_speaker_id``) beside the one it is shown under (``speaker_id``).
So a split puts back exactly the statements that were the merged speaker's, and
a re-extraction that finds the merged speaker again files its statements under
the speaker it was merged into.
"""

from __future__ import annotations

import json
import sqlite3

from briefing.errors import InputError
from briefing.folding import name_key
from briefing.store.tallies import SPEAKER_TALLIES

FAMILY = (
    "WITH RECURSIVE family(id) AS (SELECT ? UNION "
    "SELECT s.id FROM speakers s JOIN family f ON s.merged_into = f.id) "
)
"""A speaker and everyone merged into it, directly or through another merge: the
speakers whose statements and names it stands for. Bind the speaker's id once."""


def effective_speaker(conn: sqlite3.Connection, speaker_id: int | None) -> int | None:
    """The speaker a statement is shown under: the one its speaker was merged into, if any."""
    seen = set()
    while speaker_id is not None and speaker_id not in seen:
        seen.add(speaker_id)
        row = conn.execute("SELECT merged_into FROM speakers WHERE id = ?", (speaker_id,))
        found = row.fetchone()
        if found is None or found[0] is None:
            return speaker_id
        speaker_id = found[0]
    return speaker_id


def merge(conn: sqlite3.Connection, keep: int, merge: int) -> tuple[str, str]:
    """File ``merge``'s statements, aliases and search names under ``keep``; returns names."""
    kept, merged = _name(conn, keep), _name(conn, merge)
    if effective_speaker(conn, keep) != keep:
        raise InputError(f"{kept} is itself merged into another speaker; merge into that one")
    if keep == merge or effective_speaker(conn, merge) != merge:
        raise InputError(f"{merged} cannot be merged into {kept}")
    conn.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (keep, merge))
    conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (keep, merge))
    conn.execute(
        "UPDATE OR IGNORE search_names SET target_id = ? WHERE kind = 'speaker' AND target_id = ?",
        (keep, merge),
    )
    recount(conn, keep)
    recount(conn, merge)
    return kept, merged


def split(conn: sqlite3.Connection, merged: int) -> tuple[int, tuple[str, str]]:
    """Undo a merge: the speaker's statements and names go back to it, with those of
    everyone merged into it before."""
    row = conn.execute("SELECT merged_into FROM speakers WHERE id = ?", (merged,)).fetchone()
    if row is None or row[0] is None:
        raise InputError(f"{_name(conn, merged)} is not merged into anyone")
    keep = int(row[0])
    conn.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", (merged,))
    conn.execute(
        f"{FAMILY}UPDATE statements SET speaker_id = ? "
        "WHERE speaker_id = ? AND extracted_speaker_id IN (SELECT id FROM family)",
        (merged, merged, keep),
    )
    conn.execute(
        f"{FAMILY}UPDATE OR IGNORE search_names SET target_id = ? WHERE kind = 'speaker' "
        "AND target_id = ? AND form IN (SELECT alias FROM speaker_aliases "
        "WHERE speaker_id IN (SELECT id FROM family)) "
        "AND form NOT IN (SELECT alias FROM speaker_aliases WHERE speaker_id = ?)",
        (merged, merged, keep, keep),
    )
    recount(conn, keep)
    recount(conn, merged)
    return keep, (_name(conn, keep), _name(conn, merged))


def separate(conn: sqlite3.Connection, speaker_id: int, form: str) -> tuple[int, str]:
    """Take a name the rules filed under a speaker (``Yahya Sarea`` under ``Yahya Saree``)
    out into a speaker of its own, with the statements whose speaker is written so.

    Later mentions spelt so find the new speaker by its own name first, so the separation
    survives re-extraction; ``apart_from`` remembers it for an export and import."""
    key = name_key(form)
    row = conn.execute(
        "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND key = ? AND reason IS NOT NULL",
        (speaker_id, key),
    ).fetchone()
    if row is None:
        raise InputError(
            f"{form!r} was not joined to {_name(conn, speaker_id)} by a rule; "
            "see: briefing speakers explain"
        )
    (kind,) = conn.execute("SELECT kind FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    new = conn.execute(
        "INSERT INTO speakers (name, key, kind, apart_from) VALUES (?, ?, ?, ?)",
        (row[0], key, kind, speaker_id),
    ).lastrowid
    assert new is not None
    (kept_key,) = conn.execute("SELECT key FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    moved = {key}
    if kind == "person" and key.split()[-1] != kept_key.split()[-1]:
        moved.add(key.split()[-1])  # "Sarea", the surname only the taken name has
    for alias_key in moved:
        conn.execute(
            "UPDATE speaker_aliases SET speaker_id = ?, reason = NULL "
            "WHERE speaker_id = ? AND key = ?",
            (new, speaker_id, alias_key),
        )
    for (form_moved,) in conn.execute(
        "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (new,)
    ).fetchall():
        conn.execute(
            "UPDATE OR IGNORE search_names SET target_id = ? WHERE kind = 'speaker' "
            "AND target_id = ? AND form = ?",
            (new, speaker_id, form_moved),
        )
    for statement_id, text, provenance in conn.execute(
        "SELECT s.id, d.text, s.provenance FROM statements s "
        "JOIN documents d ON d.id = s.document_id WHERE s.extracted_speaker_id = ?",
        (speaker_id,),
    ).fetchall():
        spans = [(a, b) for field, a, b in json.loads(provenance or "[]") if field == "speaker"]
        if spans and name_key(text[spans[0][0] : spans[0][1]]) == key:
            conn.execute(
                "UPDATE statements SET extracted_speaker_id = ?, speaker_id = ? WHERE id = ?",
                (new, new, statement_id),
            )
    recount(conn, speaker_id)
    recount(conn, int(new))
    return int(new), _name(conn, speaker_id)


def recount(conn: sqlite3.Connection, speaker_id: int) -> None:
    """Rebuild one speaker's tallies from its statements (after a merge or split)."""
    for table in SPEAKER_TALLIES:
        conn.execute(f"DELETE FROM {table} WHERE speaker_id = ?", (speaker_id,))
    conn.execute(
        "INSERT INTO speaker_outlets SELECT speaker_id, outlet_id, count(*) FROM statements "
        "WHERE speaker_id = ? AND outlet_id IS NOT NULL GROUP BY outlet_id",
        (speaker_id,),
    )
    conn.execute(
        "INSERT INTO speaker_places SELECT s.speaker_id, x.place_id, count(*) FROM statements s "
        "JOIN statement_places x ON x.statement_id = s.id WHERE s.speaker_id = ? "
        "GROUP BY x.place_id",
        (speaker_id,),
    )
    conn.execute(
        "INSERT INTO speaker_months SELECT speaker_id, substr(sort_day, 1, 7), count(*) "
        "FROM statements WHERE speaker_id = ? AND sort_day != '' GROUP BY substr(sort_day, 1, 7)",
        (speaker_id,),
    )
    conn.execute(
        "INSERT INTO speaker_days SELECT speaker_id, sort_day, count(*) "
        "FROM statements WHERE speaker_id = ? AND sort_day != '' GROUP BY sort_day",
        (speaker_id,),
    )
    conn.execute(
        "UPDATE speakers SET statement_count = "
        "(SELECT count(*) FROM statements WHERE speaker_id = ?) WHERE id = ?",
        (speaker_id, speaker_id),
    )


def _name(conn: sqlite3.Connection, speaker_id: int) -> str:
    row = conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    if row is None:
        raise InputError(f"no speaker {speaker_id}")
    return str(row[0])


def merge_places(conn: sqlite3.Connection, keep: int, merge: int) -> tuple[str, str]:
    """File ``merge`` under ``keep``: its statements, names and filter results become keep's.

    Nothing is rewritten: statements keep the place the extractor found, and a merged
    place is read as the one it joined, so a split is just forgetting the merge. Places
    already merged into ``merge`` are re-filed under ``keep`` (a place is always read one
    step away); undoing the merge puts them back with ``rejoin_places``.
    """
    kept, merged = _place_name(conn, keep), _place_name(conn, merge)
    if _place_root(conn, keep) != keep:
        raise InputError(f"{kept} is itself merged into another place; merge into that one")
    if keep == merge or _place_root(conn, merge) != merge:
        raise InputError(f"{merged} cannot be merged into {kept}")
    conn.execute("UPDATE places SET merged_into = ? WHERE merged_into = ?", (keep, merge))
    conn.execute("UPDATE places SET merged_into = ? WHERE id = ?", (keep, merge))
    return kept, merged


def places_merged_into(conn: sqlite3.Connection, place_id: int) -> list[int]:
    return [row[0] for row in conn.execute(
        "SELECT id FROM places WHERE merged_into = ? ORDER BY id", (place_id,))]  # fmt: skip


def rejoin_places(conn: sqlite3.Connection, place_id: int, children: list[int]) -> None:
    """Put back places that a later merge had re-filed (undoing that merge)."""
    conn.executemany(
        "UPDATE places SET merged_into = ? WHERE id = ?", [(place_id, c) for c in children]
    )


def split_place(conn: sqlite3.Connection, merged: int) -> tuple[int, tuple[str, str]]:
    row = conn.execute("SELECT merged_into FROM places WHERE id = ?", (merged,)).fetchone()
    if row is None or row[0] is None:
        raise InputError(f"{_place_name(conn, merged)} is not merged into any place")
    conn.execute("UPDATE places SET merged_into = NULL WHERE id = ?", (merged,))
    return int(row[0]), (_place_name(conn, int(row[0])), _place_name(conn, merged))


def _place_root(conn: sqlite3.Connection, place_id: int) -> int:
    row = conn.execute("SELECT merged_into FROM places WHERE id = ?", (place_id,)).fetchone()
    return int(row[0]) if row and row[0] is not None else place_id


def _place_name(conn: sqlite3.Connection, place_id: int) -> str:
    row = conn.execute("SELECT name FROM places WHERE id = ?", (place_id,)).fetchone()
    if row is None:
        raise InputError(f"no place {place_id}")
    return str(row[0])
