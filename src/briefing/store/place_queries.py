"""The questions asked about places: a place's profile, and the places of a selection.

A place is read with the places merged into it. A profile reads the tallies kept on
ingest (statements per day, speakers and outlets by place) and walks the place's own
statements only until it has found its newest claims, so the busiest town costs about
what a village does. Counts add up the tallies of a place and of those merged into it,
so a statement naming two spellings of one merged place counts twice (rare).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

from briefing.extract.claim_status import status_from
from briefing.model import PlaceView, TimelineFilter
from briefing.overviews import (
    ClaimAbout,
    MapOfPlaces,
    PlaceOnMap,
    PlaceProfile,
    StatusMark,
    Tally,
)
from briefing.store import merges, queries

CLAIMS_SHOWN = 50
SPEAKERS_SHOWN = 50
MAP_STATEMENTS = 50_000
"""A filtered map counts at most this many of the selection's newest statements."""


def place_profile(conn: sqlite3.Connection, place_id: int) -> PlaceProfile | None:
    row = conn.execute(
        "SELECT id, name, country, feature, geonameid, merged_into, region, latitude, longitude "
        "FROM places WHERE id = ?",
        (place_id,),
    ).fetchone()
    if row is None:
        return None
    family = [place_id, *merges.places_merged_into(conn, place_id)]
    marks = _marks(family)
    aliases = tuple(
        alias
        for (alias,) in conn.execute(
            f"SELECT DISTINCT alias FROM place_aliases WHERE place_id IN ({marks}) "
            "AND alias != ? ORDER BY alias",
            (*family, row[1]),
        )
    )
    days = conn.execute(
        f"SELECT day, sum(statements) FROM place_days WHERE place_id IN ({marks}) "
        "GROUP BY day HAVING sum(statements) > 0 ORDER BY day",
        family,
    ).fetchall()
    dated = tuple((date.fromisoformat(day), n) for day, n in days)
    (count,) = conn.execute(
        f"SELECT sum(statement_count) FROM places WHERE id IN ({marks})", family
    ).fetchone()
    speakers = conn.execute(
        "SELECT sp.id, sp.name, sum(t.statements) AS n FROM speaker_places t "
        f"JOIN speakers sp ON sp.id = t.speaker_id WHERE t.place_id IN ({marks}) "
        "GROUP BY sp.id ORDER BY n DESC, sp.name LIMIT ?",
        (*family, SPEAKERS_SHOWN),
    ).fetchall()
    outlets = conn.execute(
        "SELECT o.id, o.name, sum(t.statements) AS n FROM place_outlets t "
        f"JOIN outlets o ON o.id = t.outlet_id WHERE t.place_id IN ({marks}) "
        "GROUP BY o.id ORDER BY n DESC, o.name LIMIT 20",
        family,
    ).fetchall()
    claims = _claims_about(conn, family)
    (speaker_count,) = conn.execute(
        f"SELECT count(DISTINCT speaker_id) FROM speaker_places WHERE place_id IN ({marks}) "
        "AND statements > 0",
        family,
    ).fetchone()
    return PlaceProfile(
        place=PlaceView(*row[:5], aliases, row[5]),
        region=row[6],
        latitude=row[7],
        longitude=row[8],
        statement_count=count or 0,
        first_seen=dated[0][0] if dated else None,
        last_seen=dated[-1][0] if dated else None,
        speakers=tuple(Tally(*r) for r in speakers),
        outlets=tuple(Tally(*r) for r in outlets),
        claims=claims,
        daily_counts=dated,
        status_marks=tuple(sorted(_status_marks(conn, [c.id for c in claims]), key=_by_day)),
        speaker_count=speaker_count,
        more_claims=len(claims) == CLAIMS_SHOWN,
        merged=tuple(
            (merged_id, name) for merged_id, name in conn.execute(
                f"SELECT id, name FROM places WHERE id IN ({marks}) AND id != ? ORDER BY name",
                (*family, place_id))
        ),
    )  # fmt: skip


def _marks(values: list[int] | dict[int, int]) -> str:
    """One ``?`` per value, for ``IN (…)``."""
    return ", ".join("?" for _ in values)


