"""The questions the panes ask, answered as model views.

Timeline pages use keyset pagination on ``(sort_day, id)`` so a page costs the
same at the first statement and the millionth; nothing here loads a whole
table into Python.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from briefing.extract.propositions import Proposition
from briefing.model import (
    ClaimView,
    DocumentView,
    Note,
    Span,
    SpeakerView,
    StatementView,
    StatusChange,
    TimelineCursor,
    TimelineFilter,
    TimelinePage,
)
from briefing.overviews import SpeakerProfile
from briefing.store import merges

PLACE_SEPARATOR = "\x1f"

STATEMENT_COLUMNS = """
    s.id, s.document_id, s.speaker_id, COALESCE(sp.name, s.attributed_to), s.kind, s.text,
    s.said_from, s.said_to, s.date_precision, o.name, s.venue,
    (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT COALESCE(r.name, p.name) AS name
        FROM statement_places x JOIN places p ON p.id = x.place_id
        LEFT JOIN places r ON r.id = p.merged_into WHERE x.statement_id = s.id)),
    s.status,
    (SELECT min(cs.claim_id) FROM claim_statements cs WHERE cs.statement_id = s.id),
    s.span_start, s.span_end, s.sort_day, s.date_text, s.month_day, s.cue, s.provenance,
    sp.reliability, o.reliability,
    (SELECT c.status || char(31) || cs.stance FROM claim_statements cs
        JOIN claims c ON c.id = cs.claim_id WHERE cs.statement_id = s.id
        ORDER BY cs.claim_id LIMIT 1)
"""
STATEMENT_FROM = """
    FROM statements s
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
    LEFT JOIN outlets o ON o.id = s.outlet_id
"""
PLACE_FROM = """
    FROM statement_places x
    JOIN statements s ON s.id = x.statement_id
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
    LEFT JOIN outlets o ON o.id = s.outlet_id
