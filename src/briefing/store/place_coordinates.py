"""Where places are, and who reports on them: coordinates, region and outlet tallies
kept with each place (schema version 8).

A place takes its latitude, longitude and region (the oblast or province a town
is in) from the gazetteer when it is first stored, for the map and the place
profile; a store made before version 8 has them filled in by this migration, in
one transaction. Places the gazetteer has no point for (rivers, continents,
names it does not know) keep none and are listed beside the map, not on it.
The migration also indexes the speaker tallies by place and keeps tallies of
statements per place and outlet and per place and day (``place_outlets``,
``place_days``, kept on ingest like the speaker tallies), so a place's profile
reads its speakers, outlets and daily chart without walking every statement
about the place.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from briefing.extract.gazetteer import Entry, gazetteer
from briefing.store.migration_step import migration_step

PLACE_COORDINATES = """
ALTER TABLE places ADD COLUMN latitude REAL;
ALTER TABLE places ADD COLUMN longitude REAL;
ALTER TABLE places ADD COLUMN region TEXT;
CREATE INDEX IF NOT EXISTS speaker_places_place ON speaker_places (place_id, statements);
CREATE TABLE IF NOT EXISTS place_outlets (
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    outlet_id INTEGER NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL,
    PRIMARY KEY (place_id, outlet_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS place_days (
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    statements INTEGER NOT NULL,
    PRIMARY KEY (place_id, day)
) WITHOUT ROWID;
"""
PLACE_TALLY_BACKFILL = """
INSERT INTO place_outlets SELECT x.place_id, s.outlet_id, count(*) FROM statement_places x
    JOIN statements s ON s.id = x.statement_id WHERE s.outlet_id IS NOT NULL
    GROUP BY x.place_id, s.outlet_id;
INSERT INTO place_days SELECT place_id, sort_day, count(*) FROM statement_places
    WHERE sort_day != '' GROUP BY place_id, sort_day
"""


def gazetteer_entry(name: str, country: str | None, geonameid: int | None) -> Entry | None:
    """The gazetteer's entry for a stored place: by its GeoNames id, else by name and country."""
    entries = gazetteer().lookup(name)
    matching = [e for e in entries if geonameid is not None and e.geonameid == geonameid]
    matching = matching or [e for e in entries if e.name == name and e.country == country]
    return matching[0] if matching else None


def fill_coordinates(conn: sqlite3.Connection) -> int:
    """Give every place without coordinates the gazetteer's; returns how many were found."""
    rows = conn.execute(
        "SELECT id, name, country, geonameid FROM places WHERE latitude IS NULL"
    ).fetchall()
    found = 0
    for place_id, name, country, geonameid in rows:
        entry = gazetteer_entry(name, country, geonameid)
        if entry is not None and entry.latitude is not None:
            conn.execute(
                "UPDATE places SET latitude = ?, longitude = ?, region = ? WHERE id = ?",
                (entry.latitude, entry.longitude, entry.region, place_id),
            )
            found += 1
    return found


def add_place_coordinates(db: sqlite_utils.Database) -> None:
    with migration_step(db, 8) as conn:
        for statement in filter(None, (s.strip() for s in PLACE_COORDINATES.split(";"))):
            conn.execute(statement)
        for statement in PLACE_TALLY_BACKFILL.split(";"):
            conn.execute(statement)
        fill_coordinates(conn)
