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
    assert "5,000 statements" in STATEMENTS_CUT


def test_sentences_with_a_cue_but_no_speaker_are_bounded_too() -> None:
    from briefing.extract.pipeline import MAX_STATEMENTS, STATEMENTS_CUT

    text = '"Yes," he said. ' * (2 * MAX_STATEMENTS + 500)  # "he" stands for nobody
    extraction = extract(Document(text=text))
    assert extraction.statements == ()
    assert extraction.warnings == (STATEMENTS_CUT,)
