"""Statement and claim search reads prefix indexes: a word of up to eight letters is one
index list; a longer word is found by its first eight letters and checked on the text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from briefing.extract import extract
from briefing.model import Document
from briefing.search import SearchIndex, opens_words, prefix_query
from briefing.store import Store
from briefing.store.prefix_index import add_prefix_indexes
from briefing.store.schema import MIGRATIONS, migrate, schema_version

ARTICLE = """Kyiv, 14 March 2024

Regional governor Oleh Syniehubov said the evacuation of Vovchansk began on Tuesday.
A volunteer, Iryna Kos, said the evacuators had worked through the night.
Mayor Ihor Terekhov said Kharkiv’s Zélenskyi district was shelled again."""


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "prefix.db")
    document = Document(ARTICLE, title="Evacuation of Vovchansk")
    store.ingest(document, extract(document))
    return store


def _statements(store: Store, query: str) -> list[str]:
    return [h.label for h in SearchIndex(store).search(query, kinds=("statement",))]


def test_the_statement_and_claim_indexes_keep_prefixes_of_three_to_eight_letters(
    tmp_path: Path,
) -> None:
    with _store(tmp_path) as store:
        conn = sqlite3.connect(store.path)
        for table in ("statements_fts", "claims_fts"):
            (sql,) = conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()
            assert "prefix='3 4 5 6 7 8'" in sql


def test_a_word_longer_than_the_indexed_prefix_finds_only_text_it_opens(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        both = _statements(store, "evacuat")  # seven letters: one index list
        assert any("evacuation" in text for text in both)
        assert any("evacuators" in text for text in both)
        only = _statements(store, "evacuation")  # ten letters: "evacuat" read, the rest checked
        assert only and all("evacuation" in text for text in only)
        assert not any("evacuators" in text for text in only)


def test_a_long_word_matches_whatever_its_case_and_accents(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        assert any("Zélenskyi" in text for text in _statements(store, "zelenskyi"))
    assert opens_words("ZELENSKYI district", "the Zélenskyi district")
    assert not opens_words("zelenskyis", "the Zélenskyi district")


def test_prefix_query_cuts_long_words_to_the_indexed_prefix() -> None:
    assert prefix_query("evacuation kyiv", 8) == '"evacuati"* "kyiv"*'
    assert prefix_query("evacuation") == '"evacuation"*'


def test_a_store_of_the_previous_version_gets_the_prefix_indexes_and_keeps_its_rows(
    tmp_path: Path,
) -> None:
    before_prefixes = MIGRATIONS.index(add_prefix_indexes)
    path = tmp_path / f"v{before_prefixes}.db"
    db = sqlite_utils.Database(path)
    migrate(db, target=before_prefixes)
    db.execute(
        "INSERT INTO documents (id, content_hash, text, ingested_at) VALUES (1, 'h', 'x', 'now')"
    )
    db.execute(
        "INSERT INTO statements (document_id, kind, text, date_precision, sort_day, status, "
        "span_start, span_end) VALUES (1, 'direct', 'the evacuation convoy left', 'undated', "
        "'', 'unverified', 0, 1)"
    )
    db.conn.commit()
    db.conn.close()
    with Store(path) as store:
        assert schema_version(sqlite_utils.Database(path)) == len(MIGRATIONS)
        assert _statements(store, "evacuation") == ["the evacuation convoy left"]
        assert _statements(store, "evac") == ["the evacuation convoy left"]


def test_a_word_of_one_or_two_letters_is_checked_on_the_text_not_read_from_the_index(
    tmp_path: Path,
) -> None:
    with _store(tmp_path) as store:
        assert any("evacuation" in text for text in _statements(store, "vovchansk ev"))
        assert _statements(store, "vovchansk zq") == []
    assert prefix_query("ramon r", 8, 3) == '"ramon"*'
    assert opens_words("ramon re", "Ramon Reyes said") and not opens_words("ramon q", "Ramon")