def _claims_about(conn: sqlite3.Connection, family: list[int]) -> tuple[ClaimAbout, ...]:
    """The claims most recently spoken of with the place: its statements are walked newest
    first until ``CLAIMS_SHOWN`` claims are found, so a busy place costs no more."""
    found = [
        claim_id
        for (claim_id,) in conn.execute(
            "SELECT DISTINCT claim_id FROM (SELECT cs.claim_id FROM statement_places x "
            "JOIN claim_statements cs ON cs.statement_id = x.statement_id "
            f"WHERE x.place_id IN ({_marks(family)}) ORDER BY x.sort_day DESC, x.statement_id DESC) "
            "LIMIT ?",
            (*family, CLAIMS_SHOWN),
        )
    ]
    if not found:
        return ()
    rows = {
        row[0]: row
        for row in conn.execute(
            "SELECT id, summary, status, (SELECT count(*) FROM claim_statements "
            f"WHERE claim_id = claims.id) FROM claims WHERE id IN ({_marks(found)})",
            found,
        )
    }
    return tuple(ClaimAbout(*rows[claim_id]) for claim_id in found)


def _status_marks(conn: sqlite3.Connection, claim_ids: list[int]) -> Iterator[StatusMark]:
    """Each day a claim's status changed as its statements were said, by the one rule
    that sets a claim's status from them (``claim_status.status_from``)."""
    if not claim_ids:
        return
    said = conn.execute(
        "SELECT cs.claim_id, s.sort_day, cs.stance, s.status FROM claim_statements cs "
        "JOIN statements s ON s.id = cs.statement_id "
        f"WHERE cs.claim_id IN ({_marks(claim_ids)}) AND s.sort_day != '' "
        "ORDER BY cs.claim_id, s.sort_day, s.id",
        claim_ids,
    )
    status: dict[int, str | None] = {}
    for claim_id, day, stance, statement_status in said:
        before = status.get(claim_id)
        after = status_from([(stance, statement_status)], before)
        if after != before and after is not None:
            yield StatusMark(date.fromisoformat(day), claim_id, after)
        status[claim_id] = after


def places_on_map(
    conn: sqlite3.Connection, filters: TimelineFilter, limit: int = 300
) -> MapOfPlaces:
    """The places the timeline's selection speaks of, most spoken of first, each read as
    the place it was merged into. The whole timeline is read from the places' tallies; a
    filtered selection is counted over its newest ``MAP_STATEMENTS`` statements, and the
    answer says when it was cut there."""
    if filters == TimelineFilter():
        rows = conn.execute(
            "SELECT COALESCE(merged_into, id) AS root, sum(statement_count) AS n FROM places "
            "GROUP BY root HAVING n > 0 ORDER BY n DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return MapOfPlaces(_on_map(conn, dict(rows)), counted_over=None)
    source, day, ident, where, params = queries.selection(conn, filters)
    chosen = (
        f"SELECT {ident} AS id {source} WHERE {' AND '.join(where) or '1'} "
        f"ORDER BY {day} DESC, {ident} DESC LIMIT ?"
    )
    rows = conn.execute(
        f"WITH chosen AS MATERIALIZED ({chosen}) "
        "SELECT COALESCE(p.merged_into, p.id) AS root, count(DISTINCT c.id) AS n, "
        "(SELECT count(*) FROM chosen) FROM (SELECT id FROM chosen LIMIT ?) AS c "
        "JOIN statement_places x ON x.statement_id = c.id "
        "JOIN places p ON p.id = x.place_id GROUP BY root ORDER BY n DESC LIMIT ?",
        [*params, MAP_STATEMENTS + 1, MAP_STATEMENTS, limit],
    ).fetchall()
    cut = MAP_STATEMENTS if rows and rows[0][2] > MAP_STATEMENTS else None
    rows = [row[:2] for row in rows]
    return MapOfPlaces(_on_map(conn, dict(rows)), counted_over=cut)


def _on_map(conn: sqlite3.Connection, counts: dict[int, int]) -> tuple[PlaceOnMap, ...]:
    if not counts:
        return ()
    found = {
        r[0]: r
        for r in conn.execute(
            "SELECT id, name, feature, country, latitude, longitude FROM places "
            f"WHERE id IN ({_marks(counts)})",
            list(counts),
        )
    }
    return tuple(PlaceOnMap(*found[place_id], counts[place_id]) for place_id in counts)


def _by_day(mark: StatusMark) -> tuple[date, int]:
    return mark.day, mark.claim_id


def places_of_statement(conn: sqlite3.Connection, statement_id: int) -> list[tuple[int, str]]:
    """The places a statement speaks of (id, name), each read as the place it joined."""
    return [
        (place_id, name)
        for place_id, name in conn.execute(
            "SELECT DISTINCT COALESCE(r.id, p.id), COALESCE(r.name, p.name) "
            "FROM statement_places x JOIN places p ON p.id = x.place_id "
            "LEFT JOIN places r ON r.id = p.merged_into WHERE x.statement_id = ? ORDER BY 2",
            (statement_id,),
        )
    ]
