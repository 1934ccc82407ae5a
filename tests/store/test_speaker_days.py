"""A speaker's chart of statements per day, and first and last day quoted, come from a
tally kept on every write; they always equal a count of the speaker's statements."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from briefing.ingest import ingest_samples, reextract_all
from briefing.store import Store


def _counted(path: Path, speaker_id: int) -> list[tuple[date, int]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT sort_day, count(*) FROM statements WHERE speaker_id = ? AND sort_day != '' "
        "GROUP BY sort_day ORDER BY sort_day",
        (speaker_id,),
    ).fetchall()
    conn.close()
    return [(date.fromisoformat(day), n) for day, n in rows]


def _check_every_speaker(store: Store) -> int:
    checked = 0
    for speaker in store.all_speakers():
        profile = store.speaker_profile(speaker.id)
        assert profile is not None
        days = _counted(store.path, speaker.id)
        assert list(profile.daily_counts) == days, speaker.name
        assert profile.first_seen == (days[0][0] if days else None)
        assert profile.last_seen == (days[-1][0] if days else None)
        checked += bool(days)
    return checked


def test_daily_counts_match_the_statements_after_ingest_merge_split_and_reextract(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "days.db") as store:
        ingest_samples(store)
        assert _check_every_speaker(store) > 10
        people = [s for s in store.all_speakers() if _counted(store.path, s.id)]
        keep, merge = people[0].id, people[1].id
        store.merge_speakers(keep, merge, who="ana")
        _check_every_speaker(store)
        store.split_speaker(merge, who="ana")
        _check_every_speaker(store)
        reextract_all(store)
        _check_every_speaker(store)
        document = next(iter(store.all_statements())).document_id
        store.remove_document(document, who="ana")
        _check_every_speaker(store)
