"""Hostile text: the quote index answers by position, and the work per document is bounded."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.quotes import MAX_QUOTES, QuoteIndex, find_quotes
from briefing.model import Document


def test_the_quote_index_finds_the_quotes_a_range_overlaps_and_the_one_around_a_point() -> None:
    text = 'A "one" b "two" c "three" d'
    index = QuoteIndex(find_quotes(text))
    assert [q.text(text) for q in index.overlapping(0, 8)] == ["one"]
    assert [q.text(text) for q in index.overlapping(5, 20)] == ["one", "two", "three"]
    assert [q.text(text) for q in index.overlapping(26, 27)] == []
    around = index.at(text.index("two"))
    assert around is not None and around.text(text) == "two"
    assert index.at(text.index(" c ")) is None


def test_quotes_read_per_document_are_capped() -> None:
    assert len(find_quotes('"a" ' * (MAX_QUOTES + 500))) == MAX_QUOTES


def test_a_text_of_nothing_but_quote_marks_gives_no_statement() -> None:
    assert extract(Document(text='"' * 64_000)).statements == ()


def test_sentences_read_per_document_are_capped_with_a_warning() -> None:
    from briefing.extract.pipeline import MAX_SENTENCES

    text = "The levy was fair. " * MAX_SENTENCES + "Ruth Ames said the levy was fair. "
    extraction = extract(Document(text=text))
    assert extraction.statements == ()  # the statement after the cap is never read
    assert extraction.warnings == (
        f"more than {MAX_SENTENCES:,} sentences: the rest of the text was not read",
    )


def test_statements_read_per_document_are_capped_with_a_warning() -> None:
    from briefing.extract.pipeline import MAX_STATEMENTS, STATEMENTS_CUT

    text = "Ruth Ames said the levy was fair. " * (MAX_STATEMENTS + 500)
    extraction = extract(Document(text=text))
    assert len(extraction.statements) == MAX_STATEMENTS
    assert extraction.warnings == (STATEMENTS_CUT,)
    assert "3,000 statements" in STATEMENTS_CUT


def test_sentences_with_a_cue_but_no_speaker_are_bounded_too() -> None:
    from briefing.extract.pipeline import MAX_STATEMENTS, STATEMENTS_CUT

    text = '"Yes," he said. ' * (2 * MAX_STATEMENTS + 500)  # "he" stands for nobody
    extraction = extract(Document(text=text))
    assert extraction.statements == ()
    assert extraction.warnings == (STATEMENTS_CUT,)


def test_words_looked_up_as_places_are_capped_with_a_warning(monkeypatch) -> None:
    from briefing.extract import places
    from briefing.extract.pipeline import PLACES_CUT

    monkeypatch.setattr(places, "MAX_PLACE_LOOKUPS", 6)
    text = (
        "Officials in Kharkiv said the bridge was open. "
        "Trains ran from Lviv to Odesa, Dnipro, Poltava and Sumy. "
        "Officials in Kherson said the ferry was closed."
    )
    extraction = extract(Document(text=text))
    first, last = extraction.statements
    assert [p.name for p in first.places] == ["Kharkiv"]
    assert last.places == ()  # named after the bound: not looked for
    assert PLACES_CUT in extraction.warnings


def test_names_read_per_document_are_capped_with_a_warning(monkeypatch) -> None:
    from briefing.extract import pipeline

    monkeypatch.setattr(pipeline, "MAX_NAMES", 3)
    text = (
        "Ruth Ames met Tomas Berg and Ines Cruz on Monday. "
        "Later Paul Dorn met Olga Varga and Ivan Petrov. "
        "Ames said the levy was fair."
    )
    extraction = extract(Document(text=text))
    assert pipeline.NAMES_CUT in extraction.warnings
    (statement,) = extraction.statements
    assert statement.speaker is not None and statement.speaker.name == "Ruth Ames"


def test_a_document_with_fewer_names_than_the_bound_has_no_warning(monkeypatch) -> None:
    from briefing.extract import pipeline

    monkeypatch.setattr(pipeline, "MAX_NAMES", 4)
    text = "Ruth Ames met Tomas Berg on Monday. Ines Cruz met Paul Dorn. Ames said it was fair."
    assert pipeline.NAMES_CUT not in extract(Document(text=text)).warnings


def test_a_run_on_sentence_of_names_is_read_as_the_same_names() -> None:
    from briefing.extract.names import named_people

    text = "Ruth Ames met Tomas Berg and Ines Cruz and " * 300
    names = [person.name for _, person in named_people(text, 0, len(text))]
    assert names == ["Ruth Ames", "Tomas Berg", "Ines Cruz"] * 300
