"""From a document's text to its statements: the order the rules run in.

One pass over the sentences finds each statement (direct quote, indirect
speech, unattributed report), its speaker, date, outlet and status; a second
pass ties undated statements to the interview they belong to, and a third
resolves places once every speaker's name is known (so "Zhdanov" the analyst
is never taken for the old name of Mariupol).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.extract import claims as claim_rules
from briefing.extract.attribution import Attribution, find_attribution
from briefing.extract.coreference import SpeakerMemory
from briefing.extract.cues import find_cue
from briefing.extract.dates import find_dates
from briefing.extract.outlets import OutletMemory, find_outlet
from briefing.extract.places import PlaceFinder
from briefing.extract.quotes import Quote, find_quotes, is_full_quote
from briefing.extract.sentences import Sentence, split_sentences
from briefing.folding import name_key
from briefing.model import (
    UNDATED,
    DateSpan,
    Document,
    ExtractedStatement,
    Extraction,
    Span,
    SpeakerMention,
)

_UNATTRIBUTED_REPORT = re.compile(
    r"\breports?\b(?:\s*[—–-]+\s*[^—–]{1,40}?\s*[—–-]+\s*|\s+)(?:that|emerged\s+that|suggest(?:ed)?\s+that)\b|"
    r"\baccording\s+to\s+(?:media\s+|unconfirmed\s+|local\s+)?reports\b",
    re.IGNORECASE,
)
_REPORTEDLY = re.compile(r"\breportedly\b", re.IGNORECASE)
_DATE_WINDOW_AFTER_VERB = 30


@dataclass
class Found:
    """A statement being built, with the sentence it came from."""

    statement: ExtractedStatement
    sentence: int
    paragraph: int
    continuation: bool = False
    dated_here: bool = False


def extract(document: Document) -> Extraction:
    """Every statement in ``document``, with speakers, dates, outlets, places and claims."""
    text = document.text
    quotes = find_quotes(text)
    sentences = _merge_quoted(split_sentences(text), quotes)
    speakers = SpeakerMemory()
    outlets = OutletMemory()
    found: list[Found] = []
    for index, sentence in enumerate(sentences):
        if _is_heading(sentence):
            continue
        item = _statement_in(text, sentence, index, quotes, speakers, outlets, document, found)
        if item is None:
            _note_outlet_only(text, sentence, outlets, found)
            continue
        found.append(item)
        if item.statement.speaker is not None:
            speakers.spoke(item.statement.speaker)
    _tie_dates(found)
    statements = _with_places(text, [item.statement for item in found])
    statements, claims = claim_rules.link_claims(statements, [f.sentence for f in found])
    warnings = ()
    if document.published is None and any(s.date.month_day for s in statements):
        warnings = ("no published date: dates without a year were kept without one",)
    return Extraction(tuple(statements), tuple(claims), warnings)


def _is_heading(sentence: Sentence) -> bool:
    stripped = sentence.text.strip()
    return len(stripped.split()) <= 10 and stripped[-1:] not in '.!?”"’:' and "“" not in stripped


def _statement_in(
    text: str,
    sentence: Sentence,
    index: int,
    quotes: list[Quote],
    speakers: SpeakerMemory,
    outlets: OutletMemory,
    document: Document,
    found: list[Found],
) -> Found | None:
    inside = [q for q in quotes if q.span.start < sentence.end and sentence.start < q.span.end]
    direct = [q for q in inside if is_full_quote(text, q, sentence.start)]
    attribution = find_attribution(text, sentence.start, sentence.end, [q.span for q in inside])
    speaker = _resolve(attribution, speakers)
    previous = found[-1] if found else None
    continuation = False
    if direct:
        kind = "direct"
        span = Span(direct[0].inner.start, direct[-1].inner.end)
        body = " ".join(q.text(text) for q in direct)
        frame = _outside(sentence, [q.span for q in direct])
        if speaker is None and previous is not None and index - previous.sentence <= 2:
            speaker, continuation = previous.statement.speaker, True
        if speaker is None:
            return None
    elif attribution is not None and speaker is not None:
        kind = "indirect"
        span = Span(sentence.start, sentence.end)
        body = sentence.text
        end = max(attribution.content_start, attribution.verb_span.end)
        frame = [(sentence.start, end)]
        window = min(sentence.end, attribution.verb_span.end + _DATE_WINDOW_AFTER_VERB)
        frame.append((attribution.verb_span.end, window))
        frame.extend(_trailing_attribution(text, sentence, end))
    elif _UNATTRIBUTED_REPORT.search(sentence.text) or _REPORTEDLY.search(sentence.text):
        kind, span, body = "indirect", Span(sentence.start, sentence.end), sentence.text
        speaker = SpeakerMention("reports", "unattributed")
        frame = [(sentence.start, sentence.end)]
    else:
        return None
    when = _date_in(text, frame, attribution, document)
    outlet = find_outlet(text, sentence.start, sentence.end, outlets) if kind == "direct" else None
    outlet_frame = [frame[0], *frame[2:]] if kind == "indirect" else frame
    for start, end in outlet_frame if outlet is None else ():
        candidate = find_outlet(text, start, end, outlets)
        if candidate.name or outlet is None or (candidate.venue and not outlet.venue):
            outlet = candidate if candidate.name or not outlet or not outlet.name else outlet
    assert outlet is not None
    cue_regions = frame if kind == "direct" else [(sentence.start, sentence.end)]
    cue = next((c for a, b in cue_regions if (c := find_cue(text, a, b))), None)
    status, stance = (cue.status, cue.stance) if cue else ("unverified", None)
    if speaker.kind in ("anonymous", "unattributed") and cue is None:
        stance = "asserts"
    statement = ExtractedStatement(
        text=body,
        kind=kind,
        span=span,
        speaker=speaker,
        date=when or UNDATED,
        outlet=outlet.name,
        outlet_span=outlet.span,
        venue=outlet.venue,
        status=status,
        cue=cue.word if cue else None,
        stance=stance,
    )
    if continuation and previous is not None:
        statement = _continue(statement, previous.statement)
    return Found(statement, index, sentence.paragraph, continuation, when is not None)


def _merge_quoted(sentences: list[Sentence], quotes: list[Quote]) -> list[Sentence]:
    """Sentences inside one quote (“No depot. A school.”) form one unit with its attribution."""
    merged: list[Sentence] = []
    for sentence in sentences:
        if (
            merged
            and merged[-1].paragraph == sentence.paragraph
            and any(
                q.span.start < merged[-1].end <= sentence.start < q.span.end - 1 for q in quotes
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


def _trailing_attribution(text: str, sentence: Sentence, after: int) -> list[tuple[int, int]]:
    """ ", in an interview with The Associated Press on Dec. 1." at the end of indirect speech."""
    comma = text.rfind(",", after, sentence.end)
    if comma < 0 or "“" in text[comma : sentence.end]:
        return []
    if re.match(
        r",\s*(?:in|at|during|on|speaking|told|according|writing|citing)\b",
        text[comma : sentence.end],
    ):
        return [(comma, sentence.end)]
    return []


def _resolve(attribution: Attribution | None, speakers: SpeakerMemory) -> SpeakerMention | None:
    if attribution is None or attribution.speaker is None:
        return None
    return speakers.resolve(attribution.speaker)


def _outside(sentence: Sentence, spans: list[Span]) -> list[tuple[int, int]]:
    pieces, position = [], sentence.start
    for span in sorted(spans, key=lambda s: s.start):
        if span.start > position:
            pieces.append((position, span.start))
        position = max(position, span.end)
    if position < sentence.end:
        pieces.append((position, sentence.end))
    return pieces or [(sentence.start, sentence.start)]


def _date_in(
    text: str, frame: list[tuple[int, int]], attribution: Attribution | None, document: Document
) -> DateSpan | None:
    mentions = [
        mention
        for start, end in frame
        for mention in find_dates(text[start:end], document.published, start)
    ]
    if not mentions:
        return None
    anchor = attribution.verb_span.start if attribution else frame[0][0]
    return min(mentions, key=lambda m: abs(m.span.start - anchor)).when


def _continue(statement: ExtractedStatement, previous: ExtractedStatement) -> ExtractedStatement:
    """A quote that runs on from the previous one shares its date, outlet and venue."""
    return replace(
        statement,
        date=statement.date if statement.date.precision != "undated" else previous.date,
        outlet=statement.outlet or previous.outlet,
        outlet_span=statement.outlet_span or previous.outlet_span,
        venue=statement.venue or previous.venue,
    )


def _tie_dates(found: list[Found]) -> None:
    """Give undated statements the date of the interview or event the text ties them to.

    Forward first (the same speaker through the same outlet earlier, or the
    same speaker's statement just before), then backward (a lead paragraph
    followed at once by the same speaker's quote to a named outlet).
    """
    for position, item in enumerate(found):
        statement = item.statement
        if statement.date.precision != "undated" or statement.speaker is None:
            continue
        key = _speaker_key(statement.speaker)
        earlier = [f for f in found[:position] if _speaker_key(f.statement.speaker) == key]
        same_outlet = [
            f for f in earlier
            if statement.outlet and f.statement.outlet == statement.outlet and f.statement.date.precision != "undated"
        ]  # fmt: skip
        if same_outlet:
            item.statement = replace(statement, date=same_outlet[-1].statement.date)
        elif (
            earlier
            and earlier[-1] is found[position - 1]
            and item.sentence - earlier[-1].sentence <= 2
        ):
            item.statement = _continue(statement, earlier[-1].statement)
    for position in range(len(found) - 2, -1, -1):
        item, following = found[position], found[position + 1]
        statement = item.statement
        if (
            statement.date.precision == "undated"
            and not statement.outlet
            and statement.speaker is not None
            and _speaker_key(following.statement.speaker) == _speaker_key(statement.speaker)
            and following.sentence - item.sentence == 1
            and (following.statement.outlet or following.paragraph == item.paragraph)
        ):
            item.statement = _continue(statement, following.statement)


def _speaker_key(speaker: SpeakerMention | None) -> str:
    return f"{speaker.kind}:{name_key(speaker.name)}" if speaker else ""


def _note_outlet_only(
    text: str, sentence: Sentence, outlets: OutletMemory, found: list[Found]
) -> None:
    """ "Writing on Substack, Mr. Hersh cited …": the outlet of the statement before it."""
    if not found or found[-1].statement.outlet or found[-1].statement.speaker is None:
        return
    previous = found[-1].statement
    assert previous.speaker is not None
    surname = previous.speaker.name.split()[-1]
    if surname not in sentence.text:
        return
    outlet = find_outlet(text, sentence.start, sentence.end, outlets)
    if outlet.name:
        found[-1].statement = replace(
            previous,
            outlet=outlet.name,
            outlet_span=outlet.span,
            venue=previous.venue or outlet.venue,
        )


def _with_places(text: str, statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    names = [
        s.speaker.span for s in statements if s.speaker is not None and s.speaker.span is not None
    ]
    names += [s.outlet_span for s in statements if s.outlet_span is not None]
    finder = PlaceFinder(text, names)
    return [replace(s, places=finder.within(s.span.start, s.span.end)) for s in statements]
