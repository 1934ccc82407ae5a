"""A store that fails under the batch: full disk, damaged file. One line, work kept."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefing.cli import main
from briefing.ingest import ingest_paths, ingest_samples
from briefing.resources import sample_briefings
from briefing.store import Store


def test_a_full_disk_stops_the_batch_cleanly_with_what_was_stored_kept(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        conn = store._connection.db.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 12}")  # room for a few documents
        summary = ingest_paths(store, [str(p) for p in sample_briefings()])
    assert summary.errors[-1] == f"stopped: {db}: the disk is full"
    assert 0 < summary.new < 12
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT count(*) FROM documents").fetchone()[0] == summary.new


def test_a_damaged_store_is_one_line_naming_it(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest_samples(store)
    with db.open("r+b") as handle:
        handle.seek(4096 * 5)
        handle.write(os.urandom(4096 * 3))
    assert main(["export", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"briefing: {db}: ")
    assert "malformed" in err and "Traceback" not in err


def test_another_programs_database_is_left_exactly_as_it_was(tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE readings (value REAL)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    assert main(["stats", "--db", str(other)]) == 1
    assert capsys.readouterr().err == (
        f"briefing: {other}: not a briefing store (another program's SQLite database)\n"
    )
    assert other.read_bytes() == before and not (tmp_path / "other.db-wal").exists()


def test_a_store_in_a_read_only_folder_opens_read_only(tmp_path: Path, capsys) -> None:
    import shutil
    import subprocess

    folder = tmp_path / "archive"
    folder.mkdir()
    db = folder / "s.db"
    with Store(db) as store:
        ingest_samples(store)
    if shutil.which("chattr") is None:
        raise AssertionError("this test needs chattr (e2fsprogs) to make a folder read-only")
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        with Store(db) as store:
            assert store.read_only and store.counts()["documents"] == 12
        assert main(["claim", "status", "1", "disputed", "--db", str(db)]) == 1
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert capsys.readouterr().err == f"briefing: {db}: the store is read-only\n"
    assert sorted(p.name for p in folder.iterdir()) == [".s.db.lock", "s.db"]  # as it was
