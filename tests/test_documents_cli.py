"""``briefing documents``: list, show and correct stored documents; corrections re-date
statements and keep the analyst's work."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import Store

ARTICLE = (
    "---\ntitle: Village changes hands\npublisher: Valley Wire\n---\n"
    "Russia's defence ministry said yesterday that its forces had captured Synkivka.\n\n"
    "Ukraine's General Staff denied that Synkivka had fallen.\n"
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, Path, str]:
    article = tmp_path / "synkivka.md"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    code, out, err = run(["ingest", "--db", db, str(article)], capsys)
    assert code == 0 and out.startswith("1 new")
    return db, article, err


def test_an_undated_document_is_named_once_with_how_to_date_it(stored) -> None:
    _, article, err = stored
    warnings = [line for line in err.splitlines() if str(article) in line]
    assert warnings == [
        f"briefing: warning: {article}: no published date, so relative dates stay "
        "unresolved; set one with `briefing documents set 1 --published YYYY-MM-DD`"
    ]


def test_list_filters_and_json(stored, capsys: pytest.CaptureFixture[str]) -> None:
    db, article, _ = stored
    code, out, _ = run(["documents", "list", "--db", db, "--undated"], capsys)
    assert code == 0 and "Village changes hands" in out and "2 statements" in out
    code, out, _ = run(["documents", "list", "--db", db, "--since", "2024-01-01"], capsys)
    assert out.strip() == "no documents"
    code, out, _ = run(["documents", "list", "--db", db, "--json"], capsys)
    assert json.loads(out) == {
        "id": 1, "title": "Village changes hands", "published": None,
        "publisher": "Valley Wire", "url": None, "source": str(article), "statements": 2,
    }  # fmt: skip


def test_set_redates_the_statements_and_keeps_the_analysts_work(
    stored, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _, _ = stored
    with Store(db) as store:
        (claim,) = store.all_claims()
        store.edit_summary(claim.id, "ANALYST: Synkivka taken")
    code, out, _ = run(["documents", "set", "--db", db, "1", "--published", "2024-08-22"], capsys)
    assert code == 0
    assert out.startswith("document 1: published: none → 2024-08-22; statements read again")
    with Store(db) as store:
        said = {s.text[:20]: s.said_from for s in store.document_statements(1)}
        assert said["Russia's defence min"] == date(2024, 8, 21)  # "yesterday", again
        assert [c.summary for c in store.all_claims()] == ["ANALYST: Synkivka taken"]
        assert store.document(1).published == date(2024, 8, 22)
    code, out, _ = run(["documents", "show", "--db", db, "1"], capsys)
    assert "  published  2024-08-22" in out and "set its date" not in out


def test_ingest_with_other_flags_updates_but_front_matter_never_undoes_a_correction(
    stored, capsys: pytest.CaptureFixture[str]
) -> None:
    db, article, _ = stored
    code, out, _ = run(["ingest", "--db", db, str(article), "--published", "2024-08-22"], capsys)
    assert code == 0 and out.startswith("0 new, 1 updated, 0 unchanged")
    run(["documents", "set", "--db", db, "1", "--publisher", "Front Desk"], capsys)
    code, out, _ = run(["ingest", "--db", db, str(article)], capsys)
    assert code == 0 and out.startswith("0 new, 1 unchanged")
    with Store(db) as store:
        assert store.document(1).publisher == "Front Desk"


def test_set_needs_a_field_and_an_existing_document(
    stored, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _, _ = stored
    assert run(["documents", "set", "--db", db, "1"], capsys)[0] == 2
    code, _, err = run(["documents", "set", "--db", db, "9", "--title", "x"], capsys)
    assert (code, err) == (1, "briefing: no document 9\n")


def test_remove_without_a_terminal_asks_for_yes_and_keeps_the_document(
    stored, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _, _ = stored
    code, _, err = run(["documents", "remove", "--db", db, "1"], capsys)  # stdin is no terminal
    assert code == 2 and "give --yes to do it" in err and "2 statements, 1 claim" in err
    with Store(db) as store:
        assert store.document(1) is not None


def test_remove_lists_its_claims_and_undo_gives_back_the_analysts_work(
    stored, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _, _ = stored
    with Store(db) as store:
        (claim,) = store.all_claims()
        store.set_claim_status(claim.id, "disputed", "analyst view")
        first = store.document_statements(1)[0]
        store.add_note("statement", first.id, "check with a second source")
    code, out, _ = run(["documents", "remove", "--db", db, "1", "--yes"], capsys)
    assert code == 0
    assert out.startswith("removed document 1 (Village changes hands): 2 statements, 1 claim")
    assert f"claim {claim.id} went with it" in out
    with Store(db) as store:
        assert store.document(1) is None and not list(store.all_claims())
        assert store.counts()["statements"] == 0
    code, out, _ = run(["undo", "--db", db], capsys)
    assert code == 0 and "document 1 removed" in out
    with Store(db) as store:
        (document,) = store.all_document_headers()
        (back,) = store.all_claims()
        assert back.status == "disputed" and back.history[-1].note == "analyst view"
        statements = store.document_statements(document.id)
        notes = [n.text for s in statements for n in store.notes_on("statement", s.id)]
        assert notes == ["check with a second source"] and len(statements) == 2


def test_a_store_after_a_removal_counts_as_if_the_document_never_came(tmp_path: Path) -> None:
    from briefing.extract import extract
    from briefing.ingest import ingest_samples
    from briefing.read import read_source
    from briefing.resources import sample_briefings

    def by_name(path: Path) -> dict[str, list[tuple]]:
        import sqlite3

        conn = sqlite3.connect(path)
        queries = {
            "speaker_places": "SELECT sp.name, p.name, t.statements FROM speaker_places t "
            "JOIN speakers sp ON sp.id = t.speaker_id JOIN places p ON p.id = t.place_id",
            "place_outlets": "SELECT p.name, o.name, t.statements FROM place_outlets t "
            "JOIN places p ON p.id = t.place_id JOIN outlets o ON o.id = t.outlet_id",
            "speakers": "SELECT name, statement_count FROM speakers WHERE statement_count > 0",
            "places": "SELECT name, statement_count FROM places WHERE statement_count > 0",
        }
        return {name: sorted(conn.execute(sql).fetchall()) for name, sql in queries.items()}

    with Store(tmp_path / "all.db") as everything:
        ingest_samples(everything)
        gone = next(d for d in everything.all_document_headers() if "Odesa" in (d.title or ""))
        everything.remove_document(gone.id)
    with Store(tmp_path / "without.db") as without:
        for path in sample_briefings():
            for document in read_source(str(path)).documents:
                if document.title != gone.title:
                    without.ingest(document, extract(document))
    assert by_name(tmp_path / "all.db") == by_name(tmp_path / "without.db")


def test_a_claim_other_documents_joined_stays_when_its_first_document_goes(
    tmp_path: Path,
) -> None:
    from briefing.ingest import ingest_samples

    with Store(tmp_path / "s.db") as store:
        ingest_samples(store)
        joined = next(
            c for c in store.all_claims()
            if len({s.document_id for s, _ in c.statements}) > 1
        )  # fmt: skip
        home = joined.document_id
        others = {s.id for s, _ in joined.statements if s.document_id != home}
        removal = store.remove_document(home)
        assert joined.id not in {claim_id for claim_id, _ in removal.claims}
        kept = store.claim(joined.id)
        assert kept is not None and kept.status == joined.status
        assert {s.id for s, _ in kept.statements} == others and kept.document_id != home
        store.undo_last()
        back = store.claim(joined.id)
        assert len(back.statements) == len(joined.statements)  # its statements joined again


def test_an_undated_document_dated_afterwards_puts_on_tuesday_on_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bridge.md"
    article.write_text(
        "---\ntitle: Bridge reopens\n---\n"
        "The mayor of Kupiansk said on Tuesday that the bridge had reopened to traffic.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "store.db")
    run(["ingest", "--db", db, str(article)], capsys)
    with Store(db) as store:
        (before,) = store.timeline_page().statements
        assert before.said_from is None
    code, _, _ = run(["documents", "set", "--db", db, "1", "--published", "2024-08-22"], capsys)
    assert code == 0
    with Store(db) as store:
        (after,) = store.timeline_page().statements
        assert after.said_from == date(2024, 8, 20)  # the Tuesday before Thursday the 22nd
        assert after.sort_day == "2024-08-20"
