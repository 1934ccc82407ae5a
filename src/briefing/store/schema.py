"""The store's schema as a list of forward migrations, tracked by ``PRAGMA user_version``.

Migration N brings a store from version N-1 to N; a store is only ever moved
forward, each step in its own transaction. Full-text search uses sqlite-utils'
FTS5 conventions (``statements_fts``, ``documents_fts``, kept in step as
``index_sync`` says), so the file is browsable and searchable in Datasette as it is.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from briefing.errors import StoreError
from briefing.store.claim_lookup import index_claim_statements_by_stance, index_claims_by_document
from briefing.store.feeds import add_feeds_table
from briefing.store.index_sync import index_by_document
from briefing.store.place_coordinates import add_place_coordinates
from briefing.store.prefix_index import add_prefix_indexes
from briefing.store.printable_text import make_text_printable
from briefing.store.speaker_days import add_speaker_days

V1_TABLES = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    publisher TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE outlets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    role TEXT,
    affiliation TEXT
);
CREATE UNIQUE INDEX speakers_kind_key ON speakers (kind, key);
CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (speaker_id, key)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases (key);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    country TEXT,
    feature TEXT NOT NULL DEFAULT 'town',
    geonameid INTEGER UNIQUE,
    population INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX places_key ON places (key, country);
CREATE TABLE place_aliases (
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (place_id, key)
);
CREATE INDEX place_aliases_key ON place_aliases (key);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES speakers (id),
    attributed_to TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    text TEXT NOT NULL,
    said_from TEXT,
    said_to TEXT,
    date_precision TEXT NOT NULL,
    date_text TEXT,
    month_day TEXT,
    sort_day TEXT NOT NULL,
    outlet_id INTEGER REFERENCES outlets (id),
    venue TEXT,
    status TEXT NOT NULL,
    cue TEXT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX statements_timeline ON statements (sort_day, id);
CREATE INDEX statements_speaker ON statements (speaker_id, sort_day, id);
CREATE INDEX statements_outlet ON statements (outlet_id, sort_day, id);
CREATE INDEX statements_status ON statements (status, sort_day, id);
CREATE INDEX statements_document ON statements (document_id, span_start);
CREATE TABLE statement_places (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    place_id INTEGER NOT NULL REFERENCES places (id),
    PRIMARY KEY (statement_id, place_id)
);
CREATE INDEX statement_places_place ON statement_places (place_id, statement_id);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    summary TEXT NOT NULL,
    status TEXT NOT NULL,
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX claims_status ON claims (status, id);
CREATE TABLE claim_statements (
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    stance TEXT NOT NULL CHECK (stance IN ('asserts', 'disputes', 'reports')),
    PRIMARY KEY (claim_id, statement_id)
);
CREATE INDEX claim_statements_statement ON claim_statements (statement_id, claim_id);
CREATE TABLE status_history (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT,
    note TEXT
);
CREATE INDEX status_history_claim ON status_history (claim_id, id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('statement', 'claim', 'speaker')),
    target_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT
);
CREATE INDEX notes_target ON notes (target_kind, target_id);
"""


def _create_tables(db: sqlite_utils.Database) -> None:
    db.conn.executescript(f"BEGIN;\n{V1_TABLES}\nPRAGMA user_version = 1;\nCOMMIT;")


def _add_full_text_search(db: sqlite_utils.Database) -> None:
    # enable_fts commits as it goes (executescript), so this step is made
    # re-runnable instead of atomic: replace=True rebuilds a half-made index.
    tokenize = "unicode61 remove_diacritics 2"
    db["statements"].enable_fts(["text"], create_triggers=True, tokenize=tokenize, replace=True)
    db["documents"].enable_fts(
        ["title", "text"], create_triggers=True, tokenize=tokenize, replace=True
    )
    db.execute("PRAGMA user_version = 2")


def _add_provenance(db: sqlite_utils.Database) -> None:
    """Where each field of a statement was read: JSON ``[[field, start, end], …]``."""
    db.conn.executescript(
        "BEGIN;\n"
        "ALTER TABLE statements ADD COLUMN provenance TEXT NOT NULL DEFAULT '[]';\n"
        "PRAGMA user_version = 3;\n"
        "COMMIT;"
    )


SCALE_TABLES = """
CREATE TABLE IF NOT EXISTS speaker_outlets (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    outlet_id INTEGER NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, outlet_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS speaker_places (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, place_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS speaker_months (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    statements INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, month)
) WITHOUT ROWID;
"""
"""Per-speaker tallies kept on ingest, so a profile costs the same at 10 or 100,000 statements."""

