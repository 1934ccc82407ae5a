"""Soft hyphens and zero-width spaces inside words: the extractor reads the word whole,
and every span still points into the stored text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.cli import main
from briefing.extract import extract
from briefing.extract.invisible import INVISIBLE, visible_words
from briefing.model import Document
from briefing.store import Store


@given(st.text(alphabet=st.sampled_from([*"ab ,.", *INVISIBLE, "\u200c"]), max_size=40))
def test_the_view_keeps_the_texts_length_and_its_visible_characters_in_order(text: str) -> None:
    view = visible_words(text)
    assert len(view) == len(text)
    drop = str.maketrans("", "", INVISIBLE + " ")
    assert view.translate(drop) == text.translate(drop)


def test_a_word_keeps_its_start_and_letters_between_invisible_ones_close_up() -> None:
    assert visible_words("Zel\u200bensky said") == "Zelensky  said"
    assert visible_words("the \u200bcombined, we") == "the  combined, we"
    assert visible_words("Zapo\u00adrizh\u00adzhia") == "Zaporizhzhia  "
    assert visible_words("Tehran\u200c\u2019s") == "Tehran\u200c\u2019s"  # a joiner shapes words


def test_a_zero_width_space_inside_a_name_neither_loses_the_statement_nor_splits_the_speaker(
    tmp_path: Path,
) -> None:
    texts = [
        "Volodymyr Zelensky said the front would hold near Avdiivka.",
        "Volodymyr Zel\u200bensky said the talks would resume in Geneva.",
    ]
    for day, text in enumerate(texts, start=4):
        path = tmp_path / f"{day}.md"
        path.write_text(f"---\npublished: 2024-03-0{day}\n---\n{text}\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "4.md"), str(tmp_path / "5.md"), "--db", str(db)]) == 0
    with Store(db) as store:
        statements = list(store.all_statements())
        assert len(statements) == 2
        assert {s.speaker for s in statements} == {"Volodymyr Zelensky"}
        stored = store.document(statements[-1].document_id).text
        assert "Zel\u200bensky" in stored  # the stored text is the article's, untouched


@pytest.mark.parametrize("hidden", ["\u00ad", "\u200b"])
def test_a_place_with_an_invisible_character_inside_is_found(hidden: str) -> None:
    text = f"Russian forces shelled Zapo{hidden}rizhzhia overnight, the regional governor said."
    (statement,) = extract(Document(text)).statements
    assert [place.name for place in statement.places] == ["Zaporizhzhia"]
    (place,) = statement.places
    assert place.span is not None and text[place.span.start : place.span.end].startswith("Zapo")
