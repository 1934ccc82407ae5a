"""reextract: a newer extractor over stored documents, keeping every analyst judgement."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.cli import main
from briefing.ingest import ingest_samples, reextract_all
from briefing.store import Store


def tallies(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    found = {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in (
            "speaker_outlets",
            "speaker_places",
            "speaker_months",
            "speaker_days",
            "place_outlets",
            "place_days",
        )
    }
    found["counts"] = conn.execute(
        "SELECT s.id, s.statement_count, (SELECT count(*) FROM statements t "
        "WHERE t.speaker_id = s.id) FROM speakers s"
    ).fetchall()
    conn.close()
    return found


def test_reextract_keeps_a_judged_claim_and_its_history(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest_samples(store)
        marinka = next(c for c in store.all_claims() if "Marinka" in c.summary)
        store.set_claim_status(marinka.id, "disputed", "drone footage shows the town held", "ana")
        before = [(s.text, s.speaker, s.span) for s in store.all_statements()]
        summary = reextract_all(store)
        after = [(s.text, s.speaker, s.span) for s in store.all_statements()]
        claim = next(c for c in store.all_claims() if "Marinka" in c.summary)
    assert summary.judgements_kept == 1 and summary.documents == 12
    assert after == before
    assert claim.status == "disputed"
    assert [(h.to_status, h.who, h.note) for h in claim.history][-1] == (
        "disputed", "ana", "drone footage shows the town held",
    )  # fmt: skip


def test_reextract_leaves_the_tallies_as_a_fresh_ingest_would(tmp_path: Path) -> None:
    fresh, redone = tmp_path / "fresh.db", tmp_path / "redone.db"
    for path in (fresh, redone):
        with Store(path) as store:
            ingest_samples(store)
    with Store(redone) as store:
        reextract_all(store)
        reextract_all(store)
    assert tallies(redone) == tallies(fresh)
    assert all(stored == counted for _, stored, counted in tallies(redone)["counts"])


def test_reextract_command_prints_one_summary_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest_samples(store)
    assert main(["reextract", "--db", str(db)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("12 documents re-read:") and "judged claims kept" in out


def test_edits_before_a_reextract_can_no_longer_be_undone(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest_samples(store)
        claim = next(iter(store.all_claims()))
        store.set_claim_status(claim.id, "confirmed", "seen on video", "ana")
        reextract_all(store)
        assert store.undo_last() is None
        (edit,) = store.recent_edits()
        assert edit.sealed and edit.undone
        kept = next(c for c in store.all_claims() if c.summary == claim.summary)
        assert kept.status == "confirmed"


def test_analyst_summaries_survive_any_number_of_reextracts_and_an_import(
    tmp_path: Path, capsys
) -> None:
    db, again = tmp_path / "s.db", tmp_path / "again.db"
    with Store(db) as store:
        ingest_samples(store)
        marinka = next(c for c in store.all_claims() if "Marinka" in c.summary)
        statement = next(s for s in store.all_statements() if s.claim_id is None)
        store.edit_summary(marinka.id, "ANALYST SUMMARY", "ana")
        store.create_claim(statement.id, "ANALYST NEW CLAIM", "ana")
        for _ in range(3):
            reextract_all(store)
        assert {"ANALYST SUMMARY", "ANALYST NEW CLAIM"} <= {c.summary for c in store.all_claims()}
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "e.json")]) == 0
    assert main(["ingest", str(tmp_path / "e.json"), "--db", str(again)]) == 0
    with Store(again) as store:
        reextract_all(store)
        reextract_all(store)
        summaries = {c.summary for c in store.all_claims()}
    assert {"ANALYST SUMMARY", "ANALYST NEW CLAIM"} <= summaries
    assert "claim" not in summaries