SCALE_BACKFILL = """
ALTER TABLE statement_places ADD COLUMN sort_day TEXT NOT NULL DEFAULT '';
UPDATE statement_places SET sort_day =
    (SELECT sort_day FROM statements WHERE statements.id = statement_places.statement_id);
CREATE INDEX statement_places_timeline ON statement_places (place_id, sort_day, statement_id)
"""

TALLY_BACKFILL = """
INSERT INTO speaker_outlets SELECT speaker_id, outlet_id, count(*) FROM statements
    WHERE speaker_id IS NOT NULL AND outlet_id IS NOT NULL GROUP BY speaker_id, outlet_id;
INSERT INTO speaker_places SELECT s.speaker_id, x.place_id, count(*) FROM statements s
    JOIN statement_places x ON x.statement_id = s.id WHERE s.speaker_id IS NOT NULL
    GROUP BY s.speaker_id, x.place_id;
INSERT INTO speaker_months SELECT speaker_id, substr(sort_day, 1, 7), count(*) FROM statements
    WHERE speaker_id IS NOT NULL AND sort_day != '' GROUP BY speaker_id, substr(sort_day, 1, 7);
"""


def _add_name_search(db: sqlite_utils.Database) -> None:
    """Every name, alias and role under a transliteration-folded key, and claim summaries in FTS.

    Filled as documents are stored (see ``identities``), so search never rebuilds
    its index at start-up; this step fills it once for stores made before it.
    """
    from briefing.folding import fold_translit

    db.execute("BEGIN")
    try:
        db.execute(
            "CREATE TABLE IF NOT EXISTS search_names (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
            "target_id INTEGER NOT NULL, form TEXT NOT NULL, key TEXT NOT NULL, "
            "field TEXT NOT NULL DEFAULT 'name', UNIQUE (kind, target_id, form))"
        )
        sources = (
            ("speaker", "name", "SELECT id, name FROM speakers"),
            ("speaker", "alias", "SELECT speaker_id, alias FROM speaker_aliases"),
            ("speaker", "role", "SELECT id, role FROM speakers WHERE role IS NOT NULL"),
            ("place", "name", "SELECT id, name FROM places"),
            ("place", "alias", "SELECT place_id, alias FROM place_aliases"),
            ("outlet", "name", "SELECT id, name FROM outlets"),
        )  # fmt: skip
        for kind, field, sql in sources:
            rows = [
                (kind, i, form, fold_translit(form), field)
                for i, form in db.execute(sql).fetchall()
            ]
            db.conn.executemany(
                "INSERT OR IGNORE INTO search_names (kind, target_id, form, key, field) "
                "VALUES (?, ?, ?, ?, ?)",
                [row for row in rows if row[3]],
            )
        steps = SCALE_TABLES.split(";")
        if "sort_day" not in db["statement_places"].columns_dict:
            steps += SCALE_BACKFILL.split(";") + TALLY_BACKFILL.split(";")
        for step in steps:
            if step.strip():
                db.execute(step)
        for table, column, source in (
            ("speakers", "speaker_id", "statements"),
            ("outlets", "outlet_id", "statements"),
            ("places", "place_id", "statement_places"),
        ):
            if "statement_count" not in db[table].columns_dict:
                db.execute(
                    f"ALTER TABLE {table} ADD COLUMN statement_count INTEGER NOT NULL DEFAULT 0"
                )
            db.execute(
                f"UPDATE {table} SET statement_count = (SELECT count(*) FROM {source} "
                f"WHERE {source}.{column} = {table}.id)"
            )
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db["claims"].enable_fts(
        ["summary"], create_triggers=True, tokenize="unicode61 remove_diacritics 2", replace=True
    )
    db.execute("PRAGMA user_version = 4")


DESK_STEPS = """
ALTER TABLE outlets ADD COLUMN reliability TEXT CHECK (reliability IN ('A','B','C','D','E','F'));
ALTER TABLE speakers ADD COLUMN reliability TEXT CHECK (reliability IN ('A','B','C','D','E','F'));
ALTER TABLE speakers ADD COLUMN merged_into INTEGER REFERENCES speakers (id);
ALTER TABLE claims ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
ALTER TABLE statements ADD COLUMN extracted_speaker_id INTEGER REFERENCES speakers (id);
UPDATE statements SET extracted_speaker_id = speaker_id;
CREATE INDEX statements_extracted_speaker ON statements (extracted_speaker_id);
CREATE INDEX speakers_merged ON speakers (merged_into) WHERE merged_into IS NOT NULL;
ALTER TABLE places ADD COLUMN merged_into INTEGER REFERENCES places (id);
CREATE INDEX places_merged ON places (merged_into) WHERE merged_into IS NOT NULL;
CREATE TABLE edits (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    undo TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT,
    undone_at TEXT
);
PRAGMA user_version = 5
"""
"""The analyst's desk: source grades (A–F), claim credibility (1–6), speaker merges
(the extractor's speaker is kept beside the merged one, so a merge can be split and
survives re-extraction), place merges (resolved when read), and a log of edits with
what undoes each."""


