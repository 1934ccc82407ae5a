"""A document's claims are found through an index (schema 14), so are a claim's statements by
stance (schema 15), and the write-ahead log is copied into the store in large steps."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import sqlite_utils

from briefing.ingest import ingest_samples, reextract_all
from briefing.store import Store
from briefing.store.database import WAL_CHECKPOINT_PAGES
from briefing.store.schema import SCHEMA_VERSION
from tests.store.older_store import STATEMENT, write_older_store


def test_no_write_reads_every_claim_to_find_a_documents(tmp_path: Path) -> None:
    """Every query the store runs on claims while ingesting, re-extracting and removing a
    document finds its rows through an index; only the count of all claims reads them all."""
    with Store(tmp_path / "s.db") as store:
        conn = store._connection.db.conn
        run: list[str] = []
        conn.set_trace_callback(run.append)
        ingest_samples(store)
        reextract_all(store)
        store.remove_document(conn.execute("SELECT min(id) FROM documents").fetchone()[0])
        conn.set_trace_callback(None)
        on_claims = [
            sql
            for sql in run
            if re.search(r"\bclaims\b", sql)
            and sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE"))
        ]
        assert len(on_claims) > 100
        assert any("document_id" in sql for sql in on_claims)
        scans = {
            sql
            for sql in on_claims
            if re.search(r"SCAN (?:claims|c)\b", _plan(conn, sql))
            and not sql.strip().startswith("SELECT count(*) FROM claims")
        }
        assert scans == set()


def _plan(conn: sqlite3.Connection, sql: str) -> str:
    return " | ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_a_store_of_schema_13_gains_both_indexes_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v13.db"
    write_older_store(path, 13)
    with Store(path) as store:
        conn = store._connection.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 15
        names = {row[1] for row in conn.execute("PRAGMA index_list(claims)")}
        assert "claims_document" in names
        names = {row[1] for row in conn.execute("PRAGMA index_list(claim_statements)")}
        assert "claim_statements_stance" in names
        assert conn.execute("SELECT text FROM statements").fetchall() == [(STATEMENT,)]
    assert sqlite_utils.Database(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_joined_claims_status_reads_its_statements_stances_from_the_index(
    tmp_path: Path,
) -> None:
    """Each question the store asks of a claim's statements by stance, while documents join
    claims, finds the stance in the index: no row of claim_statements is read for it."""
    with Store(tmp_path / "s.db") as store:
        conn = store._connection.db.conn
        run: list[str] = []
        conn.set_trace_callback(run.append)
        ingest_samples(store)
        conn.set_trace_callback(None)
        by_stance = {sql for sql in run if re.search(r"claim_statements.*stance = '", sql)}
        assert by_stance
        plans = [_plan(conn, sql) for sql in by_stance]
        assert all("claim_statements" in plan for plan in plans)
        assert not [
            plan
            for plan in plans
            for step in plan.split(" | ")
            if re.search(r"\b(?:claim_statements|cs)\b", step)
            and "COVERING INDEX claim_statements_stance" not in step
        ]


def test_the_log_is_copied_into_the_store_in_large_steps(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        conn = store._connection.db.conn
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_CHECKPOINT_PAGES
        assert WAL_CHECKPOINT_PAGES >= 10_000
