"""A document's claims are found through an index (schema 14), and the write-ahead log is
copied into the store in large steps."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from briefing.ingest import ingest_samples
from briefing.store import Store
from briefing.store.database import WAL_CHECKPOINT_PAGES
from briefing.store.schema import SCHEMA_VERSION
from tests.store.older_store import STATEMENT, write_older_store


def _plan(conn: sqlite3.Connection, sql: str, *args: object) -> str:
    return " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))


def test_a_documents_claims_are_read_through_an_index_not_a_scan(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest_samples(store)
        conn = store._connection.db.conn
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] > 10
        assert "claims_document" in _plan(conn, "SELECT id FROM claims WHERE document_id = ?", 1)
        joined = _plan(
            conn,
            "SELECT c.id FROM claim_joins j JOIN documents d ON d.content_hash = j.home_hash "
            "JOIN claims c ON c.document_id = d.id AND c.origin_start = j.origin_start "
            "AND c.origin_end = j.origin_end WHERE j.joined_hash = ?",
            "h",
        )
        assert "SCAN c" not in joined and "claims_document" in joined


def test_a_store_of_schema_13_gains_the_index_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v13.db"
    write_older_store(path, 13)
    with Store(path) as store:
        conn = store._connection.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 14
        names = {row[1] for row in conn.execute("PRAGMA index_list(claims)")}
        assert "claims_document" in names
        assert conn.execute("SELECT text FROM statements").fetchall() == [(STATEMENT,)]
    assert sqlite_utils.Database(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_log_is_copied_into_the_store_in_large_steps(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        conn = store._connection.db.conn
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_CHECKPOINT_PAGES
        assert WAL_CHECKPOINT_PAGES >= 10_000
