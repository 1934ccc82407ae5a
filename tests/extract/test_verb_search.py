"""The reporting verbs found by looking only where a verb's first word stands are the verbs
the full pattern finds scanning the whole sentence."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.attribution import _FIRST_WORDS, _VERB, _WORDS, _verb_matches

_PIECES = [
    *" ,.-_'’“”\n",
    "said",
    "SAID",
    "Said",
    "saidx",
    "xsaid",
    "2said",
    "told",
    "according to",
    "According  to",
    "poured cold water on",
    "warned",
    "İ",
    "é",
    "the",
    "reporters",
]


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in matches]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=25).map("".join),
    st.integers(min_value=0, max_value=4),
)
def test_the_verbs_found_at_first_words_are_the_verbs_of_a_full_scan(
    text: str, margin: int
) -> None:
    text = "ab " * margin + text + " yz" * margin
    start, end = len("ab ") * margin, len(text) - len(" yz") * margin
    lowered = text[start:end].lower()
    first_words = _FIRST_WORDS.intersection(_WORDS.findall(lowered))
    found = list(_verb_matches(text, start, end, lowered, first_words))
    assert _spans(found) == _spans(list(_VERB.finditer(text, start, end)))
