"""A sentence that opens with a clause of its own speech: ``While he acknowledged A, Ham
also noted B``, ``When Lind denied it, Keller said …``.

Each half is a statement with a speaker of its own, so the sentence is read as two: the
opening clause (from its subject to the comma that closes it) and the main clause after it.
A sentence whose main clause reports nothing stays whole.
"""

from __future__ import annotations

import re

from briefing.extract.attribution import find_attribution
from briefing.extract.lexicon import SPEECH_FORMS
from briefing.extract.sentences import Sentence
from briefing.model import Span

_LEADING = re.compile(
    r"[\s“\"]*(?:While|When|Although|Though|After|As|Even\s+as|Even\s+though)\s+"
    r"(?P<lead>(?:he|she|they|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})\s+"
    r"(?:also\s+|had\s+|has\s+|first\s+|again\s+)?(?:"
    + "|".join(
        sorted(
            (f for f in SPEECH_FORMS if f.endswith(("ed", "es")) or f in ("said", "says")),
            key=len,
            reverse=True,
        )
    )
    + r")\b)"
)
_MAIN_START = re.compile(r",\s+(?=[A-Z]|he\b|she\b|they\b)")
"""The comma that closes the opening clause, before the main clause's subject."""


def split_leading_clause(text: str, sentence: Sentence, quoted: list[Span]) -> list[Sentence]:
    """``[opening clause, main clause]`` when both report speech, else ``[sentence]``."""
    lead = _LEADING.match(text, sentence.start, sentence.end)
    if lead is None:
        return [sentence]
    for comma in _MAIN_START.finditer(text, lead.end(), sentence.end):
        if any(q.start <= comma.start() < q.end for q in quoted):
            continue
        main = find_attribution(text, comma.end(), sentence.end, quoted)
        if main is None or main.speaker is None:
            return [sentence]
        start = lead.start("lead")
        return [
            Sentence(text[start : comma.start()], start, comma.start(), sentence.paragraph),
            Sentence(
                text[comma.end() : sentence.end], comma.end(), sentence.end, sentence.paragraph
            ),
        ]
    return [sentence]
