"""Who a sentence's statement is by, when its first reporting verb is not the whole story.

A quote belongs to the verb just before it (``When Clinton noted that …, Trump boasted,
“…”``) or to a name saying it (``footage of Trump saying, “…,” when Clinton blasted
him``); a ``she`` is the person the sentence opens with (``Alice Marlow was booed when
she said``); and a sentence opening with ``He`` or ``She`` keeps that person as its
subject, so a later ``she`` is not a woman named in passing inside it.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.attribution import Attribution, find_attribution
from briefing.extract.coreference import SpeakerMemory
from briefing.extract.first_names import pronoun_fits
from briefing.extract.quotes import Quote
from briefing.extract.sentences import Sentence
from briefing.extract.speakers import SpeakerPhrase, parse_speaker
from briefing.model import Span, SpeakerMention

_NAME_SAYING: Final = re.compile(
    r"(?P<who>\b[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})\s+(?P<verb>saying)"
    r"(?:\s+[^,;“\"]{1,40})?$"
)
"""``… of Trump saying during the debate, “…”``: a name with "saying" just before a quote."""
_PERSON_PRONOUN_OPENING: Final = re.compile(r"[\s“\"]*(He|She)\b")
TITLES_ONLY: Final = re.compile(
    r"[\s“\"]*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof)\.?\s+|"
    r"(?!(?:However|But|And|After|Before|When|While|In|On|At|As|If|Then|Still|Yet|Also|"
    r"Later|Earlier|Meanwhile|The|A|An|This|That)\b)[A-Z][\w.\-]*\s+){0,5}"
)
"""What may stand before the person a sentence opens with: titles and capitalised words of
a title ("House Speaker Paul Ryan", "Vermont Sen. Bernie Sanders"), not an opening word."""


_TRAILING_PRONOUN: Final = re.compile(r",\s*(?:he|she|they)\s+(?:\w+ly\s+)?$")


def sentence_subject(
    text: str,
    sentence: Sentence,
    attribution: Attribution | None,
    people: list[tuple[int, SpeakerMention]],
    speakers: SpeakerMemory,
    quoted: list[Span],
) -> SpeakerMention | None:
    """ "Alice Marlow was booed on Thursday when she said …": "she" is the person the sentence
    opens with, before anyone named in earlier sentences."""
    if attribution is None or attribution.speaker is None or not people:
        return None
    if attribution.speaker.reference != "person" or not attribution.speaker.words:
        return None
    pronoun = attribution.speaker.words[-1]
    people = [(o, p) for o, p in people if not any(q.start <= o < q.end for q in quoted)]
    if not people:
        return None  # "“Mr. President, will you pledge …?” he asks": named in the quote
    offset, person = people[0]
    if offset >= attribution.verb_span.start or person.kind != "person":
        return None
    if not TITLES_ONLY.fullmatch(text, sentence.start, offset):
        # "His guest, the actress Kamala Lopez, was moved as she called for …": the one
        # person named before the pronoun in its own sentence, not someone named before it;
        # but in "People like Scott, he said." the name is in what was said
        if _TRAILING_PRONOUN.search(text, sentence.start, attribution.verb_span.start):
            return None
        named = {
            p.name
            for o, p in people
            if o < attribution.verb_span.start
            and p.kind == "person"
            and pronoun_fits(pronoun, p.name, p.gender)
        }
        if len(named) != 1:
            return None
        person = next(p for o, p in people if p.name in named)
    elif not pronoun_fits(pronoun, person.name, person.gender):
        return None
    return speakers.resolve_name(person)


def resolve_attribution(
    attribution: Attribution | None, speakers: SpeakerMemory
) -> SpeakerMention | None:
    if attribution is None or attribution.speaker is None:
        return None
    return speakers.resolve(attribution.speaker)


def verb_at_quote(
    text: str, sentence: Sentence, quote: Quote, inside: list[Quote], first: Attribution
) -> Attribution:
    """ "When Clinton noted that …, Trump boasted, “That makes me smart.”": the quote is the
    words of the verb just before it, not of the sentence's first verb."""
    before = text[sentence.start : quote.span.start].rstrip(" ,:")
    verb_end = sentence.start + len(before)
    saying = (
        _NAME_SAYING.search(text, sentence.start, verb_end)
        if text.find(" saying", sentence.start, verb_end) >= 0
        else None
    )
    if saying and first.verb_span.start >= quote.span.start:
        # "footage of Trump saying during the debate, “…,” when Clinton blasted him": Trump's
        phrase = parse_speaker(saying.group("who"), saying.start("who"))
        verb = Span(saying.start("verb"), saying.end("verb"))
        return Attribution("saying", verb, phrase, quote.span.start) if phrase else first
    if first.verb_span.end >= verb_end - 1 or first.verb_span.start >= quote.span.start:
        return first
    boundary = max(before.rfind(mark) for mark in ",;―—–")
    clause_start = sentence.start + boundary + 1 if boundary >= 0 else sentence.start
    if clause_start >= verb_end:
        return first
    near = find_attribution(text, clause_start, verb_end, [q.span for q in inside])
    if near is None or near.speaker is None or near.verb_span.end < verb_end - 1:
        return first
    return near


