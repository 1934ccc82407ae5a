"""Sentence splitting survives the abbreviations of wire copy."""

from __future__ import annotations

import pytest

from briefing.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Stoltenberg told Germany’s ARD in a Dec. 3 interview that allies must hold.",
        "Gen. Valery Zaluzhny met U.S. officials in Kyiv on Nov. 16 to discuss supplies.",
        "The allies, i.e. its Western backers, were not ready, said Ms. Lin.",
        "John F. Kennedy Airport reopened at 6 a.m. local time on Tuesday.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert texts(text) == [text]


def test_full_stops_and_paragraphs_end_sentences() -> None:
    text = "The port reopened. Ships left at dawn.\n“We are open,” she said."
    assert texts(text) == ["The port reopened.", "Ships left at dawn.", "“We are open,” she said."]


def test_a_stop_glued_to_the_next_sentence_still_splits() -> None:
    text = "He met Gen. Valery Gerasimov.Writing on Substack, he said so."
    assert texts(text) == ["He met Gen. Valery Gerasimov.", "Writing on Substack, he said so."]


def test_sentences_after_us_split_when_a_new_sentence_starts() -> None:
    text = "The aid came from the U.S. The ministry confirmed it."
    assert texts(text) == ["The aid came from the U.S.", "The ministry confirmed it."]


def test_offsets_point_into_the_text() -> None:
    text = "First one here.  Second one there."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
