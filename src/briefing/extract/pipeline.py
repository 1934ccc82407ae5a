"""From a document's text to its statements: the order the rules run in.

One pass over the sentences finds each statement (direct quote, indirect
speech, unattributed report), its speaker, date, outlet and status; then the
statements are tied to each other (shared dates, speakers named after being
described), and places are resolved once every speaker's name is known (so
"Zhdanov" the analyst is never taken for the old name of Mariupol).
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract import claims as claim_rules
from briefing.extract.attribution import Attribution, find_attribution
from briefing.extract.bare_cues import in_block, quoted_block, says_nothing
from briefing.extract.channels import channel_of
from briefing.extract.clause_statements import participle_statements
from briefing.extract.coreference import SpeakerMemory
from briefing.extract.cues import find_cue, indirect_part
from briefing.extract.dates import find_dates
from briefing.extract.frames import Frame, direct_frame, indirect_frame, whole_sentence
from briefing.extract.invisible import visible_words
from briefing.extract.leading_clauses import (
    leading_participle,
    participle_first,
    split_leading_clause,
)
from briefing.extract.lexicon import letter_runs
from briefing.extract.names import NameBudget, Surnames, title_case
from briefing.extract.outlets import OutletMemory, find_outlet
from briefing.extract.participles import find_participle_clause
from briefing.extract.places import MAX_PLACE_LOOKUPS, PlaceFinder
from briefing.extract.quotes import QuoteIndex, find_quotes, is_full_quote, plain_quote_marks
from briefing.extract.reading_units import heading_day, is_heading, join_quotes, merge_quoted
from briefing.extract.sentence_speakers import (
    TITLES_ONLY,
    note_pronoun_subject,
    report_before_quote,
    resolve_attribution,
    sentence_subject,
    verb_at_quote,
)
from briefing.extract.sentences import Sentence, split_sentences
from briefing.extract.ties import (
    Found,
    continue_from,
    name_described_speakers,
    office_words,
    tie_dates,
)
from briefing.frozen import dataclass, evolve
from briefing.model import (
    UNDATED,
    DateSpan,
    Document,
    ExtractedStatement,
    Extraction,
    Span,
    SpeakerMention,
    StatementKind,
)

_UNATTRIBUTED_REPORT: Final = re.compile(
    r"\breports?\b(?:\s*[—–-]+\s*[^—–]{1,40}?\s*[—–-]+\s*|\s+)(?:that|emerged\s+that|suggest(?:ed)?\s+that)\b|"
    r"\baccording\s+to\s+(?:media\s+|unconfirmed\s+|local\s+)?reports\b|^\s*Reports?\s+(?:of|that)\b",
    re.IGNORECASE,
)
MAX_SENTENCES: Final = 20_000
"""Sentences read per document (a long book holds fewer): a bound on hostile input."""
CAST_SENTENCES: Final = 2_000
"""Sentences read ahead for the people a document names in full (so "Costa said" early
finds the "Maria Costa" named later); a longer document finds the rest as it reads."""
MAX_STATEMENTS: Final = 3_000
"""Statements read per document (or twice as many sentences with a reporting verb, which
may give none): a long report holds a few hundred; text packed with nothing but statements
stops here. A statement costs about a quarter of a millisecond to read, so no file costs
more than about a second, however it is made."""
STATEMENTS_CUT: Final = (
    f"more than {MAX_STATEMENTS:,} statements (or {2 * MAX_STATEMENTS:,} sentences with a "
    "reporting verb): the rest of the text was not read"
)

MAX_NAMES = 10_000
"""People named per document that are read as names (an article names a few dozen)."""
NAMES_CUT: Final = f"more than {MAX_NAMES:,} names: the names after them were not read as names"
PLACES_CUT: Final = (
    f"more than {MAX_PLACE_LOOKUPS:,} words that may name a place: places were looked for "
    "in the text before them only"
)

_PRONOUN_OPENING: Final = re.compile(
    r"\s*(?:He|She|They|It)\s+(?:was|were|is|are|had\s+been|made)\b"
)
_REPORTEDLY: Final = re.compile(r"\breportedly\b", re.IGNORECASE)
_WORD: Final = re.compile(r"\w")


def extract(document: Document) -> Extraction:
    """Every statement in ``document``, with speakers, dates, outlets, places and claims."""
    text = visible_words(plain_quote_marks(document.text))
    quotes = QuoteIndex(find_quotes(text))
    sentences = merge_quoted(split_sentences(text), quotes)
    sentences = sentences[: MAX_SENTENCES + 1]
    names = NameBudget(MAX_NAMES)
    words = [letter_runs(s.text) for s in sentences]
    named = [
        names.read(text, s.start, s.end, w)
        for s, w in zip(sentences[:CAST_SENTENCES], words, strict=False)
    ]
    placed_cast = [
        (o, p) for found in named for o, p in found if p.kind == "person" and " " in p.name
    ]
    cast = tuple(p for _, p in placed_cast)
    surnames = Surnames(placed_cast)
    for sentence, found_here in zip(sentences, named, strict=False):
        found_here += names.read_surnames(surnames, text, sentence.start, sentence.end, found_here)
    speakers = SpeakerMemory(cast)
    outlets = OutletMemory()
    found: list[Found] = []
    reading = _Reading(text, quotes, speakers, outlets, document, found)
    day_heading: DateSpan | None = None
    cut_at_statements = False
    read_end = len(text)
    for index, sentence in enumerate(sentences):
        if index >= MAX_SENTENCES or max(len(found), reading.attributions // 2) >= MAX_STATEMENTS:
            cut_at_statements = index < MAX_SENTENCES
            read_end = sentence.start  # places are looked for in what was read
            break
        if is_heading(sentence):
            day_heading = heading_day(text, sentence, document) or day_heading
            continue
        if index >= len(named):  # past the sentences read ahead for the cast: read it now
            here = names.read(text, sentence.start, sentence.end, words[index])
            named.append(
                here + names.read_surnames(surnames, text, sentence.start, sentence.end, here)
            )
        quoted = [q.span for q in quotes.overlapping(sentence.start, sentence.end)]
        items = []
        for part in split_leading_clause(text, sentence, quoted):
            whole = words[index] if part is sentence else None
            item = _statement_in(reading, part, index, day_heading, named[index], whole)
            if item is not None and item.earlier is not None:
                items.append(item.earlier)
            clause = find_participle_clause(text, part.start, part.end, quoted, whole)
            if clause is None:
                items += [item] if item is not None else []
            else:
                full = [
                    q for q in quotes.overlapping(part.start, part.end) if q.span.end <= part.end
                ]
                items += participle_statements(
                    text, part, index, clause, item, speakers, document, full
                )
        opening = leading_participle(text, sentence) if items else None
        if opening is not None and items[0].statement.speaker is not None:
            items[:1] = participle_first(text, opening, items[0])
        if not items:
            _note_outlet_only(text, sentence, outlets, found)
        for item in items:
            found.append(item)
            speaker = item.statement.speaker
            if speaker is not None:
                speakers.spoke(speaker, item.statement.span.start)
                outlets.remember_speaker(speaker.name, speaker.role)
        reported = [
            item.statement.span
            for item in items
            if item.statement.kind == "indirect"
            and item.statement.speaker is not None
            and item.statement.speaker.is_named
        ]
        speaking = items[0].statement.speaker if items else None
        note_pronoun_subject(text, sentence, named[index], speakers, speaking)
        for offset, person in named[index]:
            inside = quotes.at(offset)
            if inside is not None and inside.inner.start <= offset < inside.inner.end:
                continue  # named inside someone's quoted words: not who "he" is next
            if any(span.start <= offset < span.end for span in reported) and not any(
                item.statement.speaker is not None and item.statement.speaker.name == person.name
                for item in items
            ):
                continue  # named in what someone reported: the reporter stays "he"
            resolved = speakers.resolve_name(person)
            speakers.note_named(resolved, offset)
            if person.kind == "person" and TITLES_ONLY.fullmatch(text, sentence.start, offset):
                speakers.opened(resolved, sentence.start, sentence.end)
    found = [item for item in found if not item.says_nothing]
    tie_dates(found)
    name_described_speakers(found)
    statements, places_read_to = _with_places(text[:read_end], found)
    statements, claims = claim_rules.link_claims(text, statements, [f.sentence for f in found])
    warnings: tuple[str, ...] = ()
    if document.published is None and any(s.date.month_day for s in statements):
        warnings = ("no published date: dates without a year were kept without one",)
    if cut_at_statements:
        warnings += (STATEMENTS_CUT,)
    elif len(sentences) > MAX_SENTENCES:
        warnings += (f"more than {MAX_SENTENCES:,} sentences: the rest of the text was not read",)
    if places_read_to is not None:
        warnings += (PLACES_CUT,)
    if names.spent:
        warnings += (NAMES_CUT,)
    return Extraction(tuple(statements), tuple(claims), warnings)


@dataclass
class _Reading:
    """One document being read: its text, quotes, memories and the statements so far."""

    text: str
    quotes: QuoteIndex
    speakers: SpeakerMemory
    outlets: OutletMemory
    document: Document
    found: list[Found]
    attributions: int = 0
    """Sentences so far with a reporting verb: the costly ones, bounded per document."""


def _statement_in(
    reading: _Reading,
    sentence: Sentence,
    index: int,
    day_heading: DateSpan | None,
    people: list[tuple[int, SpeakerMention]],
    words: frozenset[str] | None,
) -> Found | None:
    """The statement ``sentence`` makes, if any; ``words`` are its ``letter_runs`` when it is
    a whole sentence (not the part of one that a leading clause was cut from)."""
    text, quotes, speakers, found = reading.text, reading.quotes, reading.speakers, reading.found
    document = reading.document
    if not _WORD.search(text, sentence.start, sentence.end):
        return None  # "He said:" then a paragraph of "!": no words, nothing said
    inside = quotes.overlapping(sentence.start, sentence.end)
    direct = [q for q in inside if is_full_quote(text, q, sentence.start)]
    if direct and not (
        direct := [q for q in direct if _WORD.search(text, q.inner.start, q.inner.end)]
    ):
        return None  # 'Ames said: ""': marks around no words say nothing
    attribution = find_attribution(
        text, sentence.start, sentence.end, [q.span for q in inside], words
    )
    reading.attributions += attribution is not None
    first = attribution
    if direct and attribution is not None:
        attribution = verb_at_quote(text, sentence, direct[0], inside, attribution)
    previous = found[-1] if found else None
    if not inside and previous is not None and in_block(sentence, index, previous, attribution):
        return quoted_block(text, sentence, index, previous)
    speaker = sentence_subject(
        text, sentence, attribution, people, speakers, [q.span for q in inside]
    )
    speaker = speaker or resolve_attribution(attribution, speakers)
    continuation = False
    frame: Frame
    kind: StatementKind
    if direct:
        kind = "direct"
        span = Span(direct[0].inner.start, direct[-1].inner.end)
        body = join_quotes([q.text(text) for q in direct])
        frame = direct_frame(sentence, [q.span for q in direct])
        if speaker is None and previous is not None and index - previous.sentence <= 2:
            speaker, continuation = previous.statement.speaker, True
        if speaker is None:
            return None
    elif attribution is not None and speaker is not None:
        kind, span, body = "indirect", Span(sentence.start, sentence.end), sentence.text
        frame = indirect_frame(text, sentence, attribution)
    elif (
        "report" in sentence.text.lower()  # what both patterns need, found in one scan
        and (_UNATTRIBUTED_REPORT.search(sentence.text) or _REPORTEDLY.search(sentence.text))
    ) and not title_case(text, sentence.start, sentence.end):
        kind, span, body = "indirect", Span(sentence.start, sentence.end), sentence.text
        speaker = SpeakerMention("reports", "unattributed")
        frame = whole_sentence(sentence)
    else:
        return None
    if day_heading is not None and day_heading.start is not None:
        document = evolve(document, published=day_heading.start)  # "yesterday" of that entry
    when = _date_in(text, frame, attribution, document) or day_heading
    outlet = channel_of(
        text,
        sentence,
        frame,
        kind,
        speaker,
        attribution,
        reading.outlets,
        lambda: _last_outlet(found),
    )
    cue_regions = frame.regions if kind == "direct" else ((sentence.start, sentence.end),)
    cue = next((c for a, b in cue_regions if (c := find_cue(text, a, b, words))), None)
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
        cue_span=cue.span if cue else None,
        stance=stance,
    )
    if continuation and previous is not None:
        statement = continue_from(statement, previous.statement)
    described: tuple[str, ...] = ()
    phrase = attribution.speaker if attribution else None
    if phrase and phrase.reference == "description" and speaker is phrase.mention:
        described = phrase.words
    elif phrase and speaker is phrase.mention and speaker is not None:
        described = office_words(speaker)
    bare = (
        kind == "indirect" and attribution is not None and says_nothing(text, sentence, attribution)
    )
    item = Found(
        statement,
        index,
        sentence.paragraph,
        described,
        says_nothing=bare,
        opens_block=bare and sentence.text.rstrip().endswith(":"),
    )
    lead = report_before_quote(text, sentence, first, direct[0]) if direct and first else None
    lead_speaker = resolve_attribution(first, speakers) if lead is not None else None
    if lead is not None and lead_speaker is not None and lead_speaker.kind != "unattributed":
        earlier = indirect_part(text, statement, lead, speaker=lead_speaker)
        item.earlier = Found(earlier, index, sentence.paragraph)
    return item


def _last_outlet(found: list[Found]) -> ExtractedStatement | None:
    return next((f.statement for f in reversed(found) if f.statement.outlet), None)


def _date_in(
    text: str, frame: Frame, attribution: Attribution | None, document: Document
) -> DateSpan | None:
    """The date in the frame nearest the verb; else the one past day the content names."""
    mentions = [
        mention
        for start, end in frame.regions
        for mention in find_dates(text[start:end], document.published, start)
    ]
    if mentions:
        anchor = attribution.verb_span.start if attribution else frame.regions[0][0]
        return min(mentions, key=lambda m: abs(m.span.start - anchor)).when
    if frame.content is not None:
        start, end = frame.content
        days = [m for m in find_dates(text[start:end], document.published, start) if m.when.day]
        if len(days) == 1:
            return days[0].when
    return None


def _note_outlet_only(
    text: str, sentence: Sentence, outlets: OutletMemory, found: list[Found]
) -> None:
    """ "Writing on Substack, Mr. Hersh cited …": the outlet of the statement before it."""
    if not found or found[-1].statement.outlet or found[-1].statement.speaker is None:
        return
    previous = found[-1].statement
    assert previous.speaker is not None
    surname = previous.speaker.name.split()[-1]
    if surname not in sentence.text and not _PRONOUN_OPENING.match(sentence.text):
        return  # "He was speaking to Latvian Radio."
    outlet = find_outlet(text, sentence.start, sentence.end, outlets)
    if outlet.name:
        found[-1].statement = evolve(
            previous,
            outlet=outlet.name,
            outlet_span=outlet.span,
            venue=previous.venue or outlet.venue,
        )


def _with_places(text: str, found: list[Found]) -> tuple[list[ExtractedStatement], int | None]:
    """The places each statement names. A quote that names none is about the places of the
    statement just before it in the paragraph ("In Ventspils, port officials said … “We are
    working,” the director said"); where its speaker said it ("told reporters in Moscow") is
    not what it is about."""
    statements = [item.statement for item in found]
    if not statements:
        return [], None  # no statement to place: the article's places are not read at all
    names = [
        s.speaker.span for s in statements if s.speaker is not None and s.speaker.span is not None
    ]
    names += [s.outlet_span for s in statements if s.outlet_span is not None]
    finder = PlaceFinder(text, names)
    placed: list[ExtractedStatement] = []
    for position, item in enumerate(found):
        statement = item.statement
        places = finder.within(statement.span.start, statement.span.end)
        if not places and statement.kind == "direct":
            before = found[position - 1] if position else None
            if (
                not places
                and before is not None
                and before.paragraph == item.paragraph
                and before.sentence == item.sentence - 1
            ):
                places = placed[-1].places
        placed.append(evolve(statement, places=places) if places else statement)
    return placed, finder.read_to
