"""Writing documents: one transaction each, idempotent by content."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.model import Document, PlaceMention
from briefing.store import Store, identities
from briefing.store.database import connect

ARTICLE = Document(
    text=(
        "Halyna Moroz, head of the Odesa port administration, said on Tuesday that the "
        "corridor remained open.\n"
        "\u201cNot one ship has turned back,\u201d Ms. Moroz told Reuters."
    ),
    title="Corridor open",
    published=date(2023, 11, 22),
    publisher="Harbor Post",
)


def test_ingest_stores_the_document_and_its_statements(empty_store: Store) -> None:
    result = empty_store.ingest(ARTICLE, extract(ARTICLE))
    assert result.new
    assert result.statements_added == 2
    counts = empty_store.counts()
    assert counts["documents"] == 1
    assert counts["statements"] == 2
    assert counts["speakers"] == 1


def test_ingesting_the_same_content_twice_is_a_no_op(empty_store: Store) -> None:
    first = empty_store.ingest(ARTICLE, extract(ARTICLE))
    again = empty_store.ingest(ARTICLE, extract(ARTICLE))
    assert not again.new
    assert again.document_id == first.document_id
    assert empty_store.counts()["statements"] == 2


def test_a_document_that_fails_half_way_leaves_nothing_behind(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_outlet(conn: object, name: str | None) -> int | None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(identities, "outlet_id", broken_outlet)
    with pytest.raises(RuntimeError):
        empty_store.ingest(ARTICLE, extract(ARTICLE))
    assert empty_store.counts() == {
        "documents": 0,
        "statements": 0,
        "speakers": 0,
        "outlets": 0,
        "places": 0,
        "claims": 0,
    }


def test_the_same_person_across_documents_is_one_speaker(tmp_path: Path) -> None:
    later = Document(
        text="\u201cThe corridor will stay open,\u201d Halyna Moroz said on Monday.",
        published=date(2023, 12, 4),
    )
    with Store(tmp_path / "two.db") as store:
        store.ingest(ARTICLE, extract(ARTICLE))
        store.ingest(later, extract(later))
        assert store.counts()["speakers"] == 1
        profile = store.speaker_profile(1)
        assert profile is not None
        assert profile.statement_count == 3


def test_one_person_spelt_two_ways_is_one_speaker_and_two_people_sharing_a_surname_are_two(
    tmp_path,
) -> None:
    from datetime import date

    from briefing.extract import extract
    from briefing.model import Document
    from briefing.store import Store

    texts = [
        '"We will hold," Volodymyr Zelensky said on Friday.',
        '"We need more shells," Volodymyr Zelenskyy said on Saturday.',
        '"The talks failed," Maria Lindqvist said. "Trucks wait," Marta Lindqvist said.',
    ]
    with Store(tmp_path / "s.db") as store:
        for text in texts:
            document = Document(text, published=date(2023, 12, 1))
            store.ingest(document, extract(document))
        names = sorted(s.name for s in store.all_speakers())
    assert names == ["Maria Lindqvist", "Marta Lindqvist", "Volodymyr Zelensky"]


def test_a_place_named_again_is_not_indexed_again_when_two_of_its_names_share_a_key(
    tmp_path: Path,
) -> None:
    conn = connect(tmp_path / "store.db").conn
    place = PlaceMention("Kyiv", "Ukraine", "city", 703448, 2_900_000, ("KYIV", "Kiev", "Kyjiv"))
    first = identities.place_id(conn, place)
    writes: list[str] = []
    conn.set_trace_callback(lambda sql: writes.append(sql) if "INSERT" in sql else None)
    again = identities.place_id(conn, place)
    assert again == first
    assert writes == []  # "Kyiv" and "KYIV" are one key: the count fell short of the names
    assert {row[0] for row in conn.execute("SELECT alias FROM place_aliases")} >= {"Kiev", "Kyjiv"}


def test_the_store_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Two spellings of one key ("Kupjansk", "Kupjans'k") keep the first one filed, and a
    set's order follows the process's hash seed: the names are filed in sorted order, so two
    ingests of the same files store the same names."""
    script = (
        "import sys\n"
        "from briefing.ingest import ingest_samples\n"
        "from briefing.store import Store\n"
        "with Store(sys.argv[1]) as store:\n"
        "    ingest_samples(store)\n"
        "    conn = store._connection.db.conn\n"
        "    for table in ('place_aliases', 'speaker_aliases', 'search_names'):\n"
        "        print(sorted(conn.execute(f'SELECT * FROM {table}').fetchall()))\n"
    )
    stored = []
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / f"seed{seed}.db")],
            capture_output=True, text=True, env=environment, check=True,
        )  # fmt: skip
        stored.append(done.stdout)
    assert "Kupjans" in stored[0]
    assert stored[0] == stored[1]
