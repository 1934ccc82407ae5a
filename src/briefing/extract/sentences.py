"""Sentence splitting tuned for wire copy, with character offsets.

Written by hand rather than taken from pysbd: pysbd handles the same
abbreviations ("Mr.", "Gen.", "Dec. 3", "U.S.", "i.e.") but costs ~20 ms for a
700-word article, which alone would cap ingest near 40 articles a second; this
splitter is a single regex pass (see ``benchmarks/extract_speed.py`` for both
figures and ``tests/extract/test_sentences.py`` for the cases it must survive).
Paragraph breaks always end a sentence, and a full stop glued to the next
capitalised word ("Gerasimov.Writing") still splits.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefing.frozen import dataclass

ABBREVIATIONS: Final = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres st mt ft jr sr
    rev fr messrs mmes hon amb brig supt insp det jan feb mar apr jun jul aug sep sept oct nov
    dec mon tue tues wed thu thur thurs fri sat sun no nos vs etc approx dept est inc corp ltd
    co bros univ assn govt e.g i.e a.m p.m u.s u.k u.n e.u
    """.split()
)
"""Words that end in a full stop without ending the sentence."""

_BOUNDARY: Final = re.compile(
    r"""
    (?P<end>[.!?…][.!?…]*["”’)\]]*)  # terminal punctuation, maybe closing quotes/brackets
    (?P<gap>\s+|(?=[“"‘(\[]?[A-Z]))   # whitespace, or glued straight to a capital
    """,
    re.VERBOSE,
)
_SENTENCE_OPENER: Final = re.compile(r"[“\"]?(The|He|She|It|They|We|But|In|On|A|An|This|That)\b")
_NEXT_START: Final = re.compile(r"[“\"‘(\[]?[A-Z0-9]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


_LINE_MARKER: Final = re.compile(
    r"(?:[-*•–—]|\d{1,2}[.)]|\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EET|EEST|MSK|ET))?"
    r"\s*[—–:-])\s+(?=\S)",
    re.IGNORECASE,
)
"""What opens a line without being part of its sentence: a bullet, a list number, the
time of a live-blog entry (``14:20 —``, ``2.15pm:``)."""


@lru_cache(maxsize=1)
def split_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each non-blank line-separated paragraph, after its bullet or
    entry time. Kept for the last text: quotes and sentences are both read by paragraph."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        lead = len(line) - len(line.lstrip())
        if lead == len(line):
            continue  # a blank line
        start = match.start() + lead
        marker = _LINE_MARKER.match(text, start, match.end())
        if marker and marker.end() < match.end():
            start = marker.end()
        spans.append((start, match.end() - (len(line) - len(line.rstrip()))))
    return tuple(spans)


_LINE: Final = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for number, (start, end) in enumerate(split_paragraphs(text)):
        for piece_start, piece_end in _split_paragraph(text, start, end):
            sentences.append(Sentence(text[piece_start:piece_end], piece_start, piece_end, number))
    return sentences


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end("end")
        after = match.end()
        if after >= end or not _NEXT_START.match(text, after):
            continue
        if not match.group("gap") and text[cut - 1] not in ".!?":
            continue
        if _is_abbreviation(text, begin, match.start("end"), match.group("end"), after):
            continue
        pieces.append((begin, cut))
        begin = after
    if begin < end:
        pieces.append((begin, end))
    return pieces


def _is_abbreviation(text: str, begin: int, dot: int, punctuation: str, after: int) -> bool:
    """A full stop that belongs to the word before it rather than ending the sentence.
    Reads at most 40 characters either side: a run-on text without a cut must not be
    read again from its start at every full stop."""
    if punctuation != ".":
        return False
    word = _word_before(text, max(begin, dot - 40), dot)
    if not word:
        return False
    lowered = word.lower()
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if lowered in ABBREVIATIONS or lowered.rstrip(".") in ABBREVIATIONS:
        if lowered in ("u.s", "u.k", "u.n", "e.u", "etc", "a.m", "p.m", "inc", "ltd", "corp", "co"):
            # These also end sentences: split when a new sentence clearly starts.
            return not _SENTENCE_OPENER.match(text, after)
        return True
    return False


_WORD_OR_STOP: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _word_before(text: str, start: int, end: int) -> str:
    """The word that ends at ``end`` (after ``start``): ASCII letters and stops, opening with
    a letter, as ``[A-Za-z][A-Za-z.]*$`` finds it; "" when there is none. Read back from
    ``end``: the pattern was tried at each of the forty characters before the stop. As
    ``$`` does, a newline just before ``end`` is passed over."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    at = end
    while at > start and text[at - 1] in _WORD_OR_STOP:
        at -= 1
    while at < end and text[at] == ".":
        at += 1
    return text[at:end]
