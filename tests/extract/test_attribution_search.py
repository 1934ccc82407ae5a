"""Attribution patterns tried only where they can match find what a scan of the whole
sentence finds: reporting verbs where a verb's first word stands, a framing tail at the
last comma."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.attribution import (
    _FIRST_WORDS,
    _FRAMING_TAIL,
    _VERB,
    _framing_tail,
    _mask_abbreviations,
    _verb_matches,
)
from briefing.extract.lexicon import letter_runs

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
    "the firm Kpler",
    "on Monday",
    "agency",
    "!",
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
    first_words = _FIRST_WORDS.intersection(letter_runs(text[start:end]))
    found = list(_verb_matches(text, start, end, lowered, first_words))
    assert _spans(found) == _spans(list(_VERB.finditer(text, start, end)))


_TAILS = [
    ", the firm Kpler said.",
    ", officials said on Monday",
    ", the agency said",
    ", he told reporters.”",
    ",  Kpler, said",
    ", said",
    "",
]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=15).map("".join),
    st.sampled_from(_TAILS),
    st.lists(st.sampled_from([" ", ".", ",", "\n", "”", "said"]), max_size=3).map("".join),
)
def test_a_framing_tail_is_found_at_the_last_comma(head: str, tail: str, end: str) -> None:
    text = "ab, " + head + tail + end + ", yz"
    start, end_at = len("ab, "), len(text) - len(", yz")
    found = _framing_tail(text, start, end_at)
    scanned = _FRAMING_TAIL.search(text, start, end_at)
    assert (found and found.span()) == (scanned and scanned.span())


def test_the_stops_of_abbreviations_are_hidden_and_no_other() -> None:
    text = "Mr. and Mrs. Lee of the U.S. met Gen. Ames, XMr. U. S. St.Louis E.U. U.N.Z. Capt."
    hidden = "Mr_ and Mrs_ Lee of the U_S_ met Gen_ Ames, XMr. U. S. St_Louis E_U_ U_N_Z. Capt_"
    assert _mask_abbreviations(text).replace("\x00", "_") == hidden
