"""Patterns rewritten to search faster find exactly what their former forms found: most so
that a search skips to the letters they open with (a class of first letters outside any
case-folding, where a look-ahead or ``re.I`` made the engine try every position); one list
of words as a shared-prefix alternation."""

from __future__ import annotations

import re
import re._compiler
import re._parser

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.extract import (
    claims,
    dates,
    frames,
    lexicon,
    outlets,
    participles,
    propositions,
    sentences,
    speakers,
    speech_verbs,
    word_patterns,
)

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


def _former_words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


_FORMER_VESSELS = (
    r"(?:ships?|vessels?|tankers?|frigates?|warships?|boats?|ferry|ferries|submarines?)"
)
_FORMER_EVENT_PATTERNS = {
    "talks": _former_words(r"talks|negotiat\w*|contacts?|discuss(?:ed|ing)"),
    "control": _former_words(
        r"(?:re)?captur\w*|re(?:took|taken)|seiz\w*|liberat\w*|overr[au]n|(?:fallen|fell)"
        r"(?!\s+(?:by|to|from|below|sharply))|withdr[ae]wn|withdrew|breakthrough|"
        r"withdrawal|pulled\s+back|retreat\w*|stormed|(?:full|complete)\s+control|"
        r"(?:driv\w*|drove|push\w*|forc\w*|kick\w*)\s+(?:[\w’'-]+\s+){0,4}out\s+of"
    ),
    "control conceding": _former_words(
        r"withdr[ae]wn|withdrew|withdrawal|pulled\s+back|retreat\w*"
    ),
    "control weak": _former_words(
        r"entered|enter|took|taken|still\s+in|control\s+of|holding\s+\w+\s+positions"
    ),
    "control needs": _former_words(
        r"forces|troops|army|armed|units?|soldiers|fighters|assault|brigades?|defenders|military"
    ),
    "control denying": _former_words(r"still\s+in|holding\s+\w+\s+positions"),
    "power": _former_words(
        r"(?:lost|loses|losing|loss\s+of|without|cut)\s+(?:all\s+)?"
        r"(?:off-site\s+|outside\s+|external\s+)?power|power\s+line|supplied\s+normally"
    ),
    "power denying": _former_words(r"supplied\s+normally"),
    "blocked": _former_words(r"turned\s+back|blocked|barred|refused\s+entry|held\s+up"),
    "strike-ships": _former_words(
        r"(?:struck|hit|attacked|targeted|damaged|sank|sunk|strike\s+on)\s+(?:\w+\s+){0,3}"
        rf"{_FORMER_VESSELS}|{_FORMER_VESSELS}\s+(?:had\s+)?(?:been\s+)?"
        r"(?:struck|hit|attacked|damaged|sunk)"
    ),
    "negation": _former_words(
        r"not|no|never|neither|nor|nobody|none|nothing|false|untrue|fiction|denied|deny|denies"
    ),
}


def _event_patterns() -> dict[str, re.Pattern[str]]:
    patterns = {"negation": propositions._NEGATION}
    for event in propositions.EVENTS:
        patterns[event.kind] = event.trigger
        for part in ("conceding", "weak", "needs", "denying"):
            if getattr(event, part) is not None:
                patterns[f"{event.kind} {part}"] = getattr(event, part)
    return patterns


