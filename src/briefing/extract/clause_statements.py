"""The statements a participle or second clause gives a sentence, beside its own.

``Smith said A, adding that B`` is two statements; ``The mayor met the protesters,
saying the road would reopen`` is one, by the mayor, in the clause; ``“A,” Lind said,
adding later, “B”`` is two quotes; ``Odum attacked Lind for her vote, saying, “…”`` is
the main clause and the quote. ``participles`` finds the clause; this module builds its
statement and trims the sentence's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefing.extract.attribution import find_attribution
from briefing.extract.coreference import SpeakerMemory
from briefing.extract.cues import cue_fields, indirect_part
from briefing.extract.dates import find_dates
from briefing.extract.lexicon import GROUP_NOUNS
from briefing.extract.participles import ParticipleClause
from briefing.extract.quotes import Quote
from briefing.extract.sentences import Sentence
from briefing.extract.speakers import ROLE_WORDS, parse_speaker
from briefing.extract.ties import Found
from briefing.frozen import evolve
from briefing.model import UNDATED, Document, ExtractedStatement, Span, SpeakerMention

_NOUN_WORDS: Final = (
    ROLE_WORDS | GROUP_NOUNS | frozenset("the a an of for and to de van von al bin".split())
)
_LEADING_ADVERBIAL: Final = re.compile(
    r"^\s*(?:(?:In|On|At|After|Before|During|Speaking|Writing|Asked|Later|Earlier|Meanwhile|"
    r"Separately|But|And|However|Still|Yet|Also|Then|Since|Despite|Following|Last|This|"
    r"Earlier\s+this|[A-Z][a-z]{3,}(?:ed|ing|ly))\b[^,]{0,80},\s*(?:[a-z][^,]{0,80},\s*)*)+"
)
"""``During the rally,``, ``Chastened by the analyses, as well as the costs,``: what comes
before the subject."""


_TOKEN: Final = re.compile(r"[\w’'.\-]+")


def subject_phrase(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The words before the main verb (``The mayor`` of ``The mayor met …``), with their
    offset: up to the first lower-case word that is no determiner, role or name particle."""
    sentence = text[start:end]
    lead = _LEADING_ADVERBIAL.match(sentence)
    offset = lead.end() if lead else 0
    last_end = None
    for word in _TOKEN.finditer(sentence[offset:]):
        value = word.group()
        if not (value[:1].isupper() or value[:1].isdigit() or value.lower() in _NOUN_WORDS):
            break
        if last_end is not None and "," in sentence[offset + last_end : offset + word.start()]:
            break  # "Howard Dean, a medical doctor, then appeared": the name, not its aside
        last_end = word.end()
    if last_end is None:
        return None
    return sentence[offset : offset + last_end], start + offset


