"""A store opens in Datasette as it is: tables plus FTS by sqlite-utils' conventions.

Datasette finds a table's full-text index with sqlite-utils' ``detect_fts``
and searches it the same way ``Table.search`` does, so both are checked here.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils


def test_statements_and_documents_have_detectable_fts(sample_store_path: Path) -> None:
    db = sqlite_utils.Database(sample_store_path)
    assert db["statements"].detect_fts() == "statements_fts"
    assert db["documents"].detect_fts() == "documents_fts"
    found = list(db["statements"].search("Avdiivka", columns=["id", "text"]))
    assert found and all("Avdiivka" in row["text"] for row in found)
    assert {"documents", "statements", "speakers", "places", "claims", "status_history"} <= set(
        db.table_names()
    )
