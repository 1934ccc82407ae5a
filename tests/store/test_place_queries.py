"""A place's profile and the places of a selection, checked against the statements."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from briefing.model import TimelineFilter
from briefing.store import Store, place_queries
from briefing.store.place_coordinates import PLACE_TALLY_BACKFILL


def place_id(store: Store, name: str) -> int:
    (found,) = [pid for pid, label in store.find_places(name.lower()) if label == name]
    return found


def about(store: Store, name: str) -> list:
    everything = store.timeline_page(limit=10_000).statements
    return [s for s in everything if name in s.places]


def test_a_place_profile_counts_what_its_statements_say(sample_store: Store) -> None:
    profile = sample_store.place_profile(place_id(sample_store, "Avdiivka"))
    assert profile is not None
    statements = about(sample_store, "Avdiivka")
    assert profile.statement_count == len(statements)
    assert profile.region == "Donetsk region" and profile.latitude == pytest.approx(48.14, 0.01)
    spoken = Counter(s.speaker for s in statements if s.speaker_id is not None)
    assert {t.name: t.count for t in profile.speakers} == dict(spoken)
    assert profile.speaker_count == len(spoken) and not profile.more_claims
    via = Counter(s.outlet for s in statements if s.outlet)
    assert {t.name: t.count for t in profile.outlets} == dict(via)
    days = Counter(s.sort_day for s in statements if s.sort_day)
    assert {f"{d}": n for d, n in profile.daily_counts} == dict(days)
    assert (profile.first_seen, profile.last_seen) == (
        profile.daily_counts[0][0],
        profile.daily_counts[-1][0],
    )
    linked = {s.claim_id for s in statements if s.claim_id}
    assert linked <= {c.id for c in profile.claims}
    assert any(m.status == "disputed" for m in profile.status_marks)
    assert [m.day for m in profile.status_marks] == sorted(m.day for m in profile.status_marks)


def test_a_merged_place_is_read_as_part_of_the_one_it_joined(sample_store_copy: Path) -> None:
    with Store(sample_store_copy) as store:
        avdiivka, stepove = place_id(store, "Avdiivka"), place_id(store, "Stepove")
        alone = store.place_profile(avdiivka).statement_count
        extra = len([s for s in about(store, "Stepove") if "Avdiivka" not in s.places])
        store.merge_places(avdiivka, stepove)
        merged = store.place_profile(avdiivka)
        assert merged.statement_count >= alone + extra
        assert merged.merged == ((stepove, "Stepove"),)
        mapped = {p.name: p.statements for p in store.places_on_map().places}
        assert "Stepove" not in mapped and mapped["Avdiivka"] == merged.statement_count


def test_the_map_of_the_whole_timeline_counts_every_place(sample_store: Store) -> None:
    mapped = sample_store.places_on_map()
    assert mapped.counted_over is None
    everything = sample_store.timeline_page(limit=10_000).statements
    counted = Counter(name for s in everything for name in s.places)
    assert {p.name: p.statements for p in mapped.places} == dict(counted)
    counts = [p.statements for p in mapped.places]
    assert counts == sorted(counts, reverse=True)
    kyiv = next(p for p in mapped.places if p.name == "Kyiv")
    assert kyiv.latitude == pytest.approx(50.45, 0.01) and kyiv.feature == "town"


def test_a_filtered_map_counts_the_selection_and_says_when_it_was_cut(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    maryinka = place_id(sample_store, "Maryinka")
    selection = TimelineFilter(place_id=maryinka)
    statements = sample_store.timeline_page(selection, limit=10_000).statements
    mapped = sample_store.places_on_map(selection)
    counted = Counter(name for s in statements for name in s.places)
    assert {p.name: p.statements for p in mapped.places} == dict(counted)
    assert mapped.counted_over is None
    monkeypatch.setattr(place_queries, "MAP_STATEMENTS", 2)
    cut = sample_store.places_on_map(selection)
    assert (
        cut.counted_over == 2 and dict((p.name, p.statements) for p in cut.places)["Maryinka"] == 2
    )


def test_the_place_tallies_are_what_a_count_from_scratch_gives(sample_store_path: Path) -> None:
    conn = sqlite3.connect(sample_store_path)
    for table, backfill in zip(
        ("place_outlets", "place_days"), PLACE_TALLY_BACKFILL.split(";"), strict=True
    ):
        kept = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        conn.execute(f"CREATE TEMP TABLE fresh_{table} AS SELECT * FROM {table} WHERE 0")
        conn.execute(backfill.replace(f"INSERT INTO {table}", f"INSERT INTO fresh_{table}"))
        assert (
            kept and kept == conn.execute(f"SELECT * FROM fresh_{table} ORDER BY 1, 2").fetchall()
        )


def test_places_of_a_statement_are_read_through_merges(sample_store_copy: Path) -> None:
    with Store(sample_store_copy) as store:
        statement = next(s for s in about(store, "Stepove"))
        store.merge_places(place_id(store, "Avdiivka"), place_id(store, "Stepove"))
        names = [name for _, name in store.places_of_statement(statement.id)]
        assert "Stepove" not in names and "Avdiivka" in names
