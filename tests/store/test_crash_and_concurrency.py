"""An ingest killed part-way leaves a sound store; two ingests at once both complete."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from briefing.extract import extract
from briefing.model import Document
from briefing.resources import sample_briefings
from briefing.store import Store


def make_folder(folder: Path, copies: int, tag: str) -> int:
    """``copies`` distinct briefings: the samples, each ending in a numbered line."""
    folder.mkdir()
    samples = [p.read_text(encoding="utf-8") for p in sample_briefings()]
    for number in range(copies):
        text = samples[number % len(samples)]
        line = f'\n\n"Report {tag}-{number} is filed," Marta Koval, a duty officer, said.\n'
        (folder / f"{tag}-{number:04}.md").write_text(text + line, encoding="utf-8")
    return copies


def ingest(db: Path, *paths: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "ingest", "--db", str(db), *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db, timeout=10)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # the tables are not there yet
        return 0
    finally:
        conn.close()


def test_sigkill_part_way_leaves_every_document_whole_or_absent(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "s.db"
    total = make_folder(folder, 400, "k")
    Store(db).close()
    process = ingest(db, folder)
    deadline = time.monotonic() + 60
    while count(db, "documents") < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    stored = conn.execute("SELECT id, text, published, title FROM documents").fetchall()
    assert 20 <= len(stored) < total, "the kill landed part-way through the folder"
    for document_id, text, published, title in stored:
        expected = extract(Document(text, title=title, published=_day(published)))
        statements = conn.execute(
            "SELECT count(*) FROM statements WHERE document_id = ?", (document_id,)
        ).fetchone()[0]
        on_claims = conn.execute(
            "SELECT count(DISTINCT s.id) FROM statements s "
            "JOIN claim_statements cs ON cs.statement_id = s.id WHERE s.document_id = ?",
            (document_id,),
        ).fetchone()[0]
        own_claims = conn.execute(
            "SELECT count(*) FROM claims WHERE document_id = ?", (document_id,)
        ).fetchone()[0]
        # a claim about an event an earlier document claimed joins that claim
        expected_on_claims = sum(1 for s in expected.statements if s.claim_key)
        assert statements == len(expected.statements)
        assert on_claims == expected_on_claims
        assert own_claims <= len(expected.claims)
    conn.close()
    with Store(db) as store:  # and the store takes the rest afterwards
        assert store.counts()["documents"] == len(stored)


def test_two_ingests_at_once_into_one_store_both_complete(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = make_folder(tmp_path / "a", 60, "a")
    second = make_folder(tmp_path / "b", 60, "b")
    one, two = ingest(db, tmp_path / "a"), ingest(db, tmp_path / "b")  # a new store, raced
    outputs = [process.communicate(timeout=180) for process in (one, two)]
    assert [one.returncode, two.returncode] == [0, 0], outputs
    assert count(db, "documents") == first + second
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _day(text: str | None):
    from datetime import date

    return date.fromisoformat(text) if text else None