def note_pronoun_subject(
    text: str,
    sentence: Sentence,
    people: list[tuple[int, SpeakerMention]],
    speakers: SpeakerMemory,
    speaker: SpeakerMention | None,
) -> None:
    """The person a sentence is about stays salient for the next "he" or "she": its subject
    ("She has faced …", "In defeat, the president appeared cowed."), else the person who
    speaks in it ("“…,” Mr. Obama said, not needing to name Ali" — Obama, not Ali)."""
    opening = _PERSON_PRONOUN_OPENING.match(text, sentence.start)
    if opening and not any(o < opening.end() for o, _ in people):
        who = speakers.resolve(SpeakerPhrase(None, "person", (opening.group(1).lower(),)))
        if who is not None and who.kind == "person":
            speakers.opened(who, sentence.start, sentence.end)
            return
    described = _DESCRIBED_SUBJECT.match(text, sentence.start, sentence.end)
    if described and not any(o < described.end() for o, _ in people):
        phrase = parse_speaker(described.group("who"), described.start("who"))
        who = speakers.resolve(phrase) if phrase and phrase.reference == "description" else None
        if who is not None and who.kind == "person":
            speakers.note_named(who, described.start("who"))
            speakers.opened(who, sentence.start, sentence.end)
            return
    if speaker is not None and speaker.kind == "person":
        speakers.opened(speaker, sentence.start, sentence.end)


_DESCRIBED_SUBJECT: Final = re.compile(
    r"[\s“\"]*(?:[A-Z][^,;“”\"]{0,60},\s+)?(?P<who>[Tt]he\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:president|senator|governor|mayor|nominee|candidate|secretary|minister|congressman|"
    r"congresswoman|chancellor|premier|general|commander|chairman|chairwoman|chief))"
    r"(?:\s+(?:also\s+|then\s+|later\s+|again\s+)?[a-z]|[’']s\s)"
)
"""``In defeat, the president appeared cowed.``, ``The president's roots came into play.``:
a person described, as the subject or its owner."""


def report_before_quote(
    text: str, sentence: Sentence, first: Attribution, quote: Quote
) -> Span | None:
    """ "She said fathers would not be eligible, and when pressed on why, the mother of
    three replied, “…”": the sentence's first report, before the clause whose verb the quote
    belongs to, is a statement of its own (its words up to that clause)."""
    if first.speaker is None or first.verb_span.start >= quote.span.start:
        return None
    lead_in = _VERB_BEFORE_QUOTE.search(text, first.content_start, quote.span.start)
    if lead_in is None:
        return None
    boundary = max(text.rfind(mark, first.content_start, lead_in.start()) for mark in ",;―—–")
    if boundary < 0 or len(text[first.content_start : boundary].split()) < 3:
        return None
    return Span(sentence.start, boundary)


_VERB_BEFORE_QUOTE: Final = re.compile(
    r"\b(?:said|says|replied|replies|added|answered|responded|wrote|asked|declared|insisted|"
    r"told\s+\w+)\s*[,:]?\s*$"
)
"""The verb a quote hangs on, just before it."""
