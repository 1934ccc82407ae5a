"""The questions the panes ask, over the sample briefings."""

from __future__ import annotations

from datetime import date

from briefing.model import TimelineFilter
from briefing.store import Store


def _all_pages(store: Store, filters: TimelineFilter, limit: int) -> list[int]:
    ids: list[int] = []
    page = store.timeline_page(filters, limit=limit)
    ids += [s.id for s in page.statements]
    while page.next_cursor is not None:
        page = store.timeline_page(filters, after=page.next_cursor, limit=limit)
        ids += [s.id for s in page.statements]
    return ids


def test_timeline_is_newest_first_and_pages_without_gaps(sample_store: Store) -> None:
    whole = sample_store.timeline_page(limit=1000).statements
    days = [s.sort_day for s in whole]
    assert days == sorted(days, reverse=True)
    assert _all_pages(sample_store, TimelineFilter(), limit=7) == [s.id for s in whole]


def test_timeline_oldest_first_is_the_reverse(sample_store: Store) -> None:
    newest = [s.id for s in sample_store.timeline_page(limit=1000).statements]
    oldest = [s.id for s in sample_store.timeline_page(limit=1000, newest_first=False).statements]
    assert oldest == list(reversed(newest))


def test_timeline_filters_by_speaker_outlet_status_and_dates(sample_store: Store) -> None:
    everything = sample_store.timeline_page(limit=1000).statements
    speaker_id = next(s.speaker_id for s in everything if s.speaker == "Nazar Voloshyn")
    by_speaker = sample_store.timeline_page(TimelineFilter(speaker_id=speaker_id), limit=100)
    assert by_speaker.statements
    assert {s.speaker for s in by_speaker.statements} == {"Nazar Voloshyn"}

    disputed = sample_store.timeline_page(TimelineFilter(status="disputed"), limit=100)
    assert disputed.statements and {s.status for s in disputed.statements} == {"disputed"}

    window = TimelineFilter(date_from=date(2023, 12, 1), date_to=date(2023, 12, 5))
    in_window = sample_store.timeline_page(window, limit=100).statements
    assert in_window
    assert all("2023-12-01" <= s.sort_day <= "2023-12-05" for s in in_window)


def test_timeline_filters_by_place_across_spellings(sample_store: Store) -> None:
    everything = sample_store.timeline_page(limit=1000).statements
    avdiivka = [s for s in everything if "Avdiivka" in s.places]
    documents = {s.document_id for s in avdiivka}
    # One article spells the town "Avdeevka"; it still files under the same place.
    assert len(documents) >= 3


def test_speaker_profile_counts_outlets_and_places(sample_store: Store) -> None:
    everything = sample_store.timeline_page(limit=1000).statements
    speaker_id = next(s.speaker_id for s in everything if s.speaker == "Andriy Kovalenko")
    assert speaker_id is not None
    profile = sample_store.speaker_profile(speaker_id)
    assert profile is not None
    assert profile.statement_count == len([s for s in everything if s.speaker_id == speaker_id])
    assert "Telegram" in dict(profile.outlets)
    assert profile.first_seen is not None and profile.last_seen is not None
    assert profile.first_seen <= profile.last_seen
    dated = [s for s in everything if s.speaker_id == speaker_id and s.sort_day]
    assert sum(n for _, n in profile.daily_counts) == len(dated)
    assert [f"{day}" for day, _ in profile.daily_counts] == sorted({d.sort_day for d in dated})


def test_claims_by_status_returns_linked_statements_with_stances(sample_store: Store) -> None:
    counts = sample_store.claim_counts()
    unverified = sample_store.claims_by_status("unverified")
    assert len(unverified) == counts["unverified"]
    assert all(claim.status == "unverified" for claim in unverified)
    disputed_somewhere = [
        claim
        for claim in sample_store.claims_by_status()
        if any(stance == "disputes" for _, stance in claim.statements)
    ]
    assert disputed_somewhere
    assert all(claim.history for claim in sample_store.claims_by_status())


def test_statement_span_points_into_its_document_text(sample_store: Store) -> None:
    for statement in sample_store.timeline_page(limit=1000).statements:
        found = sample_store.statement_in_document(statement.id)
        assert found is not None
        excerpt = found.document.text[statement.span.start : statement.span.end]
        assert excerpt == statement.text or statement.kind == "direct"
        if statement.kind == "direct":
            assert excerpt.startswith(statement.text[:10])


def test_provenance_spans_show_where_each_field_was_read(sample_store: Store) -> None:
    checked = 0
    for statement in sample_store.timeline_page(limit=1000).statements:
        found = sample_store.statement_in_document(statement.id)
        assert found is not None
        text = found.document.text
        for field, start, end in statement.provenance:
            assert 0 <= start < end <= len(text)
            if field == "outlet" and statement.outlet == "Telegram":
                assert text[start:end] == "Telegram"
                checked += 1
            if field == "date" and statement.date_text:
                assert text[start:end] == statement.date_text
    assert checked >= 2
