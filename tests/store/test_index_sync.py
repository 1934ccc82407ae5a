"""The full-text indexes hold exactly the stored text, whatever wrote it: a document's
statements indexed at once after they are written, updates re-indexed only when an
indexed column changes, deletions taken out by trigger."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.ingest import reextract_all
from briefing.store import Store
from briefing.store.schema import SCHEMA_VERSION
from tests.store.older_store import STATEMENT, write_older_store

_INDEXES = ("statements_fts", "documents_fts", "claims_fts", "notes_fts")


def assert_indexes_match_their_tables(conn: sqlite3.Connection) -> None:
    for index in _INDEXES:  # rank 1: also against the table the index reads its text from
        conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")


def test_the_indexes_match_their_tables_through_ingest_edits_reextraction_and_removal(
    sample_store_copy: Path,
) -> None:
    with Store(sample_store_copy) as store:
        conn = store._connection.db.conn
        assert_indexes_match_their_tables(conn)
        (claim, *_) = store.claims_by_status()
        store.edit_summary(claim.id, "Troops left the village of Krynky, officials said")
        assert [found.id for found in store.claims_matching('"krynky"*')] == [claim.id]
        store.add_note("claim", claim.id, "Checked against the evening report")
        speakers = [row[0] for row in conn.execute("SELECT id FROM speakers LIMIT 2")]
        store.merge_speakers(speakers[0], speakers[1])
        assert_indexes_match_their_tables(conn)
        summary = reextract_all(store)
        assert summary.documents > 0
        assert_indexes_match_their_tables(conn)
        document_id = conn.execute("SELECT min(id) FROM documents").fetchone()[0]
        (statement, *_) = store.document_statements(document_id)
        first_word = statement.text.split()[0].strip("“”\"'.,").lower()
        assert statement.id in [s.id for s in store.search_statements(f'"{first_word}"', 10_000)]
        store.remove_document(document_id)
        assert_indexes_match_their_tables(conn)
        assert statement.id not in [
            s.id for s in store.search_statements(f'"{first_word}"', 10_000)
        ]


def test_updating_what_no_index_holds_leaves_the_indexes_alone(sample_store_copy: Path) -> None:
    """Moving a claim's origin or a statement's speaker wrote the whole row into the index
    again; now only a change to an indexed column does."""
    conn = sqlite3.connect(sample_store_copy, isolation_level=None)
    written = (
        "SELECT (SELECT count(*) FROM claims_fts_data), (SELECT count(*) FROM statements_fts_data)"
    )
    before = conn.execute(written).fetchone()
    conn.execute("BEGIN")
    conn.execute("UPDATE claims SET origin_start = origin_start + 0")
    conn.execute("UPDATE statements SET speaker_id = speaker_id")
    conn.execute("COMMIT")
    assert conn.execute(written).fetchone() == before
    conn.execute("UPDATE claims SET summary = summary || ' (checked)' WHERE id = 1")
    assert conn.execute(written).fetchone() != before
    assert_indexes_match_their_tables(conn)
    conn.close()


def test_a_store_indexed_by_triggers_moves_to_the_new_way_with_its_index_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v12.db"
    write_older_store(path, 12)
    with Store(path) as store:
        conn = store._connection.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert_indexes_match_their_tables(conn)
        assert [s.text for s in store.search_statements('"corridor"')] == [STATEMENT]
