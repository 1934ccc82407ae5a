"""The counts search ranking and profiles read instead of scanning statements.

Statements per speaker, outlet and place, and per speaker and place, outlet, month or day,
per place and outlet, and per place and day, kept on every write. One document's counts are
summed here and written once per row: written per statement, they were most of the SQL a
writer ran (a speaker on thirty statements had its count raised thirty times).
"""

from __future__ import annotations

import sqlite3
from collections import Counter

PAIR_COLUMNS = {
    "speaker_places": ("speaker_id", "place_id"),
    "speaker_outlets": ("speaker_id", "outlet_id"),
    "speaker_months": ("speaker_id", "month"),
    "speaker_days": ("speaker_id", "day"),
    "place_outlets": ("place_id", "outlet_id"),
    "place_days": ("place_id", "day"),
}
"""Each tally of statements per pair, and its two columns."""
SPEAKER_TALLIES = tuple(table for table in PAIR_COLUMNS if table.startswith("speaker_"))


class Tallies:
    """Counts to add (or, for statements taken away, subtract), summed until ``write``."""

    def __init__(self) -> None:
        self._totals: dict[str, Counter[int]] = {
            table: Counter() for table in ("speakers", "outlets", "places")
        }
        self._pairs: dict[str, Counter[tuple[int, int | str]]] = {
            table: Counter() for table in PAIR_COLUMNS
        }

    def count(
        self, speaker: int | None, outlet: int | None, places: set[int], day: str, delta: int = 1
    ) -> None:
        """One statement stored (``delta`` 1) or taken away (-1)."""
        pairs = self._pairs
        if outlet is not None:
            self._totals["outlets"][outlet] += delta
        for place in places:
            self._totals["places"][place] += delta
            if outlet is not None:
                pairs["place_outlets"][place, outlet] += delta
            if day:
                pairs["place_days"][place, day] += delta
        if speaker is None:
            return
        self._totals["speakers"][speaker] += delta
        for place in places:
            pairs["speaker_places"][speaker, place] += delta
        if outlet is not None:
            pairs["speaker_outlets"][speaker, outlet] += delta
        if day:
            pairs["speaker_months"][speaker, day[:7]] += delta
            pairs["speaker_days"][speaker, day] += delta

    def write(self, conn: sqlite3.Connection) -> None:
        """Add the summed counts to the store, in the caller's transaction, and start over."""
        for table, counts in self._totals.items():
            conn.executemany(
                f"UPDATE {table} SET statement_count = statement_count + ? WHERE id = ?",
                [(delta, row) for row, delta in counts.items() if delta],
            )
            counts.clear()
        for table, counts in self._pairs.items():
            owner, value = PAIR_COLUMNS[table]
            conn.executemany(
                f"INSERT INTO {table} ({owner}, {value}, statements) VALUES (?, ?, ?) "
                "ON CONFLICT DO UPDATE SET statements = statements + excluded.statements",
                [(first, second, delta) for (first, second), delta in counts.items() if delta],
            )
            counts.clear()
