"""No text makes the extractor raise, every span it reports lies inside the text, and every
statement says some words."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.extract import extract
from briefing.extract.quotes import find_quotes
from briefing.model import Document

WIRE_PIECES = st.sampled_from(
    [
        "“", "”", '"', "’s", ", ", ". ", "\n", "\n\n", " said", " told Reuters", "Mr. ",
        "Gen. ", "Dec. 3", " on Tuesday", " last week", "—", "[i.e.,", "]", " according to ",
        "Avdiivka", "Odesa", "reports that", " denied", " the ministry", " he", " U.S.",
        "Ms. Lin", " in a post on X", ", a spokesman for the ", "Ministry", " mid-November",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(WIRE_PIECES, st.text(max_size=8)), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2040, 12, 31))))
def test_any_text_extracts_without_raising(text: str, published: date | None) -> None:
    extraction = extract(Document(text, published=published))
    for statement in extraction.statements:
        assert 0 <= statement.span.start <= statement.span.end <= len(text)
        assert re.search(r"\w", statement.text)
        for place in statement.places:
            assert place.span is None or 0 <= place.span.start <= place.span.end <= len(text)
        keys = {claim.key for claim in extraction.claims}
        assert statement.claim_key is None or statement.claim_key in keys


@pytest.mark.parametrize("text", [":", " : ", "\n:\n", "Said:", "“:”"])
def test_a_lone_colon_is_no_heading_cue_and_no_crash(text: str) -> None:
    assert extract(Document(text=text)).statements == ()


@pytest.mark.parametrize(
    "text",
    [
        'Ruth Ames said: "',
        'Ruth Ames added:"\n\nThe talks went on.',
        'Ruth Ames said: ""',
        'Ruth Ames said: "  " and left.',
        '"..." Ruth Ames said.',
        "Ruth Ames said:\n\n!",
    ],
)
def test_quote_marks_around_no_words_are_no_statement(text: str) -> None:
    """A mark left open at the end of a paragraph had its words end before they began."""
    assert extract(Document(text=text)).statements == ()


def test_an_opening_mark_at_the_end_of_a_paragraph_quotes_nothing() -> None:
    quote = find_quotes('Ruth Ames said: "\n\nNext.')[0]
    assert quote.inner.start == quote.inner.end == quote.span.end


def test_every_statement_says_some_words() -> None:
    """After a colon cue, a paragraph of "!" was taken for the block quote it opens."""
    text = 'Ruth Ames said:\n\n!\n\n"We will hold the line," she added.'
    statements = extract(Document(text=text)).statements
    assert [(s.text, s.speaker.name if s.speaker else None) for s in statements] == [
        ("We will hold the line", "Ruth Ames")
    ]