def _add_desk(db: sqlite_utils.Database) -> None:
    db.conn.executescript(f"BEGIN;\n{DESK_STEPS};\nCOMMIT;")
    db["notes"].enable_fts(
        ["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2", replace=True
    )


ANALYST_MARKS = """
ALTER TABLE claims ADD COLUMN summary_by_analyst INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN links_by_analyst INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN origin_start INTEGER;
ALTER TABLE claims ADD COLUMN origin_end INTEGER;
UPDATE claims SET (origin_start, origin_end) = (
    SELECT s.span_start, s.span_end FROM claim_statements cs
    JOIN statements s ON s.id = cs.statement_id
    WHERE cs.claim_id = claims.id AND s.document_id = claims.document_id
    ORDER BY s.span_start LIMIT 1
);
UPDATE claims SET summary_by_analyst = 1 WHERE id IN (
    SELECT json_extract(undo, '$.id') FROM edits
    WHERE json_extract(undo, '$.table') = 'claims' AND json_extract(undo, '$.column') = 'summary'
);
UPDATE claims SET links_by_analyst = 1 WHERE id IN (
    SELECT json_extract(undo, '$.claim_id') FROM edits WHERE json_extract(undo, '$.op') = 'stance'
);
CREATE TABLE pending_links (
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    stance TEXT NOT NULL CHECK (stance IN ('asserts', 'disputes', 'reports')),
    PRIMARY KEY (claim_id, content_hash, span_start, span_end)
);
CREATE INDEX pending_links_document ON pending_links (content_hash);
CREATE INDEX IF NOT EXISTS search_names_key ON search_names (kind, key);
PRAGMA user_version = 6
"""
"""Marks on a claim that its summary or its links are the analyst's, kept with the claim
itself (the edit log names claims by id, and ids change with every re-extraction); the
span of the statement a claim was made from (its origin, which finds the claim again
after a re-extraction even when the analyst has taken that statement off it); and
links waiting for their statement: a claim linked to a statement of another document
keeps the link by that document's hash and the statement's span while the document is
being re-extracted or has not been imported yet."""


def _add_analyst_marks(db: sqlite_utils.Database) -> None:
    db.conn.executescript(f"BEGIN;\n{ANALYST_MARKS};\nCOMMIT;")


CLAIM_EVENTS = """
ALTER TABLE claims ADD COLUMN event TEXT;
ALTER TABLE claims ADD COLUMN proposition TEXT;
ALTER TABLE speaker_aliases ADD COLUMN reason TEXT;
ALTER TABLE speakers ADD COLUMN apart_from INTEGER REFERENCES speakers (id);
CREATE TABLE claim_anchors (
    anchor TEXT NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (anchor, claim_id)
);
CREATE INDEX claim_anchors_claim ON claim_anchors (claim_id);
CREATE TABLE claim_joins (
    joined_hash TEXT NOT NULL,
    home_hash TEXT NOT NULL,
    origin_start INTEGER NOT NULL,
    origin_end INTEGER NOT NULL,
    PRIMARY KEY (joined_hash, home_hash, origin_start, origin_end)
);
PRAGMA user_version = 7
"""
"""The event a claim is about (its kind, and the kind with its anchors: places, people,
countries), so that statements in later documents about the same event join it, found
through an index of anchors (``kind:place``, ``kind:person``, ``kind:country+country``);
and
which document's claims joined which claim, by the documents' hashes and the claim's
origin span, so a re-extraction joins the same claim again; and why a name was filed
under a speaker it is not spelt like (``speaker_aliases.reason``), and which speaker an
analyst took such a name away from (``speakers.apart_from``)."""


def _add_claim_events(db: sqlite_utils.Database) -> None:
    db.conn.executescript(f"BEGIN;\n{CLAIM_EVENTS};\nCOMMIT;")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _create_tables,
    _add_full_text_search,
    _add_provenance,
    _add_name_search,
    _add_desk,
    _add_analyst_marks,
    _add_claim_events,
    add_place_coordinates,
    add_feeds_table,
    add_prefix_indexes,
    add_speaker_days,
    make_text_printable,
    index_by_document,
    index_claims_by_document,
    index_claim_statements_by_stance,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> int:
    """Bring the store forward to ``target``; returns the version it started at."""
    start = schema_version(db)
    if start > SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {start} is newer than this briefing understands "
            f"({SCHEMA_VERSION}); upgrade briefing"
        )
    for version in range(start, target):
        MIGRATIONS[version](db)
    return start
