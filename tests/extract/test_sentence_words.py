"""A sentence's words, read once and handed to the name finder and the attribution finder,
only pass over patterns that could not match: the answers are those read without them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import names
from briefing.extract.attribution import find_attribution
from briefing.extract.lexicon import letter_runs
from briefing.extract.names import named_people

_PIECES = (
    # titles and roles, some abbreviated, some cased as in running text
    "Mr.",
    "Ms.",
    "Dr.",
    "Lt.",
    "Col.",
    "Sen.",
    "Gen.",
    "President",
    "Prime Minister",
    "Minister",
    "journalist",
    "spokeswoman",
    "opposition leader",
    "Senator",
    "Judge",
    "co-founder",
    "president",
    "director",
    "ex-President",
    "the ministry",
    "the Defence Ministry",
    "the regional council",
    "Interior Ministry",
    "the agency’s",
    # names and words around them
    "Ana",
    "Pardo",
    "Maria",
    "Costa",
    "Deniz",
    "Arslan",
    "McKinley",
    "Warren",
    "Kyiv",
    "Ana Pardo’s",
    "the",
    "a",
    "of",
    "group",
    "in",
    "said",
    "told",
    "reporters",
    "on",
    "Monday",
    # punctuation that stands between them
    ",",
    ".",
    ";",
    "“",
    "”",
    "-",
    "’s",
    "(",
    ")",
    "2",
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
    glue = draw(st.lists(st.sampled_from([" ", " ", "", "\n"]), min_size=len(pieces)))
    return "".join(piece + space for piece, space in zip(pieces, glue, strict=False)).strip()


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_named_people_with_the_sentences_words_finds_what_it_finds_without(text: str) -> None:
    alone = named_people(text, 0, len(text))
    assert named_people(text, 0, len(text), words=letter_runs(text)) == alone


@settings(max_examples=200, deadline=None)
@given(sentences())
def test_find_attribution_with_the_sentences_words_finds_what_it_finds_without(text: str) -> None:
    alone = find_attribution(text, 0, len(text), [])
    assert find_attribution(text, 0, len(text), [], letter_runs(text)) == alone


def test_the_prefilters_pass_over_a_sentence_without_a_title_or_a_role() -> None:
    text = "Ana Pardo, 38, left the building on Monday."
    words = letter_runs(text)
    assert "ana" in words and "monday" in words and "38" not in words
    assert {p.name for _, p in named_people(text, 0, len(text), words=words)} == {"Ana Pardo"}


def test_a_title_in_the_sentence_still_finds_its_name() -> None:
    text = "The talks were led by Lt. Col. Ana Pardo and spokeswoman Maria Costa, a director."
    found = [p.name for _, p in named_people(text, 0, len(text), words=letter_runs(text))]
    assert found == [p.name for _, p in named_people(text, 0, len(text))]
    assert "Ana Pardo" in found and "Maria Costa" in found


_ROLES = names._ROLE_AFTER.split("|")


def test_every_role_after_a_name_passes_the_role_prefilter() -> None:
    for role in _ROLES:
        text = f"They heard Zorb Quillon, a {role} of the group, say the talks failed."
        found = named_people(text, 0, len(text), words=letter_runs(text))
        assert (11, "Zorb Quillon") in [(at, p.name) for at, p in found], role


def test_every_title_before_a_name_passes_the_title_prefilter() -> None:
    texts = [f"They met {title}. Quillon there." for title in names._ABBREVIATED]
    texts += [f"They met {title} Zorb Quillon there." for title in names._BEFORE_FULL_NAME]
    texts += [f"They met {title} Quillon there." for title in names._BEFORE_SURNAME]
    for text in texts:
        alone = named_people(text, 0, len(text))
        assert "Quillon" in alone[0][1].name, text
        assert named_people(text, 0, len(text), words=letter_runs(text)) == alone, text
