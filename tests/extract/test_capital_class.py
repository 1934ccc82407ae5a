"""``word_patterns.CAPITAL`` is ``[^\\W\\d_a-z]`` written for a fast search: it matches the same
characters, every one of them, and patterns built on it find what they found before."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import names, place_words
from briefing.extract.word_patterns import CAPITAL

_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_capital_matches_exactly_what_the_category_class_matches() -> None:
    fast = [m.start() for m in re.finditer(CAPITAL, _EVERY_CHARACTER)]
    plain = [m.start() for m in re.finditer(r"[^\W\d_a-z]", _EVERY_CHARACTER)]
    assert fast == plain
    assert len(plain) > 100_000  # letters of every script, not only ASCII
    for mark in "ª²µº½ÀÉİΩЖ":  # a few below the skipped range's end, a few beyond it
        assert re.fullmatch(CAPITAL, mark)
    for mark in "a_3’“—×÷\u00a0":
        assert not re.fullmatch(CAPITAL, mark)


_OLD_CAPITAL = re.compile(r"[^\W\d_a-z](?:[\w'’.\-]*\w)?")
_OLD_CAPITALISED_WORD = re.compile(
    names._CAPITALISED_WORD.pattern.replace(CAPITAL, r"[^\W\d_a-z]", 1)
)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.sampled_from(list("aZ Kyiv Élysée the an ½ ’'-.“”,3_\u00e9\u00c9\u0130\u017f\n")),
        max_size=80,
    )
)
def test_the_patterns_built_on_capital_find_what_they_found(text: str) -> None:
    assert names._CAPITALISED_WORD.pattern != _OLD_CAPITALISED_WORD.pattern
    for new, old in (
        (place_words._CAPITAL, _OLD_CAPITAL),
        (names._CAPITALISED_WORD, _OLD_CAPITALISED_WORD),
    ):
        assert [m.group(0) for m in new.finditer(text)] == [m.group(0) for m in old.finditer(text)]
        assert [m.span() for m in new.finditer(text, 2)] == [
            m.span() for m in old.finditer(text, 2)
        ]
