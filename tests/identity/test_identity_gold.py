"""Speakers and claims across documents, on the identity gold set (see ``scorer.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import reextract_all
from briefing.store import Store
from tests.identity.scorer import GOLD, build_store, reads_as_sentence, score


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("identity") / "gold.db"
    return path, build_store(path)


def test_the_scorer_figures_hold(gold_store) -> None:
    result = score(*gold_store)
    assert result.speaker_precision >= 0.97 and result.speaker_recall >= 0.95
    assert result.claim_precision >= 0.90 and result.claim_recall >= 0.75
    assert result.stance_accuracy >= 0.90
    assert result.bad_summaries == []


def test_articles_written_after_the_rules_keep_their_figures(tmp_path: Path) -> None:
    """The ``unseen`` articles were scored once before any rule saw them (README); these
    floors are where the general fixes since then left them."""
    unseen = GOLD.parent / "unseen"
    path = tmp_path / "unseen.db"
    result = score(path, build_store(path, unseen), unseen)
    assert result.speaker_precision >= 0.95 and result.speaker_recall >= 0.90
    assert result.claim_precision >= 0.85 and result.claim_recall >= 0.45
    assert result.stance_accuracy >= 0.85 and result.bad_summaries == []


def speakers_named(store: Store, *names: str) -> set[int | None]:
    found = set()
    for statement in store.all_statements():
        if statement.speaker in names:
            found.add(statement.speaker_id)
    return found


def test_one_person_or_body_under_every_spelling(gold_store) -> None:
    path, _ = gold_store
    with Store(path) as store:
        names = {s.name for s in store.all_speakers()}
        assert "Volodymyr Zelenskyy" in names or "Volodymyr Zelensky" in names
        assert not {"IAEA", "CENTCOM", "Yahya Sarea", "Rafael Grossi"} & names
        zelensky = [s for s in store.all_speakers() if s.name.startswith("Volodymyr Zelensk")]
        assert len(zelensky) == 1
        assert {"International Atomic Energy Agency", "U.S. Central Command"} <= names


def test_two_people_who_share_a_surname_stay_two(gold_store) -> None:
    path, _ = gold_store
    with Store(path) as store:
        names = {s.name for s in store.all_speakers()}
    assert {"Maria Lindqvist", "Marta Lindqvist"} <= names


def maryinka_claim(store: Store):
    ids = {s.claim_id for s in store.all_statements() if "Marinka has not fallen" in s.text}
    assert len(ids) == 1 and None not in ids
    return store.claim(ids.pop())


def test_a_claim_spans_the_documents_that_assert_and_dispute_it(gold_store) -> None:
    path, ids = gold_store
    with Store(path) as store:
        claim = maryinka_claim(store)
        documents = {statement.document_id for statement, _ in claim.statements}
        stances = {stance for _, stance in claim.statements}
        rows = [s for s in store.all_statements() if s.claim_id == claim.id]
    assert {ids["01-maryinka-claimed"], ids["02-marinka-southern-part"]} <= documents
    assert ids["03-mariinka-withdrawal"] in documents
    assert stances == {"asserts", "disputes"}
    # asserted, denied, then acknowledged by the side that denied it
    assert claim.status == "confirmed" and claim.event == "control of Maryinka"
    assert [c.to_status for c in claim.history][-1] == "confirmed"
    assert reads_as_sentence(claim.summary)
    # every row on the claim shows the claim's status beside its own
    assert {row.claim_status for row in rows} == {"confirmed"}
    assert {row.claim_stance for row in rows} == {"asserts", "disputes"}


def test_reextract_keeps_a_claim_that_spans_documents(tmp_path: Path) -> None:
    path = tmp_path / "gold.db"
    build_store(path)
    with Store(path) as store:
        before = maryinka_claim(store)
        linked = sorted(
            (s.document_id, s.span.start, s.span.end, stance) for s, stance in before.statements
        )
        reextract_all(store)
        after = maryinka_claim(store)
        assert (
            sorted(
                (s.document_id, s.span.start, s.span.end, stance) for s, stance in after.statements
            )
            == linked
        )
        assert (after.status, after.summary) == (before.status, before.summary)


def test_an_analysts_unlink_from_a_joined_claim_survives_reextract(tmp_path: Path) -> None:
    path = tmp_path / "gold.db"
    ids = build_store(path)
    with Store(path) as store:
        claim = maryinka_claim(store)
        theirs = next(
            s for s, _ in claim.statements if s.document_id == ids["03-mariinka-withdrawal"]
        )
        store.unlink_statement(claim.id, theirs.id, "ana")
        reextract_all(store)
        again = maryinka_claim(store)
        spans = {(s.document_id, s.span) for s, _ in again.statements}
        assert (theirs.document_id, theirs.span) not in spans
        assert again.links_by_analyst


def test_an_analysts_summary_on_a_joined_claim_keeps_every_document(tmp_path: Path) -> None:
    path = tmp_path / "gold.db"
    build_store(path)
    with Store(path) as store:
        claim = maryinka_claim(store)
        documents = {s.document_id for s, _ in claim.statements}
        store.edit_summary(claim.id, "Maryinka fell in December", "ana")
        for _ in range(2):
            reextract_all(store)
            again = maryinka_claim(store)
            assert again.summary == "Maryinka fell in December"
            assert {s.document_id for s, _ in again.statements} == documents
