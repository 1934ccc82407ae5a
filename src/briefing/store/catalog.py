"""Whole-store listings for export: every row of a kind, streamed in id order."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

from briefing.model import DocumentView, Note, OutletView, PlaceView, SpeakerView, StatementView
from briefing.store import queries

BATCH = 1000


def documents(conn: sqlite3.Connection) -> Iterator[DocumentView]:
    for (document_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        found = queries.document(conn, document_id)
        if found is not None:
            yield found


def document_headers(conn: sqlite3.Connection) -> Iterator[DocumentView]:
    """Every document's metadata, without its text."""
    for row in conn.execute(
        "SELECT id, title, published, publisher, url, content_hash, source FROM documents "
        "ORDER BY id"
    ):
        published = date.fromisoformat(row[2]) if row[2] else None
        yield DocumentView(row[0], row[1], published, row[3], row[4], "", row[5], row[6])


def statements_per_document(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT document_id, COUNT(*) FROM statements GROUP BY document_id"))


def speakers(conn: sqlite3.Connection) -> Iterator[SpeakerView]:
    aliases = _aliases(conn, "speaker_aliases", "speaker_id")
    for row in conn.execute(
        "SELECT id, name, kind, role, affiliation, reliability, merged_into, apart_from "
        "FROM speakers "
        "ORDER BY id"
    ):
        others = tuple(a for a in aliases.get(row[0], ()) if a != row[1])
        yield SpeakerView(*row[:5], others, row[5], row[6], row[7])


def outlets(conn: sqlite3.Connection) -> Iterator[OutletView]:
    for row in conn.execute("SELECT id, name, reliability FROM outlets ORDER BY id"):
        yield OutletView(row[0], row[1], row[2])


def places(conn: sqlite3.Connection) -> Iterator[PlaceView]:
    aliases = _aliases(conn, "place_aliases", "place_id")
    for row in conn.execute(
        "SELECT id, name, country, feature, geonameid, merged_into FROM places ORDER BY id"
    ).fetchall():
        others = tuple(a for a in aliases.get(row[0], ()) if a != row[1])
        yield PlaceView(row[0], row[1], row[2], row[3], row[4], others, row[5])


def statements(conn: sqlite3.Connection) -> Iterator[StatementView]:
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT {queries.STATEMENT_COLUMNS} {queries.STATEMENT_FROM} "
            "WHERE s.id > ? ORDER BY s.id LIMIT ?",
            (last, BATCH),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield queries.statement_view(row)
        last = rows[-1][0]


def claim_ids(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT id FROM claims ORDER BY id")]


def _aliases(conn: sqlite3.Connection, table: str, owner: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for owner_id, alias in conn.execute(f"SELECT {owner}, alias FROM {table} ORDER BY alias"):
        found.setdefault(owner_id, []).append(alias)
    return found


def notes(conn: sqlite3.Connection) -> Iterator[Note]:
    for row in conn.execute(
        "SELECT id, target_kind, target_id, text, at, who FROM notes ORDER BY id"
    ):
        yield Note(*row)