_EVENT_PIECES = (
    "captured", "Recaptured", "recapture", "capture", "retook", "RETAKEN", "seized", "liberated",
    "overran", "overrun", "fell", "Fallen", "fell by", "fallen to", "by", "withdrawn", "withdrew",
    "withdrawal", "pulled", "back", "retreating", "stormed", "full", "complete", "control",
    "drove", "driven", "pushed", "forced", "kicked", "them", "out", "of", "entered", "took",
    "still", "in", "holding", "their", "positions", "forces", "troops", "units", "talks",
    "negotiating", "contact", "discussed", "lost", "loses", "losing", "loss", "without", "cut",
    "all", "off-site", "external", "power", "line", "supplied", "normally", "turned", "blocked",
    "barred", "refused", "entry", "held", "up", "struck", "hit", "attacked", "sank", "strike",
    "on", "ships", "vessel", "ferries", "had", "been", "sunk", "not", "no", "none", "nobody",
    "denies", "untrue", " ", "  ", "\n", ",", "-", "’", "x", "3", "é", "ſ", "K", "\u212a", "İ",
    "ſhips", "tan\u212aer", "two", "boats", "warship", "submarines", "frigate",
    "hit the warship", "struck two boats", "a tanker had been hit", "attacked vessels",
    "damaged the ferry", "sank a submarine", "targeted frigates",
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_EVENT_PIECES), max_size=24), st.integers(0, 5))
@example(["ſtruck", " ", "ships"], 0)  # "ſ" folds to "s"
@example(["\u212aicked", " ", "them", " ", "out", " ", "of"], 0)  # the Kelvin sign: "k"
@example(["fell", " ", "by"], 0)
def test_event_patterns_find_what_their_former_forms_found(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    patterns = _event_patterns()
    assert patterns.keys() == _FORMER_EVENT_PATTERNS.keys()
    for name, pattern in patterns.items():
        former = _FORMER_EVENT_PATTERNS[name]
        found = [m.span() for m in pattern.finditer(text, start)]
        assert found == [m.span() for m in former.finditer(text, start)], name
        assert pattern.search(text) is not None or former.search(text) is None, name


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_EVENT_PIECES), max_size=24))
@example(["hit", " ", "two", " ", "ſhips"])  # "ſ" folds to "s": no shortcut for this text
@example(["struck", " ", "ferries"])
@example(["struck two boats"])
@example(["hit the warship"])
@example(["a tanker had been hit"])
def test_an_event_is_found_in_a_statement_where_its_trigger_alone_found_it(
    pieces: list[str],
) -> None:
    body = "".join(pieces)
    lowered = body.lower()
    for event in propositions.EVENTS:
        stems = propositions._EVENT_STEMS[event.kind]
        former = event.trigger.search(body) if any(s in lowered for s in stems) else None
        if former is None and event.weak and event.needs and event.needs.search(body):
            former = event.weak.search(body) if any(s in lowered for s in stems) else None
        found = event.trigger_in(body, lowered)
        assert (found and found.span()) == (former and former.span()), event.kind


def test_event_patterns_open_with_a_class_a_search_skips_by() -> None:
    for name, pattern in _event_patterns().items():
        parsed = re._parser.parse(pattern.pattern, pattern.flags)
        assert re._compiler._get_charset_prefix(parsed, pattern.flags), name


def test_an_alternative_that_opens_with_no_plain_letter_is_refused() -> None:
    for alternative in (r"(?:re)?captur\w*", "Captured", r"\bthat", ""):
        with pytest.raises(ValueError, match="must open with a letter a to z"):
            word_patterns.opening_alternatives(["talks", alternative])


def _former_demonym_countries(text: str) -> list[str]:
    countries = (lexicon.DEMONYMS.get(word.lower()) for word in re.findall("[A-Z][a-z]+", text))
    return [country for country in countries if country]


_DEMONYM_PIECES = (
    "Ukrainian", "Ukrainians", "UKRAINIAN", "ukrainian", "Russian", "Mc", "Us", "US", "us", "U.S.",
    "Western", "Iranian", "Ira", "Iran", "Indian", "India", "Dutch", "Dutché", "é", "Saudi",
    "Korean", "Kyiv", "K", "\u212a", " ", "-", "’", "3", "a", "A",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DEMONYM_PIECES), max_size=20))
@example(["McRussian", " ", "Ukrainiané"])
def test_demonyms_are_found_where_every_capitalised_word_looked_up_found_them(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert lexicon.demonym_countries(text) == _former_demonym_countries(text)


def test_the_demonym_pattern_opens_with_a_class_a_search_skips_by() -> None:
    pattern = lexicon._CAPITALISED_DEMONYM
    assert re._compiler._get_charset_prefix(re._parser.parse(pattern.pattern), pattern.flags)


_GROUP_NOUNS_LONGEST_FIRST = "|".join(
    sorted(lexicon.GROUP_NOUNS | {"groups", "organizations"}, key=len, reverse=True)
)
_FORMER_COORDINATED = re.compile(
    participles._COORDINATED.pattern.replace(
        word_patterns.word_alternation(lexicon.GROUP_NOUNS | {"groups", "organizations"}),
        _GROUP_NOUNS_LONGEST_FIRST,
    )
)
_COORDINATED_PIECES = (
    ", ", " ", "  ", ",", "and ", "but ", "though ", "while ", "when ", "he ", "she ", "they ",
    "Lind ", "Ana Pardo ", "rights ", "groups ", "group ", "officials ", "official ", "aides ",
    "aide ", "residents ", "local ", "said", "says", "say", "warned", "has ", "also ", "called ",
    "for", "on", "it ", "spoke ", "about", "adds", "notes", "— ", "- ", "-- ", "x", "\n",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_COORDINATED_PIECES), max_size=16), st.integers(0, 4))
@example(["Kyiv said so", ", and ", "local ", "officials ", "warned"], 0)
@example(["It rained ", "and ", "aides ", "said"], 0)
def test_coordinated_clauses_found_where_the_longest_first_alternation_found_them(
    pieces: list[str], start: int
) -> None:
    text = "".join(pieces)
    assert _FORMER_COORDINATED.pattern != participles._COORDINATED.pattern  # the list replaced
    found = [(m.span(), m.groupdict()) for m in participles._COORDINATED.finditer(text, start)]
    assert found == [(m.span(), m.groupdict()) for m in _FORMER_COORDINATED.finditer(text, start)]


