"""Who is who across documents: the rules that join names, and the analyst overriding them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.export import WRITERS, Selection
from briefing.extract import extract
from briefing.ingest import ingest_paths, reextract_all
from briefing.model import Document
from briefing.store import Store


def store_of(path: Path, *texts: str) -> Store:
    store = Store(path)
    for day, text in enumerate(texts, start=1):
        document = Document(text, title=f"article {day}", published=date(2023, 12, day))
        store.ingest(document, extract(document))
    return store


def speaker_names(store: Store) -> set[str]:
    return {s.name for s in store.all_speakers() if s.merged_into is None}


def statements_by(store: Store, name: str) -> list[str]:
    return [s.text for s in store.all_statements() if s.speaker == name]


def test_a_shared_surname_goes_to_the_speaker_whose_role_fits(tmp_path: Path) -> None:
    with store_of(
        tmp_path / "s.db",
        "A convoy was turned back, said Maria Lindqvist, the UN humanitarian chief.",
        "Trucks were waiting, said Marta Lindqvist, a spokeswoman for the World Food Programme.",
        "The situation was desperate, Ms. Lindqvist, the UN humanitarian chief, said on Sunday.",
        "More trucks were needed, said Ms. Lindqvist, the food agency spokeswoman.",
    ) as store:
        assert {"Maria Lindqvist", "Marta Lindqvist"} <= speaker_names(store)
        assert "Lindqvist" not in speaker_names(store)
        assert len(statements_by(store, "Maria Lindqvist")) == 2
        assert len(statements_by(store, "Marta Lindqvist")) == 2
        maria = next(s for s in store.all_speakers() if s.name == "Maria Lindqvist")
        assert any(
            "the role (UN humanitarian chief)" in why for _, why in store.speaker_joins(maria.id)
        )


def test_acronyms_possessives_and_known_body_names_join_one_speaker(tmp_path: Path) -> None:
    with store_of(
        tmp_path / "s.db",
        "The IAEA said the plant had lost power.",
        "Power was restored, the International Atomic Energy Agency said.",
        "The berths were full, the Port's Administration said.",
        "Ships were waiting, the Port Administration said on Friday.",
        "No ship was hit, CENTCOM said.",
        "Two drones were shot down, U.S. Central Command said.",
    ) as store:
        names = speaker_names(store)
        assert {"International Atomic Energy Agency", "Port Administration"} <= names
        assert {"U.S. Central Command"} <= names
        assert not {"IAEA", "Port's Administration", "CENTCOM"} & names
        assert len(statements_by(store, "Port Administration")) == 2


def test_someone_in_a_town_is_not_the_town(tmp_path: Path) -> None:
    with store_of(
        tmp_path / "s.db",
        "A trader in Odesa said prices were rising.",
        "A shipping broker in Istanbul, who asked not to be named, said charters had stopped.",
    ) as store:
        assert not {"Odesa", "Istanbul"} & speaker_names(store)
        assert len(list(store.all_statements())) == 2


@pytest.fixture
def joined(tmp_path: Path) -> Store:
    store = store_of(
        tmp_path / "s.db",
        "The group had struck two ships, said Yahya Saree, the Houthi military spokesman.",
        "Yahya Sarea, the Houthi military spokesman, repeated that two ships had been hit.",
    )
    yield store
    store.close()


def test_an_analyst_takes_apart_a_name_the_rules_joined(joined: Store, tmp_path: Path) -> None:
    saree = next(s for s in joined.all_speakers() if s.name == "Yahya Saree")
    assert [form for form, _ in joined.speaker_joins(saree.id)] == ["Yahya Sarea"]
    new = joined.separate_name(saree.id, "Yahya Sarea", "ana")
    assert len(statements_by(joined, "Yahya Sarea")) == 1
    assert len(statements_by(joined, "Yahya Saree")) == 1
    reextract_all(joined)  # the separation outlives a re-extraction
    assert {"Yahya Saree", "Yahya Sarea"} <= speaker_names(joined)
    assert len(statements_by(joined, "Yahya Sarea")) == 1
    out = tmp_path / "export.json"
    with out.open("w", encoding="utf-8") as handle:
        WRITERS["json"](joined, handle, Selection())
    with Store(tmp_path / "imported.db") as imported:  # and an export and import
        assert ingest_paths(imported, [str(out)]).failed == 0
        assert {"Yahya Saree", "Yahya Sarea"} <= speaker_names(imported)
        assert len(statements_by(imported, "Yahya Sarea")) == 1
    assert joined.speaker(new).apart_from == saree.id


def test_undoing_a_separation_files_the_name_back(joined: Store) -> None:
    saree = next(s for s in joined.all_speakers() if s.name == "Yahya Saree")
    joined.separate_name(saree.id, "Yahya Sarea", "ana")
    joined.undo_last()
    assert speaker_names(joined) >= {"Yahya Saree"} and "Yahya Sarea" not in speaker_names(joined)
    assert len(statements_by(joined, "Yahya Saree")) == 2


def test_a_name_not_joined_by_a_rule_cannot_be_taken_apart(joined: Store) -> None:
    from briefing.errors import InputError

    saree = next(s for s in joined.all_speakers() if s.name == "Yahya Saree")
    with pytest.raises(InputError, match="was not joined to Yahya Saree by a rule"):
        joined.separate_name(saree.id, "Saree", "ana")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ships avoid the route, the data firm Lloyd's List said.", "Lloyd's List"),
        ("The tanker had not moved, the analytics firm Kpler said.", "Kpler"),
        ("The rebel group Hamas said the talks had stalled.", "Hamas"),
    ],
)
def test_a_body_introduced_by_what_it_is_is_named_as_written(sentence: str, speaker: str) -> None:
    (statement,) = extract(Document(sentence)).statements
    assert statement.speaker is not None
    assert (statement.speaker.name, statement.speaker.kind) == (speaker, "organisation")


def test_mr_and_a_surname_is_not_joined_to_a_woman_of_that_surname(tmp_path: Path) -> None:
    with store_of(
        tmp_path / "s.db",
        "The school will open in May, said Nadia Ferrer, the education minister.",
        "Mr. Ferrer said the budget was short.",
        "Ms. Ferrer said the school would open on time.",
    ) as store:
        assert [text[:10] for text in statements_by(store, "Nadia Ferrer")] == [
            "The school",
            "Ms. Ferrer",
        ]
        assert statements_by(store, "Ferrer") == ["Mr. Ferrer said the budget was short."]
