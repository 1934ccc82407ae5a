"""The store's schema, pragmas and forward migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from briefing.errors import StoreError
from briefing.store import Store
from briefing.store.schema import SCHEMA_VERSION, migrate, schema_version
from tests.store.older_store import write_older_store

DESIGN_TABLES = {
    "documents",
    "outlets",
    "speakers",
    "speaker_aliases",
    "places",
    "place_aliases",
    "statements",
    "statement_places",
    "claims",
    "claim_statements",
    "status_history",
    "notes",
}


def test_new_store_has_every_design_table_and_the_current_version(empty_store: Store) -> None:
    db = sqlite_utils.Database(empty_store.path)
    assert set(db.table_names()) >= DESIGN_TABLES
    assert {"statements_fts", "documents_fts"} <= set(db.table_names())
    assert schema_version(db) == SCHEMA_VERSION


def test_store_runs_in_wal_mode_with_foreign_keys(empty_store: Store) -> None:
    conn = empty_store._connection.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_version_one_store_migrates_forward_and_indexes_old_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    write_older_store(path, 1)
    assert schema_version(sqlite_utils.Database(path)) == 1

    with Store(path) as store:
        found = store.search_statements('"corridor"')
        assert [s.text for s in found] == ["the corridor stays open"]
    assert schema_version(sqlite_utils.Database(path)) == SCHEMA_VERSION


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "twice.db")
    assert migrate(db) == 0
    assert migrate(db) == SCHEMA_VERSION


def test_store_from_a_newer_briefing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this briefing"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database at all, just notes\n" * 20)
    with pytest.raises(StoreError, match="not a briefing store"):
        Store(path)


def test_places_stored_before_version_8_get_the_gazetteers_coordinates(tmp_path: Path) -> None:
    path = tmp_path / "v7.db"
    db = sqlite_utils.Database(path)
    migrate(db, target=7)
    db.execute(
        "INSERT INTO places (name, key, country, feature, geonameid) VALUES "
        "('Avdiivka', 'avdiivka', 'Ukraine', 'town', 713122), "
        "('Maryinka', 'maryinka', 'Ukraine', 'town', NULL), "
        "('Dnipro River', 'dnipro river', 'Ukraine', 'river', NULL)"
    )
    db.conn.commit()
    db.conn.close()

    Store(path).close()
    rows = sqlite3.connect(path).execute("SELECT name, latitude, longitude, region FROM places")
    found = {name: (lat, lon, region) for name, lat, lon, region in rows}
    assert found["Avdiivka"][:2] == pytest.approx((48.14, 37.75), abs=0.01)
    assert found["Avdiivka"][2] == "Donetsk region"
    assert found["Maryinka"][:2] == pytest.approx((47.95, 37.51), abs=0.01)
    assert found["Dnipro River"] == (None, None, None)  # a river is no point on a map


def test_the_cli_says_once_that_an_older_store_is_being_brought_up_to_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    path = tmp_path / "older.db"
    db = sqlite_utils.Database(path)
    migrate(db, target=SCHEMA_VERSION - 2)
    db.conn.close()
    assert main(["stats", "--db", str(path)]) == 0
    first = capsys.readouterr().err
    assert f"schema {SCHEMA_VERSION - 2} → {SCHEMA_VERSION}" in first
    assert "bringing" in first and str(path) in first
    assert main(["stats", "--db", str(path)]) == 0
    assert "bringing" not in capsys.readouterr().err  # up to date: nothing to say


def test_a_new_store_is_created_without_the_upgrade_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    assert main(["stats", "--db", str(tmp_path / "new.db")]) == 0
    assert "bringing" not in capsys.readouterr().err


def test_a_migration_step_that_fails_leaves_the_store_at_its_version(tmp_path: Path) -> None:
    from briefing.store.migration_step import migration_step

    db = sqlite_utils.Database(tmp_path / "step.db")
    with pytest.raises(RuntimeError), migration_step(db, 1) as conn:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("the step breaks half way")
    assert schema_version(db) == 0 and "half" not in db.table_names()
    with migration_step(db, 1) as conn:
        conn.execute("CREATE TABLE whole (x)")
    assert schema_version(db) == 1 and "whole" in db.table_names()
