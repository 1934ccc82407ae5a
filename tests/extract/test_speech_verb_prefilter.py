"""The test before each pattern that must end right before a verb ("was", "not", "the")
only turns a pattern down where it could not have matched."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import speech_verbs

_WORDS = (
    "was", "WAS", "were", "been", "being", "is", "are", "be", "wasn't", "isn’t", "not", "Not",
    "never", "declined to", "refused to", "to", "a", "an", "the", "The", "this", "that", "its",
    "his", "her", "their", "first", "also", "later", "widely", "reportedly", "officials",
    "Kyiv", "army", "soon", "today", ",", ".", "“", "—", "2",
)  # fmt: skip
_PATTERNS = (speech_verbs._NEGATED, speech_verbs.PASSIVE, speech_verbs._DETERMINER_BEFORE)


@st.composite
def regions(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=8))
    return " ".join(words) + draw(st.sampled_from([" ", "  ", "\n", ""]))


@settings(max_examples=600, deadline=None)
@given(regions())
def test_a_pattern_turned_down_by_the_last_two_words_does_not_match(region: str) -> None:
    last_two = speech_verbs._last_two(region)
    for pattern in _PATTERNS:
        if pattern.search(region) is not None:
            assert speech_verbs._may_end(pattern, last_two), (pattern.pattern, region)


def test_each_pattern_is_turned_down_where_its_words_are_missing() -> None:
    last_two = speech_verbs._last_two("officials in Kyiv ")
    assert not any(speech_verbs._may_end(pattern, last_two) for pattern in _PATTERNS)
    assert speech_verbs._may_end(speech_verbs._NEGATED, speech_verbs._last_two("it did not "))
    assert speech_verbs._may_end(speech_verbs.PASSIVE, speech_verbs._last_two("was widely "))
    assert speech_verbs._may_end(
        speech_verbs._DETERMINER_BEFORE, speech_verbs._last_two("met their ")
    )
