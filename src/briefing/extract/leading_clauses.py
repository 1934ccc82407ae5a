"""A sentence that opens with a clause of its own speech: ``While he acknowledged A, Ham
also noted B``, ``When Lind denied it, Keller said …``.

Each half is a statement with a speaker of its own, so the sentence is read as two: the
opening clause (from its subject to the comma that closes it) and the main clause after it.
A sentence whose main clause reports nothing stays whole. An opening participle
(``Claiming the criticism is unfair, Trump told Fox …``) is a statement of the main
clause's speaker.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.attribution import find_attribution
from briefing.extract.cues import indirect_part
from briefing.extract.lexicon import SPEECH_FORMS
from briefing.extract.sentences import Sentence
from briefing.extract.ties import Found
from briefing.frozen import evolve
from briefing.model import Span

_LEADING: Final = re.compile(
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
_MAIN_START: Final = re.compile(r",\s+(?=[A-Z]|he\b|she\b|they\b)")
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


_LEADING_PARTICIPLE: Final = re.compile(
    r"[\s“\"]*(?:(?:After|Before|While|By)\s+)?(?P<cue>(?i:saying|claiming|arguing|insisting|"
    r"noting|warning|citing|calling|accusing|acknowledging|conceding|stressing|promising|"
    r"vowing|complaining|lamenting|defending))\b[^,;“”\"]{8,200}?,\s+(?=[A-Z]|he\b|she\b|they\b)"
)
"""``Claiming the criticism is unfair, Trump told Fox …``, ``After saying her foot was
swollen, she was whisked off …``: a participle clause before its subject."""


def leading_participle(text: str, sentence: Sentence) -> Span | None:
    """The participle clause a sentence opens with, from the participle to its comma."""
    found = _LEADING_PARTICIPLE.match(text, sentence.start, sentence.end)
    if found is None:
        return None
    comma = text.rindex(",", found.start("cue"), found.end())
    return Span(found.start("cue"), comma)


def participle_first(text: str, clause: Span, main: Found) -> list[Found]:
    """The opening participle as a statement of the main clause's speaker, and the main
    clause's own statement without it."""
    statement = main.statement
    opening = indirect_part(text, statement, clause)
    if statement.kind == "indirect" and statement.span.start <= clause.start:
        start = clause.end + 1
        while start < statement.span.end and text[start] == " ":
            start += 1
        rest = Span(start, statement.span.end)
        main = evolve(
            main, statement=evolve(statement, text=text[rest.start : rest.end], span=rest)
        )
    return [Found(opening, main.sentence, main.paragraph), main]
