"""The units a document is read in: sentences, joined where one quote or a quoted question
and its tag run across a full stop, and headings, which are no statements (a live blog's
day heading dates the entries under it).
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.dates import find_dates
from briefing.extract.lexicon import REPORTING_VERBS
from briefing.extract.quotes import QuoteIndex
from briefing.extract.sentences import Sentence
from briefing.model import DateSpan, Document


def is_heading(sentence: Sentence) -> bool:
    stripped = sentence.text.strip()
    count = len(stripped.split(None, 11))  # up to 12: enough to tell "at most 10"
    if count <= 2 and stripped.endswith(":"):
        # "Related:", "Read more:": a label, not a sentence; "Limbaugh added:" is a cue
        words = stripped[:-1].split()
        return not words or words[-1].lower() not in REPORTING_VERBS
    return count <= 10 and stripped[-1:] not in '.!?”"’:' and "“" not in stripped


def heading_day(text: str, sentence: Sentence, document: Document) -> DateSpan | None:
    """ "Thursday, 22 August": a live blog's day heading, the day of the entries under it."""
    if len(sentence.text.split(None, 6)) > 5:
        return None
    days = [
        m.when
        for m in find_dates(sentence.text, document.published, sentence.start)
        if m.kind in ("month_day", "day_month", "iso")
    ]
    return days[0] if len(days) == 1 else None


def join_quotes(parts: list[str]) -> str:
    """The halves of a split quote read as one: a lower-case half continues the sentence."""
    joined = parts[0]
    for part in parts[1:]:
        joined += (", " if part[:1].islower() else " ") + part
    return joined


_ASKED_THEN_SAID: Final = re.compile(r"[?!][”\"]\s*$")
_TAG: Final = re.compile(
    r"(?:[A-Z][\w.’'\-]*\s+){1,4}(?:said|says|asked|asks|added|wrote|replied|demanded|"
    r"insisted|declared|countered|responded|answered|exclaimed|wondered|shouted|told)\b"
)
"""``“Who would have believed it?” Trump said, …``: a quote ending in ? or ! and the tag
after it are one sentence."""


def merge_quoted(sentences: list[Sentence], quotes: QuoteIndex) -> list[Sentence]:
    """Sentences inside one quote (“No depot. A school.”) form one unit with its attribution,
    as do a question quoted and the tag after it."""
    merged: list[Sentence] = []
    for sentence in sentences:
        if (
            merged
            and merged[-1].paragraph == sentence.paragraph
            and (
                (
                    (around := quotes.at(sentence.start)) is not None
                    and around.span.start < merged[-1].end <= sentence.start < around.span.end - 1
                )
                or (_ASKED_THEN_SAID.search(merged[-1].text) and _TAG.match(sentence.text))
            )
        ):
            last = merged.pop()
            sentence = Sentence(
                last.text + " " * (sentence.start - last.end) + sentence.text,
                last.start,
                sentence.end,
                last.paragraph,
            )
        merged.append(sentence)
    return merged
