"""What search and the desk read from the store: folded name keys, labels, full-text
matches, and why names were filed under a speaker."""

from __future__ import annotations

import sqlite3

from briefing.model import ClaimView, Note, OutletView
from briefing.store import merges

NameForm = tuple[int, str, int, str, str, str]
"""``(row id, kind, target id, form as written, folded key, field)``; field is name or role."""


def name_forms_since(conn: sqlite3.Connection, after_id: int) -> list[NameForm]:
    """Name forms added after ``after_id``, in id order: the increment for search."""
    return conn.execute(
        "SELECT id, kind, target_id, form, key, field FROM search_names WHERE id > ? ORDER BY id",
        (after_id,),
    ).fetchall()


LABEL_SQL = {
    "speaker": "SELECT id, name, COALESCE(role, kind) || COALESCE(' · reliability ' || "
    "reliability, ''), statement_count FROM speakers WHERE id IN ({})",
    "place": "SELECT id, name, trim(COALESCE(feature, '') || ', ' || COALESCE(country, ''), ', '), "
    "statement_count FROM places WHERE id IN ({})",
    "outlet": "SELECT id, name, 'outlet' || COALESCE(' · reliability ' || reliability, ''), "
    "statement_count FROM outlets WHERE id IN ({})",
}

Label = tuple[str, str, int]
"""``(display name, short detail, number of statements)``."""


def labels(conn: sqlite3.Connection, kind: str, ids: list[int]) -> dict[int, Label]:
    """Display name, a short detail and how often it occurs, for each id of one kind."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(LABEL_SQL[kind].format(marks), ids).fetchall()
    return {row[0]: (row[1], row[2] or "", row[3]) for row in rows}


def claims_matching(conn: sqlite3.Connection, match: str, limit: int) -> list[ClaimView]:
    rows = conn.execute(
        "SELECT id, summary, status, credibility FROM claims WHERE id IN (SELECT rowid "
        "FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY id DESC",
        (match, limit),
    ).fetchall()
    return [ClaimView(row[0], row[1], row[2], credibility=row[3]) for row in rows]


def speaker_joins(conn: sqlite3.Connection, speaker_id: int) -> list[tuple[str, str]]:
    """Each name filed under this speaker that is not spelt like it, and why: the rule that
    joined it, or the analyst's merge (with what had been joined to the merged speaker)."""
    family = f"{merges.FAMILY}SELECT id FROM family"
    merged = [
        (name, "merged by the analyst")
        for (name,) in conn.execute(
            f"SELECT name FROM speakers WHERE id IN ({family}) AND id != ? ORDER BY name",
            (speaker_id, speaker_id),
        )
    ]
    joined = conn.execute(
        f"SELECT alias, reason FROM speaker_aliases WHERE speaker_id IN ({family}) "
        "AND reason IS NOT NULL ORDER BY alias",
        (speaker_id,),
    ).fetchall()
    return [(alias, reason) for alias, reason in joined] + merged


def speaker_roots(conn: sqlite3.Connection, ids: list[int]) -> dict[int, int]:
    """For each of these speakers merged into another, the one it is filed under now."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    roots = {}
    for speaker_id, merged_into in conn.execute(
        f"SELECT id, merged_into FROM speakers WHERE id IN ({marks}) AND merged_into IS NOT NULL",
        ids,
    ).fetchall():
        seen = {speaker_id}
        while merged_into is not None and merged_into not in seen:
            seen.add(merged_into)
            root = merged_into
            (merged_into,) = conn.execute(
                "SELECT merged_into FROM speakers WHERE id = ?", (root,)
            ).fetchone()
        roots[speaker_id] = root
    return roots


def notes_matching(conn: sqlite3.Connection, match: str, limit: int) -> list[Note]:
    rows = conn.execute(
        "SELECT id, target_kind, target_id, text, at, who FROM notes WHERE id IN "
        "(SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) "
        "ORDER BY id DESC",
        (match, limit),
    ).fetchall()
    return [Note(*row) for row in rows]


def outlet_named(conn: sqlite3.Connection, name: str) -> OutletView | None:
    row = conn.execute("SELECT id, name, reliability FROM outlets WHERE name = ?", (name,))
    found = row.fetchone()
    return OutletView(*found) if found else None


def find_outlets(conn: sqlite3.Connection, key: str) -> list[tuple[int, str]]:
    return conn.execute("SELECT id, name FROM outlets WHERE key = ?", (key,)).fetchall()


def find_speakers(conn: sqlite3.Connection, key: str) -> list[tuple[int, str]]:
    """Speakers whose name or an alias folds to ``key`` (merged ones included)."""
    return conn.execute(
        "SELECT id, name FROM speakers WHERE key = ? UNION "
        "SELECT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
        "WHERE a.key = ? ORDER BY 1",
        (key, key),
    ).fetchall()


def find_places(conn: sqlite3.Connection, key: str) -> list[tuple[int, str]]:
    """Places whose name or an alias folds to ``key``."""
    return conn.execute(
        "SELECT id, name FROM places WHERE key = ? UNION "
        "SELECT p.id, p.name FROM place_aliases a JOIN places p ON p.id = a.place_id "
        "WHERE a.key = ? ORDER BY 1",
        (key, key),
    ).fetchall()


def place_roots(conn: sqlite3.Connection, ids: list[int]) -> dict[int, int]:
    """For each of these places merged into another, the one it is read as."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return dict(
        conn.execute(
            f"SELECT id, merged_into FROM places WHERE id IN ({marks}) AND merged_into IS NOT NULL",
            ids,
        ).fetchall()
    )


def most_mentioned(
    conn: sqlite3.Connection, days: int, limit: int
) -> tuple[str, str, list[tuple[str, int, str, int]]]:
    """The speakers and places with the most statements in the store's last ``days`` days
    (counted back from its newest statement, so an archive shows its own last week):
    ``(first day, last day, [(kind, id, name, statements)])``."""
    (latest,) = conn.execute("SELECT max(sort_day) FROM statements WHERE sort_day != ''").fetchone()
    if not latest:
        return "", "", []
    (since,) = conn.execute("SELECT date(?, ?)", (latest, f"-{days - 1} days")).fetchone()
    speakers = conn.execute(
        "SELECT 'speaker', sp.id, sp.name, count(*) FROM statements s "
        "JOIN speakers sp ON sp.id = s.speaker_id WHERE s.sort_day >= ? "
        "GROUP BY sp.id ORDER BY count(*) DESC, sp.name LIMIT ?",
        (since, limit),
    ).fetchall()
    places = conn.execute(
        "SELECT 'place', p.id, p.name, count(DISTINCT s.id) FROM statements s "
        "JOIN statement_places x ON x.statement_id = s.id "
        "JOIN places p ON p.id = COALESCE((SELECT merged_into FROM places WHERE id = x.place_id), "
        "x.place_id) WHERE s.sort_day >= ? AND p.feature != 'country' "
        "GROUP BY p.id ORDER BY count(DISTINCT s.id) DESC, p.name LIMIT ?",
        (since, limit),
    ).fetchall()
    return since, latest, [tuple(row) for row in speakers + places]  # type: ignore[misc]
