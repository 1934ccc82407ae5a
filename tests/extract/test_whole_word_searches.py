"""Patterns rewritten so that the engine neither gives back what cannot help nor tries every
position find exactly what their former forms found: words taken whole (possessive ``++``)
where what must follow a word is never part of one, and a whole-word search that looks back
for its boundary once the word is found."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.extract import places

_FORMER = {
    places._INTRODUCED_AFTER: re.compile(
        r"(?P<name>[A-Z](?<!\w.)[\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?),\s+an?\s+"
        r"(?:small\s+|nearby\s+|front-line\s+)?"
        r"(?P<feature>town|village|city|settlement|port|hamlet|district)\b(?!['’])"
    ),
    places._OTHER_NAME: re.compile(
        r"(?P<alias>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}),\s+(?:the\s+)?[A-Z][\w.]*"
        r"(?:['’]s)?\s+(?:name|term)\s+for\s+(?:the\s+)?"
        r"(?P<feature>shoal|reef|island|islands|atoll|strait|sea|town|city)"
    ),
}
_WORDS = (
    "Maryinka", "Ren'ai", "Reef", "Second", "Thomas", "Shoal", "Ayungin", "China", "China’s",
    "Beijing's", "Kyiv-held", "Nova", "A", "B", "Sea’", "Ka-", "U.S.", "éA", "Ab3", "A_b",
)  # fmt: skip
_TAILS = (
    ", a town", ", an small city", ", a front-line port", ", a village’", ", a district-",
    ", China’s name for the shoal", ", the Beijing's term for sea", ", the U.S. name for Reef",
    ", the A name for islands",
)  # fmt: skip
_GLUE = (
    " ", "  ", "\n", ",", ", ", ".", "x", "3", "_", "-", "'", "’", "a", "the", "town", "name",
    "for", "sea",
)  # fmt: skip
_PIECES = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_TAILS), st.sampled_from(_GLUE))


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=28), st.integers(0, 4))
@example(["Ren'ai", " ", "Reef", ", ", "China’s", " ", "name", " ", "for", " ", "shoal"], 0)
@example(["A", " ", "B", " ", "A", " ", "B", " ", "A", ", the A name for islands"], 0)
@example(["Nova", " ", "Maryinka", ", a town", "’"], 0)
def test_words_taken_whole_find_what_their_former_forms_found(
    pieces: list[str], start: int
) -> None:
    text = "".join(pieces)
    for pattern, former in _FORMER.items():
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start)]
        assert found == [(m.span(), m.groupdict()) for m in former.finditer(text, start)]


_NAMES = ("Maryinka", "Nova Maryinka", "Ren'ai", "Kyiv-held", "A", "Aa Aa", "U.S.", "Sea’")
_AROUND = ("", " ", "x", "X", "3", "_", "-", "'", "’", ".", ",", "\n", "é", "Nova ", "Ren")


@settings(max_examples=800, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.lists(st.one_of(st.sampled_from(_NAMES), st.sampled_from(_AROUND)), max_size=16),
)
@example("Aa Aa", ["x", "Aa Aa", " ", "Aa"])  # a match the scan must not step over
@example("Sea’", ["Sea’", "s"])
def test_later_mentions_are_where_the_whole_word_search_found_them(
    name: str, pieces: list[str]
) -> None:
    text = "".join(pieces)
    former = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    assert [m.span() for m in places._later_mentions(name, text)] == former