def participle_statements(
    text: str,
    sentence: Sentence,
    index: int,
    clause: ParticipleClause,
    item: Found | None,
    speakers: SpeakerMemory,
    document: Document,
    quotes: Sequence[Quote] = (),
) -> list[Found]:
    """The sentence's statements with its participle clause as one of its own.

    An indirect statement whose reporting verb stands before the clause ends at the
    comma; a quote keeps its words; a sentence with no statement yet gets the
    clause, said by the subject of the sentence when that names a speaker."""
    kept = [item] if item is not None else []
    speaker = item.statement.speaker if item is not None else None
    main = (  # the report of the main clause, before the comma, read once
        find_attribution(text, sentence.start, clause.comma, [])
        if clause.relative or (item is not None and item.statement.kind == "indirect")
        else None
    )
    if clause.subject is not None:
        own = parse_speaker(text[clause.subject.start : clause.subject.end], clause.subject.start)
        resolved: SpeakerMention | None
        if speaker is not None and (
            # "The backing came from Ruth Ames, a former senator, who said …": nothing is
            # reported before the relative clause, so the sentence's speaker is its antecedent
            (clause.relative and (main is None or main.speaker is None))
            or (own is not None and own.reference in ("person", "group"))
        ):
            resolved = speaker  # "Ames said …, but she added …": the sentence's own speaker
        else:
            resolved = speakers.resolve(own) if own is not None else None
        if resolved is None or resolved.kind == "unattributed":
            return kept
        speaker = resolved
    if item is None:
        if clause.subject is None:
            subject = subject_phrase(text, sentence.start, clause.comma)
            phrase = parse_speaker(*subject) if subject else None
            speaker = speakers.resolve(phrase) if phrase is not None else None
            if speaker is None or speaker.kind == "unattributed":
                return []
    elif item.statement.kind == "indirect":
        if item.statement.span != Span(sentence.start, sentence.end):
            return kept
        if (main is None or main.speaker is None) and (clause.subject is None or clause.relative):
            return kept  # "…, saying" belongs to a verb after it: one statement as it was
        body_end = clause.comma
        while body_end > sentence.start and text[body_end - 1] in " ,;":
            body_end -= 1  # "…, with three in 10 saying": the main clause without its comma
        body = text[sentence.start : body_end]
        shorter = evolve(item.statement, text=body, span=Span(sentence.start, body_end))
        # "His ex-wife agreed, but …" says nothing of its own; "The talks ended, though
        # officials said …" reports nothing at all: the clause alone is the statement
        bare = main is None or not text[main.content_start : body_end].strip(" ,;:.")
        kept = (
            []
            if clause.means or bare or main is None or main.speaker is None
            else [evolve(item, statement=shorter)]
        )
    elif item.statement.span.end > clause.span.start:
        if item.statement.span.start < clause.span.start and item.statement.kind == "direct":
            return _quotes_on_both_sides(text, clause, item, quotes)
        if item.statement.span.start > clause.span.start:
            return _main_clause_too(text, sentence, clause, item, speakers)
        return kept  # the clause sits inside the quoted words' sentence frame
    assert speaker is not None
    end = clause.span.end
    while end > clause.span.start and text[end - 1] in " .;":
        end -= 1
    base = item.statement if item is not None else None
    statement = ExtractedStatement(
        text=text[clause.span.start : end],
        kind="indirect",
        span=Span(clause.span.start, end),
        speaker=speaker,
        date=base.date if base is not None else _date_before(text, sentence, clause, document),
        outlet=base.outlet if base is not None else None,
        outlet_span=base.outlet_span if base is not None else None,
        venue=base.venue if base is not None else None,
        **cue_fields(text, clause.span.start, end),
    )
    return [*kept, Found(statement, index, sentence.paragraph)]


def _quotes_on_both_sides(
    text: str, clause: ParticipleClause, item: Found, quotes: Sequence[Quote]
) -> list[Found]:
    """``“A,” Lind said, adding later, “B.”``: two statements, one on each side of the
    participle (a quote split by a plain ``she said`` stays one)."""
    said = item.statement.span
    before = [q for q in quotes if said.start <= q.inner.start and q.span.end <= clause.comma]
    after = [q for q in quotes if q.span.start >= clause.span.start and q.inner.end <= said.end]
    if not before or not after:
        return [item]
    halves = []
    for part in (before, after):
        span = Span(part[0].inner.start, part[-1].inner.end)
        words = " ".join(q.text(text) for q in part)
        halves.append(
            Found(evolve(item.statement, text=words, span=span), item.sentence, item.paragraph)
        )
    return halves


def _main_clause_too(
    text: str, sentence: Sentence, clause: ParticipleClause, item: Found, speakers: SpeakerMemory
) -> list[Found]:
    """``Odum attacked Lind for her vote, saying, “…”``: the quote is the participle's; the
    main clause, with a verb of speech of its own, is a statement too. With none, the quote
    is still said by the main clause's subject (``Dean poked at Trump, tweeting, “…”``)."""
    main = find_attribution(text, sentence.start, clause.comma, [])
    if main is None or main.speaker is None:
        subject = subject_phrase(text, sentence.start, clause.comma)
        phrase = parse_speaker(*subject) if subject else None
        who = speakers.resolve(phrase) if phrase is not None else None
        if who is None or who.kind == "unattributed":
            return [item]
        return [evolve(item, statement=evolve(item.statement, speaker=who))]
    end = clause.comma
    while end > sentence.start and text[end - 1] in " ,;":
        end -= 1
    if len(text[main.content_start : end].split()) < 3:
        return [item]  # "Odum said, adding, “…”", "defended the remark": nothing of its own
    statement = indirect_part(text, item.statement, Span(sentence.start, end))
    return [Found(statement, item.sentence, item.paragraph), item]


def _date_before(text: str, sentence: Sentence, clause: ParticipleClause, document: Document):
    """The date the main clause gives (``The mayor met them on Tuesday, saying …``)."""
    mentions = find_dates(text[sentence.start : clause.comma], document.published, sentence.start)
    return mentions[0].when if mentions else UNDATED
