"""Where in a sentence to look for when and through whom something was said.

The frame is the part of a sentence that describes the speech act rather than
what was said: for ``X said on Tuesday that …`` the words up to ``that`` and
just after the verb; for ``…, officials said on Thursday.`` the trailing
clause; for direct speech everything outside the quote. Dates and outlets
inside the reported content ("fell to Russian forces in May") belong to the
content, not to the statement — unless the frame has none and the content
names one past day, which is then taken as the day of the event reported.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.attribution import Attribution
from briefing.extract.sentences import Sentence
from briefing.extract.word_patterns import opening_words
from briefing.frozen import dataclass
from briefing.model import Span

Region = tuple[int, int]

WINDOW_AFTER_VERB: Final = 60
WINDOW_WORDS: Final = 6
_CLAUSE_WORDS: Final = frozenset(
    "that had has have was were is are been will would could should its his her their "
    "they he she it we".split()
)
_TRAILING_CLAUSE: Final = re.compile(
    r",\s*(?:in|at|during|on|speaking|told|according|writing|citing)\b", re.IGNORECASE
)
_FUTURE: Final = re.compile(
    opening_words("will would expected plan plans planned due scheduled next".split()) + r"\b"
)


@dataclass(frozen=True)
class Frame:
    regions: tuple[Region, ...]
    """Where the speech act is described."""
    content: Region | None = None
    """The reported content, when its own dates may stand in for the statement's."""


def direct_frame(sentence: Sentence, quoted: list[Span]) -> Frame:
    return Frame(tuple(outside(sentence, quoted)))


def indirect_frame(text: str, sentence: Sentence, attribution: Attribution) -> Frame:
    verb = attribution.verb_span
    if _is_trailing(text, sentence, attribution):
        comma = _last_comma_before(text, sentence.start, verb.start, attribution.according_to)
        content = (sentence.start, comma)
        fallback = None if _FUTURE.search(text[content[0] : content[1]]) else content
        return Frame(((comma, sentence.end),), fallback)
    end = max(attribution.content_start, verb.end)
    regions = [(sentence.start, end), (verb.end, _window_end(text, verb.end, sentence.end))]
    comma = text.rfind(",", end, sentence.end)
    closing = comma >= 0 and "“" not in text[comma : sentence.end]
    if closing and _TRAILING_CLAUSE.match(text, comma, sentence.end):
        regions.append((comma, sentence.end))
    return Frame(tuple(regions))


def whole_sentence(sentence: Sentence) -> Frame:
    return Frame(((sentence.start, sentence.end),))


def outside(sentence: Sentence, spans: list[Span]) -> list[Region]:
    """The stretches of a sentence outside the given spans (its quotes)."""
    pieces, position = [], sentence.start
    for span in sorted(spans, key=lambda s: s.start):
        if span.start > position:
            pieces.append((position, span.start))
        position = max(position, span.end)
    if position < sentence.end:
        pieces.append((position, sentence.end))
    return pieces or [(sentence.start, sentence.start)]


def _is_trailing(text: str, sentence: Sentence, attribution: Attribution) -> bool:
    """``…, officials said on Thursday.``: the speech act closes the sentence."""
    verb = attribution.verb_span
    after = text[verb.end : sentence.end]
    if ("that" in after and _THAT.search(after)) or len(after.split()) > 9:
        return False
    return (
        _last_comma_before(text, sentence.start, verb.start, attribution.according_to)
        > sentence.start
    )


def _last_comma_before(text: str, start: int, verb_start: int, speaker_follows: bool) -> int:
    """The comma that opens the attribution clause, skipping any appositive around the speaker."""
    if text.find("“", start, verb_start) < 0 and text.find("(", start, verb_start) < 0:
        commas = _last_commas(text, start, verb_start)  # nothing opens: every comma counts
    else:
        commas = _commas_outside_quotes(text, start, verb_start)
    if not commas:
        return start
    if not speaker_follows and text[commas[-1] : verb_start].strip(" ,") == "" and len(commas) >= 3:
        return commas[-3]  # "…, Oleh Syniehubov, the regional governor, said."
    return commas[-1]


def _last_commas(text: str, start: int, end: int) -> list[int]:
    """The last three commas between ``start`` and ``end``, in order: all that
    ``_last_comma_before`` reads, found from the end rather than by a walk over each
    character."""
    commas: list[int] = []
    at = end
    while len(commas) < 3 and (at := text.rfind(",", start, at)) >= 0:
        commas.append(at)
    return commas[::-1]


def _commas_outside_quotes(text: str, start: int, end: int) -> list[int]:
    depth, commas = 0, []
    for index in range(start, end):
        char = text[index]
        if char in "“(":
            depth += 1
        elif char in "”)" and depth:
            depth -= 1
        elif char == "," and depth == 0:
            commas.append(index)
    return commas


def _window_end(text: str, start: int, end: int) -> int:
    """Just after the verb: "said on Tuesday", "told Reuters late Wednesday".

    A few words at most, and none of them the start of the reported clause
    ("said at least 30 people had died last week" keeps last week to the content).
    """
    stop = min(end, start + WINDOW_AFTER_VERB)
    words = text[start:stop].split(maxsplit=WINDOW_WORDS)  # what \S+ finds
    for count, word in enumerate(words):
        if count >= WINDOW_WORDS or word.lower().strip(",.") in _CLAUSE_WORDS:
            return _start_of_word(text, start, words, count)
    while stop < end and text[stop].isalnum():
        stop += 1
    return stop


def _start_of_word(text: str, start: int, words: list[str], count: int) -> int:
    """Where ``words[count]`` begins, the words split from ``text`` at ``start``: each is
    found after the one before it, as only whitespace stands between them."""
    at = start
    for word in words[:count]:
        at = text.find(word, at) + len(word)
    return text.find(words[count], at)


_THAT: Final = re.compile(r"\bthat\b")
