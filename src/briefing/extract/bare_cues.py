"""A bare cue and what it introduces: ``Vance said:``, ``Okafor responded.``, ``The
governor added:`` with the paragraph after it set off as a block quote.

A bare cue names a speaker but says nothing itself; the quote or the block after it is
what was said.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.attribution import Attribution
from briefing.extract.sentences import Sentence
from briefing.extract.ties import Found
from briefing.frozen import evolve
from briefing.model import Span

_ADVERBIAL_ONLY: Final = re.compile(
    r"^\s*(?:(?:reporters|journalists|the\s+press|the\s+crowd|the\s+audience|him|her|them|us|me)"
    r"\b\s*)?"
    r"(?:(?:(?:to|from|in|at|on|with|during|after|before|over|via|through)\b(?:\s+[\w’'.\-]+){0,4})|"
    r"(?:(?:later|again|also|then|afterward|afterwards|simply|briefly|only|(?:on\s+)?(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|tonight|earlier|"
    r"recently)\b(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s+(?:to|in|at|on|during|after|before|with)\b(?:\s+[\w’'.\-]+){1,4})?))?[\s.:;!]*$",
    re.IGNORECASE,
)
"""What may follow a bare cue without reporting anything: "to reporters in Kyiv", "on
Tuesday at a briefing" — but "on Tuesday the road was closed" reports."""


def says_nothing(text: str, sentence: Sentence, attribution: Attribution) -> bool:
    """Nothing reported on either side of the cue: "Vance said:", "Okafor responded." """
    speaker = attribution.speaker.mention if attribution.speaker else None
    lead = attribution.verb_span.start
    if speaker is not None and speaker.span is not None:
        lead = min(lead, speaker.span.start)
    before = text[sentence.start : lead].split()
    if before[:1] and before[0].lower() in ("the", "a", "an", "his", "her", "their", "its"):
        before = before[1:]  # "The minister said on Monday."
    after = text[attribution.content_start : sentence.end]
    # "On July 6, Lund made the following comment:": what comes before may set the scene
    if attribution.according_to or not (len(before) <= 1 or after.rstrip().endswith(":")):
        return False
    return bool(_ADVERBIAL_ONLY.match(after))


def in_block(
    sentence: Sentence, index: int, previous: Found, attribution: Attribution | None
) -> bool:
    """Is this sentence a paragraph quoted without marks after "The governor added:", or a
    later sentence of one?"""
    if index != previous.sentence + 1:
        return False
    if previous.opens_block:
        return sentence.paragraph == previous.paragraph + 1 and attribution is None
    return previous.block and sentence.paragraph == previous.paragraph and attribution is None


def quoted_block(text: str, sentence: Sentence, index: int, previous: Found) -> Found | None:
    """The block's first sentence as a direct statement of the cue's speaker; a later one
    joins the statement already begun (and nothing new is returned)."""
    start = sentence.start
    if previous.block:
        start = previous.statement.span.start
    span = Span(start, sentence.end)
    statement = evolve(
        previous.statement, kind="direct", text=text[span.start : span.end], span=span
    )
    if previous.block:
        previous.statement, previous.sentence = statement, index
        return None
    return Found(statement, index, sentence.paragraph, block=True)
