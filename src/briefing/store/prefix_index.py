"""Prefix indexes for the full-text search of statements and claims (schema version 10).

Search runs as the analyst types, every word a prefix ("avd" finds Avdiivka). With no
index of its own, FTS5 answers a prefix by reading and merging the whole list of rows of
every word the prefix opens before it can give the newest forty: at ten million statements
that was most of a keystroke (p95 95 ms). With prefix indexes for three to eight letters,
a prefix is one list, read newest first and stopped at forty. A longer word is searched by
its first eight letters, and a word of one or two letters ("ramon r") not at all: the text
found is checked for them (``search``). The indexes cost
disk: about 2.6 more index entries for each word of text.
"""

from __future__ import annotations

import sqlite_utils

from briefing.store.migration_step import migration_step

PREFIX_LENGTHS = (3, 4, 5, 6, 7, 8)
SHORTEST_PREFIX, LONGEST_PREFIX = PREFIX_LENGTHS[0], PREFIX_LENGTHS[-1]
_INDEXED = (("statements", "text"), ("claims", "summary"))


def add_prefix_indexes(db: sqlite_utils.Database) -> None:
    """Rebuild the statement and claim indexes with prefixes, in one transaction (the sync
    triggers name the index, not its options, so they stay as they are)."""
    lengths = " ".join(map(str, PREFIX_LENGTHS))
    with migration_step(db, 10) as conn:
        for table, column in _INDEXED:
            conn.execute(f"DROP TABLE {table}_fts")
            conn.execute(
                f'CREATE VIRTUAL TABLE "{table}_fts" USING FTS5 ("{column}", '
                f"tokenize='unicode61 remove_diacritics 2', content=\"{table}\", "
                f"prefix='{lengths}')"
            )
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