"""


def statement_view(row: tuple) -> StatementView:
    return StatementView(
        id=row[0],
        document_id=row[1],
        speaker_id=row[2],
        speaker=row[3],
        kind=row[4],
        text=row[5],
        said_from=_day(row[6]),
        said_to=_day(row[7]),
        date_precision=row[8],
        outlet=row[9],
        venue=row[10],
        places=tuple(row[11].split(PLACE_SEPARATOR)) if row[11] else (),
        status=row[12],
        claim_id=row[13],
        span=Span(row[14], row[15]),
        sort_day=row[16],
        date_text=row[17],
        month_day=row[18],
        cue=row[19],
        provenance=tuple(tuple(item) for item in json.loads(row[20])),
        speaker_reliability=row[21],
        outlet_reliability=row[22],
        claim_status=row[23].split(PLACE_SEPARATOR)[0] if row[23] else None,
        claim_stance=row[23].split(PLACE_SEPARATOR)[1] if row[23] else None,
    )


def timeline_page(
    conn: sqlite3.Connection,
    filters: TimelineFilter | None = None,
    after: TimelineCursor | None = None,
    limit: int = 100,
    newest_first: bool = True,
) -> TimelinePage:
    """One page of statements in timeline order, starting after ``after``.

    A place filter walks ``statement_places`` in its own (place, day, id) order,
    so the busiest town pages as fast as the whole timeline.
    """
    filters = filters or TimelineFilter()
    source, day, ident, where, params = selection(conn, filters)
    if after is not None:
        where.append(f"({day}, {ident}) {'<' if newest_first else '>'} (?, ?)")
        params += [after.sort_day, after.statement_id]
    direction = "DESC" if newest_first else "ASC"
    sql = (
        f"SELECT {STATEMENT_COLUMNS} {source}"
        f" WHERE {' AND '.join(where) or '1'}"
        f" ORDER BY {day} {direction}, {ident} {direction} LIMIT ?"
    )
    rows = conn.execute(sql, [*params, limit + 1]).fetchall()
    statements = tuple(statement_view(row) for row in rows[:limit])
    cursor = None
    if len(rows) > limit:
        last = statements[-1]
        cursor = TimelineCursor(last.sort_day, last.id)
    return TimelinePage(statements, cursor)


def selection(
    conn: sqlite3.Connection, filters: TimelineFilter
) -> tuple[str, str, str, list[str], list[object]]:
    """What a timeline selection reads: its tables, its day and id columns (the order it
    walks), and its conditions with their parameters. A place filter walks
    ``statement_places`` in its own (place, day, id) order, the places merged into it
    included."""
    where, params = filter_clauses(filters)
    if filters.place_id is None:
        return STATEMENT_FROM, "s.sort_day", "s.id", where, params
    family = [filters.place_id, *merges.places_merged_into(conn, filters.place_id)]
    where.insert(0, f"x.place_id IN ({', '.join('?' for _ in family)})")
    return PLACE_FROM, "x.sort_day", "x.statement_id", where, [*family, *params]


def filter_clauses(
    filters: TimelineFilter, by_place: bool = False
) -> tuple[list[str], list[object]]:
    """SQL conditions for every filter but the place; dates are read from the place links
    (``x.sort_day``) when the query walks them."""
    where: list[str] = []
    params: list[object] = []
    if filters.speaker_id is not None:
        where.append("s.speaker_id = ?")
        params.append(filters.speaker_id)
    if filters.outlet_id is not None:
        where.append("s.outlet_id = ?")
        params.append(filters.outlet_id)
    if filters.status is not None:
        where.append("s.status = ?")
        params.append(filters.status)
    if filters.min_reliability is not None:
        where.append("(sp.reliability <= ? OR o.reliability <= ?)")
        params += [filters.min_reliability, filters.min_reliability]
    day = "x.sort_day" if by_place or filters.place_id is not None else "s.sort_day"
    if filters.date_from is not None:
        where.append(f"{day} >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        where.append(f"{day} <= ?")
        params.append(filters.date_to.isoformat())
    return where, params


def statement(conn: sqlite3.Connection, statement_id: int) -> StatementView | None:
    row = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE s.id = ?", (statement_id,)
    ).fetchone()
    return statement_view(row) if row else None


def document_statements(conn: sqlite3.Connection, document_id: int) -> list[StatementView]:
    rows = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE s.document_id = ? ORDER BY s.span_start",
        (document_id,),
    ).fetchall()
    return [statement_view(row) for row in rows]


def document(conn: sqlite3.Connection, document_id: int) -> DocumentView | None:
    row = conn.execute(
        "SELECT id, title, published, publisher, url, text, content_hash, source "
        "FROM documents WHERE id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    return DocumentView(row[0], row[1], _day(row[2]), row[3], row[4], row[5], row[6], row[7])


def speaker(conn: sqlite3.Connection, speaker_id: int) -> SpeakerView | None:
    row = conn.execute(
        "SELECT id, name, kind, role, affiliation, reliability, merged_into, apart_from "
        "FROM speakers "
        "WHERE id = ?",
        (speaker_id,),
    ).fetchone()
    if row is None:
        return None
    aliases = tuple(
        alias
        for (alias,) in conn.execute(
            f"{merges.FAMILY}SELECT DISTINCT alias FROM speaker_aliases "
            "WHERE speaker_id IN (SELECT id FROM family) AND alias != ? ORDER BY alias",
            (speaker_id, row[1]),
        )
    )
    return SpeakerView(*row[:5], aliases, row[5], row[6], row[7])


def speaker_profile(
    conn: sqlite3.Connection, speaker_id: int, recent: int = 50
) -> SpeakerProfile | None:
    who = speaker(conn, speaker_id)
    if who is None:
        return None
    (count,) = conn.execute(
        "SELECT statement_count FROM speakers WHERE id = ?", (speaker_id,)
    ).fetchone()
    first, last = conn.execute(
        "SELECT min(day), max(day) FROM speaker_days WHERE speaker_id = ? AND statements > 0",
        (speaker_id,),
    ).fetchone()
    outlets = conn.execute(
        "SELECT o.name, t.statements FROM speaker_outlets t JOIN outlets o ON o.id = t.outlet_id "
        "WHERE t.speaker_id = ? ORDER BY t.statements DESC, o.name LIMIT 50",
        (speaker_id,),
    ).fetchall()
    places = conn.execute(
        "SELECT COALESCE(r.name, p.name) AS place, sum(t.statements) AS n FROM speaker_places t "
        "JOIN places p ON p.id = t.place_id LEFT JOIN places r ON r.id = p.merged_into "
        "WHERE t.speaker_id = ? GROUP BY place ORDER BY n DESC, place LIMIT 50",
        (speaker_id,),
    ).fetchall()
    days = conn.execute(
        "SELECT day, statements FROM speaker_days WHERE speaker_id = ? AND statements > 0 "
        "ORDER BY day",
        (speaker_id,),
    ).fetchall()
    page = timeline_page(conn, TimelineFilter(speaker_id=speaker_id), limit=recent)
    return SpeakerProfile(
        speaker=who,
        statement_count=count,
        first_seen=_day(first),
        last_seen=_day(last),
        outlets=tuple((name, n) for name, n in outlets),
        places=tuple((name, n) for name, n in places),
        daily_counts=tuple((date.fromisoformat(day), n) for day, n in days),
        recent=page.statements,
        notes=notes_on(conn, "speaker", speaker_id),
    )


def claim_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT status, count(*) FROM claims GROUP BY status").fetchall())


def claims_by_status(
    conn: sqlite3.Connection, status: str | None = None, limit: int = 200
) -> list[ClaimView]:
    """Claims (optionally of one status), newest first, each with its statements and history."""
    if status is None:
        rows = conn.execute("SELECT id FROM claims ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    else:
        rows = conn.execute(
            "SELECT id FROM claims WHERE status = ? ORDER BY id DESC LIMIT ?", (status, limit)
        ).fetchall()
    return [found for (claim_id,) in rows if (found := claim(conn, claim_id)) is not None]


def claim(conn: sqlite3.Connection, claim_id: int) -> ClaimView | None:
    row = conn.execute(
        "SELECT id, summary, status, credibility, summary_by_analyst, links_by_analyst, "
        "document_id, origin_start, origin_end, proposition FROM claims WHERE id = ?",
        (claim_id,),
    ).fetchone()
    if row is None:
        return None
    event = Proposition.from_key(row[9]) if row[9] else None
    linked = conn.execute(
        f"SELECT {STATEMENT_COLUMNS}, cs.stance {STATEMENT_FROM} "
        "JOIN claim_statements cs ON cs.statement_id = s.id WHERE cs.claim_id = ? "
        "ORDER BY s.sort_day, s.id",
        (claim_id,),
    ).fetchall()
    history = conn.execute(
        "SELECT from_status, to_status, at, who, note FROM status_history "
        "WHERE claim_id = ? ORDER BY id",
        (claim_id,),
    ).fetchall()
    return ClaimView(
        id=row[0],
        summary=row[1],
        status=row[2],
        statements=tuple((statement_view(r[:-1]), r[-1]) for r in linked),
        history=tuple(StatusChange(*h) for h in history),
        credibility=row[3],
        notes=notes_on(conn, "claim", claim_id),
        summary_by_analyst=bool(row[4]),
        links_by_analyst=bool(row[5]),
        document_id=row[6],
        origin=None if row[7] is None else (row[7], row[8]),
        event=event.describe() if event else None,
    )


def notes_on(conn: sqlite3.Connection, target_kind: str, target_id: int) -> tuple[Note, ...]:
    rows = conn.execute(
        "SELECT id, target_kind, target_id, text, at, who FROM notes "
        "WHERE target_kind = ? AND target_id = ? ORDER BY id",
        (target_kind, target_id),
    ).fetchall()
    return tuple(Note(*row) for row in rows)


def statement_fts(conn: sqlite3.Connection, match: str, limit: int = 20) -> list[StatementView]:
    """Up to ``limit`` statements whose text matches an FTS5 query, newest first.

    No relevance ordering here: bm25 over every match of a short prefix costs
    tens of milliseconds at a million rows; callers re-rank the candidates.
    """
    rows = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE s.id IN "
        "(SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?) ORDER BY s.id DESC",
        (match, limit),
    ).fetchall()
    return [statement_view(row) for row in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("documents", "statements", "speakers", "outlets", "places", "claims")
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
