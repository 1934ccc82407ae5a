"""The analyst's desk in the store: every edit, its undo, and that edits outlive
``reextract`` and a round trip through the JSON export."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.export import WRITERS, Selection
from briefing.ingest import ingest_paths, ingest_samples, reextract_all
from briefing.model import TimelineFilter
from briefing.search import SearchIndex
from briefing.store import Store
from tests.store.analyst_work import snapshot


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "desk.db")
    ingest_samples(store)
    return store


def claim_about(store: Store, words: str):
    return next(c for c in store.all_claims() if words in c.summary)


def speaker_named(store: Store, name: str) -> int:
    ((speaker_id, _),) = store.find_speakers(name.lower())
    return speaker_id


def statement_by(store: Store, speaker: str, words: str):
    return next(s for s in store.all_statements() if s.speaker == speaker and words in s.text)


def outlet(store: Store, name: str):
    found = store.find_outlet_by_name(name)
    assert found is not None
    return found


def test_grades_show_on_statements_and_undo_restores_them(store: Store) -> None:
    reuters = outlet(store, "Reuters")
    store.grade_source("outlet", reuters.id, "B", "ana")
    assert all(s.outlet_reliability == "B" for s in store.all_statements() if s.outlet == "Reuters")
    (hit,) = SearchIndex(store).search("reuters", kinds=("outlet",))
    assert hit.detail == "outlet · reliability B"  # the badge in the search pane
    zhdanov = speaker_named(store, "Oleh Zhdanov")
    store.grade_source("speaker", zhdanov, "C", "ana")
    assert store.speaker(zhdanov).reliability == "C"
    assert store.undo_last().summary == "speaker Oleh Zhdanov: – → C"
    assert store.speaker(zhdanov).reliability is None
    assert store.undo_last().kind == "grade"
    assert outlet(store, "Reuters").reliability is None
    with pytest.raises(InputError, match="not one of A B C D E F"):
        store.grade_source("outlet", reuters.id, "G", "ana")


def test_claim_credibility_status_and_their_undo(store: Store) -> None:
    talks = claim_about(store, "Zaluzhnyi")
    store.grade_claim(talks.id, 5, "ana")
    assert talks.status != "denied"
    store.set_claim_status(talks.id, "denied", "both sides deny it", "ana")
    claim = store.claim(talks.id)
    assert (claim.credibility, claim.status) == (5, "denied")
    assert claim.history[-1].note == "both sides deny it"
    store.undo_last()
    claim = store.claim(talks.id)
    assert claim.status == talks.status and len(claim.history) == len(talks.history)
    store.undo_last()
    assert store.claim(talks.id).credibility is None


def test_link_unlink_and_new_claim_with_undo(store: Store) -> None:
    talks = claim_about(store, "Zaluzhnyi")
    lavrov = statement_by(store, "Sergey Lavrov", "OSCE")
    store.link_statement(talks.id, lavrov.id, "disputes", "ana")
    assert (lavrov.id, "disputes") in {
        (s.id, stance) for s, stance in store.claim(talks.id).statements
    }
    store.unlink_statement(talks.id, lavrov.id, "ana")
    assert lavrov.id not in {s.id for s, _ in store.claim(talks.id).statements}
    store.undo_last()  # the unlink
    assert lavrov.id in {s.id for s, _ in store.claim(talks.id).statements}
    store.undo_last()  # the link
    assert lavrov.id not in {s.id for s, _ in store.claim(talks.id).statements}

    claim_id = store.create_claim(lavrov.id, "Moscow sees no sign Kyiv wants a settlement", "ana")
    made = store.claim(claim_id)
    assert made.summary.startswith("Moscow sees") and made.statements[0][1] == "asserts"
    store.edit_summary(claim_id, "Moscow: Kyiv not ready to settle", "ana")
    assert store.claim(claim_id).summary == "Moscow: Kyiv not ready to settle"
    store.undo_last()
    assert store.claim(claim_id).summary.startswith("Moscow sees")
    store.undo_last()
    assert store.claim(claim_id) is None


def test_notes_are_searchable_and_undoable(store: Store) -> None:
    zhdanov = speaker_named(store, "Oleh Zhdanov")
    store.add_note("speaker", zhdanov, "Former officer; often quoted by the BBC", "ana")
    hits = SearchIndex(store).search("former officer")
    assert hits and (hits[0].kind, hits[0].target_id) == ("speaker", zhdanov)
    assert store.speaker_profile(zhdanov).notes[0].text.startswith("Former officer")
    store.undo_last()
    assert store.speaker_profile(zhdanov).notes == ()
    assert SearchIndex(store).search("former officer") == []


def test_merge_keeps_aliases_and_statements_and_splits_back(store: Store) -> None:
    agency = speaker_named(store, "Ukrainian General Staff")
    short = speaker_named(store, "Nazar Voloshyn")
    before = {s.id: s.speaker_id for s in store.all_statements()}
    counts = (
        store.speaker_profile(agency).statement_count,
        store.speaker_profile(short).statement_count,
    )
    store.merge_speakers(agency, short, "ana")
    profile = store.speaker_profile(agency)
    assert profile.statement_count == sum(counts)
    assert "Nazar Voloshyn" in profile.speaker.aliases
    assert all(s.speaker_id == agency for s in store.all_statements() if before[s.id] == short)
    hits = SearchIndex(store).search("voloshyn", kinds=("speaker",))
    assert hits[0].target_id == agency
    store.undo_last()
    assert {s.id: s.speaker_id for s in store.all_statements()} == before
    assert store.speaker_profile(short).statement_count == counts[1]
    with pytest.raises(InputError, match="cannot be merged"):
        store.merge_speakers(agency, agency, "ana")


def test_merge_places_files_one_under_the_other_and_splits_back(store: Store) -> None:
    ((strip, _),) = store.find_places("gaza strip")
    town = next(i for i, name in store.find_places("gaza") if name == "Gaza")
    filtered = store.timeline_page(TimelineFilter(place_id=strip), limit=100).statements
    about_town = [s.id for s in store.all_statements() if "Gaza" in s.places]
    store.merge_places(strip, town, "ana")
    assert all("Gaza Strip" in store.statement(i).places for i in about_town)
    merged = store.timeline_page(TimelineFilter(place_id=strip), limit=100).statements
    assert {s.id for s in merged} == {s.id for s in filtered} | set(about_town)
    hits = SearchIndex(store).search("gaza", kinds=("place",))
    assert [h.target_id for h in hits] == [strip]
    store.undo_last()
    assert all("Gaza" in store.statement(i).places for i in about_town)
    assert len(store.timeline_page(TimelineFilter(place_id=strip), limit=100).statements) == len(
        filtered
    )


def test_a_grade_filter_keeps_statements_from_well_graded_sources(store: Store) -> None:
    store.grade_source("outlet", outlet(store, "Reuters").id, "B", "ana")
    store.grade_source("speaker", speaker_named(store, "Seymour Hersh"), "E", "ana")
    good = store.timeline_page(TimelineFilter(min_reliability="B"), limit=500).statements
    assert good and all(s.outlet_reliability == "B" for s in good)
    weak = store.timeline_page(TimelineFilter(min_reliability="E"), limit=500).statements
    assert {s.speaker for s in weak} >= {"Seymour Hersh"}


def test_edits_survive_reextract(store: Store) -> None:
    talks = claim_about(store, "Zaluzhnyi")
    lavrov = statement_by(store, "Sergey Lavrov", "OSCE")
    store.set_claim_status(talks.id, "disputed", "denied on both sides", "ana")
    store.link_statement(talks.id, lavrov.id, "disputes", "ana")
    store.grade_claim(talks.id, 5, "ana")
    store.add_note("claim", talks.id, "watch for a third source", "ana")
    store.add_note("statement", lavrov.id, "said in Skopje", "ana")
    made = store.create_claim(lavrov.id, "Kyiv not ready to settle", "ana")
    store.merge_speakers(speaker_named(store, "Ukrainian General Staff"),
                         speaker_named(store, "Nazar Voloshyn"), "ana")  # fmt: skip
    store.grade_source("outlet", outlet(store, "Substack").id, "E", "ana")
    merge_gaza(store)
    before = snapshot(store)

    summary = reextract_all(store)

    assert summary.judgements_kept == 2
    assert snapshot(store) == before
    assert made  # the analyst's own claim came back too (in the snapshot)


def test_edits_survive_a_round_trip_through_the_json_export(store: Store, tmp_path: Path) -> None:
    talks = claim_about(store, "Zaluzhnyi")
    lavrov = statement_by(store, "Sergey Lavrov", "OSCE")
    store.set_claim_status(talks.id, "disputed", "denied on both sides", "ana")
    store.link_statement(talks.id, lavrov.id, "disputes", "ana")
    store.grade_claim(talks.id, 5, "ana")
    store.add_note("claim", talks.id, "watch for a third source", "ana")
    store.add_note("statement", lavrov.id, "said in Skopje", "ana")
    store.add_note("speaker", speaker_named(store, "Sergey Lavrov"), "denials are routine", "ana")
    store.merge_speakers(speaker_named(store, "Ukrainian General Staff"),
                         speaker_named(store, "Nazar Voloshyn"), "ana")  # fmt: skip
    store.grade_source("outlet", outlet(store, "Reuters").id, "B", "ana")
    store.grade_source("speaker", speaker_named(store, "Seymour Hersh"), "D", "ana")
    merge_gaza(store)
    out = io.StringIO()
    WRITERS["json"](store, out, Selection())
    path = tmp_path / "export.json"
    path.write_text(out.getvalue(), encoding="utf-8")

    with Store(tmp_path / "again.db") as again:
        result = ingest_paths(again, [str(path)])
        assert (result.failed, result.warnings) == (0, [])
        assert snapshot(again) == snapshot(store)


def merge_gaza(store: Store) -> None:
    ((strip, _),) = store.find_places("gaza strip")
    town = next(i for i, name in store.find_places("gaza") if name == "Gaza")
    store.merge_places(strip, town, "ana")


def test_splitting_a_speaker_takes_back_those_merged_into_it_before(store: Store) -> None:
    agency = speaker_named(store, "Ukrainian General Staff")
    short = speaker_named(store, "Nazar Voloshyn")
    grossi = speaker_named(store, "Marta Lindqvist")
    before = {s.id: s.speaker_id for s in store.all_statements()}
    store.merge_speakers(short, grossi, "ana")  # one duplicate into another first…
    store.merge_speakers(agency, short, "ana")  # …then that one into the agency
    assert "Marta Lindqvist" in store.speaker(agency).aliases
    store.split_speaker(short, "ana")
    filed = {s.id: s.speaker_id for s in store.all_statements()}
    assert all(filed[i] == short for i, was in before.items() if was in (short, grossi))
    assert "Marta Lindqvist" in store.speaker(short).aliases
    assert store.speaker_profile(short).statement_count == sum(
        1 for was in before.values() if was in (short, grossi)
    )


def test_undoing_a_place_merge_puts_back_places_merged_before(store: Store) -> None:
    ((strip, _),) = store.find_places("gaza strip")
    town = next(i for i, name in store.find_places("gaza") if name == "Gaza")
    ((younis, _),) = store.find_places("khan younis")
    store.merge_places(town, younis, "ana")
    store.merge_places(strip, town, "ana")
    assert all(p.merged_into == strip for p in store.all_places() if p.id in (town, younis))
    store.undo_last()
    merged = {p.id: p.merged_into for p in store.all_places()}
    assert (merged[town], merged[younis]) == (None, town)
