"""Patterns rewritten so that a search skips to the letters they open with (a class of
first letters outside any case-folding, where a look-ahead or ``re.I`` made the engine try
every position) find exactly what their former forms found."""

from __future__ import annotations

import re
import re._compiler
import re._parser

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.extract import claims, frames, sentences, speakers, speech_verbs

_FORMER = {
    claims._CLAIM_CONTENT: re.compile(r"(?=[tr])(?:\bthat\b|\breports?\s+of\b)", re.I),
    claims._CONTENT: re.compile(
        r"(?=[trca])\b(?:that|(?:reports?|claims?|accounts?|rumou?rs?)\s+of)\s+(?P<content>.+)$",
        re.I | re.S,
    ),
    claims._REPORTING: re.compile(
        r"(?=[rca])\b(?:reported|reportedly|claimed|alleged|allegedly|asserted)\b", re.I
    ),
    claims._POINTS_BACK: re.compile(
        r"(?=[rcanas])\b(?:reports?|claims?|assertions?|allegations?|notion|account|accounts|"
        r"rumou?rs?|stor(?:y|ies))\b",
        re.I,
    ),
    frames._FUTURE: re.compile(
        r"(?=[wepdsn])\b(?:will|would|expected|plans?|planned|due|scheduled|next)\b", re.I
    ),
    speech_verbs.PASSIVE: re.compile(
        r"(?=[wbia])\b(?:was|were|been|being|is|are|be)\s+(?:(?:first|also|later|widely|\w+ly)\s+)?$",
        re.IGNORECASE,
    ),
    speech_verbs._DETERMINER_BEFORE: re.compile(
        r"(?=[athi])\b(?:a|an|the|this|that|its|his|her|their)\s+$", re.IGNORECASE
    ),
    speech_verbs._CARRIES_ON: re.compile(
        r"(?=[ck])\b(?:continues?|continued|keeps?|kept)\s+to\s+$", re.IGNORECASE
    ),
    sentences._BOUNDARY: re.compile(r"(?P<end>[.!?…]+[\"”’)\]]*)(?P<gap>\s+|(?=[“\"‘(\[]?[A-Z]))"),
}
_PIECES = (
    "that", "That", "THAT", "tHaT", "thats", "athat", "reports of", "Reports  of", "REPORT OF",
    "reporters", "claims of", "Claim of", "account of", "ACCOUNTS of", "rumours of", "rumors of",
    "rumor of", "t", "r", "c", "a", "ſ", "K", "İ", "of", "the", ".", "!", "?", "…", "”", "“", ")",
    " ", "  ", "\n", "-", "3", "Kyiv", "said", "’", "was", "Were", "BEEN", "being", "is", "are",
    "be", "first", "widely", "quickly", "will", "would", "expected", "plans", "Planned", "due",
    "next", "Scheduled", "reported", "reportedly", "claimed", "alleged", "allegedly", "asserted",
    "report", "claims", "assertions", "allegation", "notion", "account", "rumour", "story",
    "stories", "ſtory", "İs", "é", "nextly", "A", "an", "The", "this", "That", "its", "His",
    "her", "their", "continue", "Continues", "continued", "keep", "KEEPS", "kept", "to", "TO",
    "Keep", "K",
)  # fmt: skip


@st.composite
def texts(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=20)))


@settings(max_examples=600, deadline=None)
@given(texts(), st.integers(0, 5))
@example("the ſtory was reported", 0)  # "ſ" folds to "s" under re.I
@example("it İs ", 0)  # "İ" folds to "i"
@example("they \u212aept to ", 0)  # the Kelvin sign folds to "k"
def test_each_rewritten_pattern_finds_what_its_former_form_found(text: str, start: int) -> None:
    for pattern, former in _FORMER.items():
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start)]
        assert found == [(m.span(), m.groupdict()) for m in former.finditer(text, start)]
        assert bool(pattern.search(text)) == bool(former.search(text))


def test_each_rewritten_pattern_opens_with_a_class_a_search_skips_by() -> None:
    for pattern, former in _FORMER.items():
        parsed = re._parser.parse(pattern.pattern, pattern.flags)
        assert re._compiler._get_charset_prefix(parsed, pattern.flags), pattern.pattern
        was = re._parser.parse(former.pattern, former.flags)
        assert not re._compiler._get_charset_prefix(was, former.flags), former.pattern


_FORMER_SHARE_HINT = re.compile(r"\d|half|third|quarter|fifth|major|minor|most|many|\bin\s+\w+$")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["half", "thirds", "in", "in the", "win", "most", "3", "٣", "of", " ", "x"])
    )
)
def test_the_share_hint_in_two_parts_hints_where_the_one_pattern_did(pieces: list[str]) -> None:
    lowered = "".join(pieces)
    hinted = any(w in lowered for w in speakers._SHARE_WORDS) or speakers._SHARE_HINT.search(
        lowered
    )
    assert bool(hinted) == bool(_FORMER_SHARE_HINT.search(lowered))