_FORMER_OUTLET_PATTERNS = tuple(
    re.compile(pattern.replace("NP", outlets._NP), re.IGNORECASE)
    for pattern in (
        r"\bin\s+an?\s+(?:[\w.]+\s+){0,3}interview\s+(?:with|on|to)\s+NP",
        r"\bin\s+(?:a|an|his|her|their|its)\s+(?:statement|post|video|message|video\s+address|"
        r"blog\s+post|comments?|remarks|op-ed|column|article)\s+(?:posted\s+|published\s+)?"
        r"(?:on|to|in|for)\s+NP",
        r"\b(?:writing|wrote|posted|posting|said|announced|published)\s+(?:on|in)\s+"
        r"(?:his|her|their|its|a)?\s*NP",
        r"\b(?:speaking|talking|spoke)\s+(?:to|with)\s+NP",
        r"\bin\s+(?:comments|remarks)\s+to\s+NP",
        r"\btold\s+NP",
        r"\b(?:carried|published|broadcast|aired|quoted|interviewed)\s+by\s+NP",
    )
)
_OUTLET_PIECES = (
    "in", "In", "IN", "an", "a", "his", "their", "exclusive", "interview", "Interview", "with",
    "on", "to", "for", "statement", "video", "address", "blog", "post", "comments", "remarks",
    "op-ed", "posted", "published", "writing", "Wrote", "said", "SAID", "announced", "speaking",
    "talking", "spoke", "told", "Told", "carried", "broadcast", "aired", "quoted", "by", "the",
    "The", "Kyiv", "Independent", "Post", "ARD", "Reuters", "that", "last", "week", "Telegram",
    "X", "’s", "'", ".", "-", " ", "  ", "\n", ",", "3", "é", "ſ", "K", "\u212a", "İ",
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=24))
@example(["Kyiv", " ", "ſaid", " ", "on", " ", "Telegram"])  # "ſ" folds to "s"
@example(["she", " ", "told", " ", "the", " ", "Kyiv", " ", "Independent", " ", "that"])
@example(["aired", " ", "by", " ", "ARD", " ", "in", " ", "an", " ", "interview"])
def test_outlet_patterns_find_what_their_former_forms_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    for (pattern, _, _), former in zip(
        outlets._OUTLET_PATTERNS, _FORMER_OUTLET_PATTERNS, strict=True
    ):
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in former.finditer(text)], pattern


def test_outlet_patterns_open_with_a_class_a_search_skips_by() -> None:
    for pattern, _, _ in outlets._OUTLET_PATTERNS:
        parsed = re._parser.parse(pattern.pattern, pattern.flags)
        assert re._compiler._get_charset_prefix(parsed, pattern.flags), pattern.pattern


_FORMER_WEEKDAY = re.compile(
    r"\b(?:(?P<part>early|late)\s+)?(?:(?:on|last)\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?P<time>morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
_WEEKDAY_WORDS = (
    "on", "On", "ON", "last", "Last", "early", "late", "Late", "Monday", "MONDAY", "monday",
    "Tuesday", "Tueſday", "Thursday", "Friday", "Frİday", "Saturday", "Sunday", "Wednesday",
    "morning", "night", "Night", "evening", "Mondays", "one", "onward", "lately", "at", "said",
    "x", "3", "-", "ſ", "\u212a",
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_WEEKDAY_WORDS), st.sampled_from([" ", " ", "  ", "\n", ", ", ""])
        ),
        max_size=10,
    )
)
@example([("said", " "), ("late", " "), ("on", " "), ("Tueſday", " "), ("night", "")])
@example([("lately", " "), ("on", " "), ("Monday", "")])
@example([("x", " "), ("last", " "), ("Monday", "")])
@example([("Early", " "), ("last", " "), ("Friday", " "), ("evening", "")])
def test_the_weekday_pattern_finds_and_reads_what_its_former_form_did(
    words: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in words)
    found = [(m.span(), dates._weekday_in(m.group())) for m in dates._ON_WEEKDAY.finditer(text)]
    assert found == [
        (m.span(), lexicon.WEEKDAYS[word_patterns.case_key(m.group("weekday"))])
        for m in _FORMER_WEEKDAY.finditer(text)
    ]
    parsed = re._parser.parse(dates._ON_WEEKDAY.pattern, dates._ON_WEEKDAY.flags)
    assert re._compiler._get_charset_prefix(parsed, dates._ON_WEEKDAY.flags)
