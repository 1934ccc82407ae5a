"""Sentence splitting survives the abbreviations of wire copy."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.sentences import _word_before, split_sentences


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


@settings(max_examples=500, deadline=None)
@given(
    st.text(st.sampled_from("aZq. .. é9\n’-"), max_size=60),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_the_word_before_a_stop_is_what_the_pattern_found(text: str, start: int, end: int) -> None:
    start, end = min(start, end, len(text)), min(max(start, end), len(text))
    found = re.compile(r"([A-Za-z][A-Za-z.]*)$").search(text, start, end)
    assert _word_before(text, start, end) == (found.group(1) if found else "")


def test_the_word_before_a_stop_may_stand_before_a_final_newline_as_with_the_pattern() -> None:
    assert _word_before("Z\n", 0, 2) == "Z"
    assert _word_before("Mr. Z\n\n", 0, 7) == ""
