"""Finding the reporting verb of a sentence and the phrase that names its speaker.

Handles the subject before the verb (``Mr. Lavrov said``), an appositive
between them (``Oleh Zhdanov, a military analyst, dismissed``), the inverted
order after a quote (``“…,” said X, a spokesman for Y``), ``according to X``
and the phrasal verbs of wire copy (``poured cold water on``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Set
from functools import lru_cache
from typing import Final

from briefing.extract.lexicon import (
    CRITICISM_FORMS,
    PHRASAL_REPORTING,
    REPORTING_VERBS,
    is_word_character,
    letter_runs,
)
from briefing.extract.speakers import SpeakerPhrase, parse_speaker
from briefing.extract.speech_verbs import BY_AGENT, ends_passive, is_speech
from briefing.extract.subjects import RELATIVE_TAIL, speaker_before, strip_trailing_modifiers
from briefing.extract.word_patterns import word_alternation
from briefing.frozen import dataclass, evolve
from briefing.model import Span, SpeakerMention

_ABOUT_VERBS: Final = frozenset(
    """
    talk talks talked talking speak speaks spoke spoken speaking brag brags bragged bragging
    boast boasts boasted boasting complain complains complained complaining
    """.split()
)
"""Verbs that report with "about" after them ("spoke briefly about the closure")."""
_VERB: Final = re.compile(
    r"\b(?:(?P<phrasal>"
    + word_alternation(PHRASAL_REPORTING)
    + r")|(?P<according>according\s+to)|(?P<verb>"
    + word_alternation(REPORTING_VERBS)
    + r"))\b",
    re.IGNORECASE,
)
_FIRST_WORDS: Final = frozenset(
    REPORTING_VERBS | {phrase.split()[0] for phrase in PHRASAL_REPORTING} | {"according"}
)
_WORD_RUN: Final = re.compile(r"\w+")


def _verb_matches(
    text: str, start: int, end: int, lowered: str, first_words: Set[str]
) -> Iterator[re.Match[str]]:
    """What ``_VERB.finditer`` finds, tried only where one of ``first_words`` (the words of
    the sentence that can open a match) stands as a word of its own: the pattern is long, and
    running it at every position of every sentence was the extractor's single biggest cost."""
    if len(lowered) == end - start:
        positions = sorted(start + at for word in first_words for at in _whole_word(lowered, word))
    else:  # lowering changed a letter's length: offsets in it are not the text's
        positions = [
            word.start()
            for word in _WORD_RUN.finditer(text, start, end)
            if word.group().lower() in _FIRST_WORDS
        ]
    resume = start
    for position in positions:
        if position < resume:
            continue
        match = _VERB.match(text, position, end)
        if match is not None:
            resume = match.end()
            yield match


def _whole_word(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` with no word character either side of it."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not is_word_character(text[at - 1])) and (
            after == len(text) or not is_word_character(text[after])
        ):
            yield at
        at = text.find(word, after)


_TOPIC_VERB: Final = re.compile(
    r"\b(?:(?P<phrasal>(?:"
    + word_alternation(_ABOUT_VERBS)
    + r")(?:\s+\w+ly|\s+(?:out|openly|at\s+length|instead))?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday))?"
    r"(?:\s+(?:to|with)\s+(?:[A-Z][\w.’']*\s+){1,3})?\s+about"
    r"|(?:speaks|spoke|spoken)(?:\s+\w+ly)?\s+of"
    r"|call(?:s|ed)?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|yesterday|again|also|repeatedly|publicly|instead)\s+for"
    r")|(?P<according>(?!))|(?P<verb>(?!)))\b",
    re.IGNORECASE,
)
"""Reporting verbs with a topic after them ("spoke briefly about", "spoke warmly of",
"called Wednesday for"): a pattern of its own, tried only on a sentence that has one of
their verbs, so the main pattern stays short for every other sentence."""
_AFTER_VERB_SPEAKER: Final = re.compile(
    r"\s+(?P<phrase>[^,.;:“”\"]+?)(?=\s*(?:[,.;:]|$|\s+(?:on|in|at|to)\s))"
)
_AFTER_ACCORDING: Final = re.compile(r"\s+(?P<phrase>[^,.;:“”\"]+?)(?=\s*(?:[,.;:]|$))")


def _stops_of(abbreviations: list[str]) -> re.Pattern[str]:
    """The stops of these abbreviations ("Mr.", both of "U.S."), in a pattern that opens with
    the stop: the engine skips from stop to stop, where an alternation of the words was tried
    at nearly every capital. A look back has one width, so the words go by their length."""
    by_length: dict[int, list[str]] = {}
    for word in abbreviations:
        by_length.setdefault(len(word), []).append(re.escape(word))
    last = [rf"(?<=\b(?:{'|'.join(words)})\.)" for words in by_length.values()]
    inner = [
        rf"(?<=\b{re.escape(word[: at + 1])})(?={re.escape(word[at + 1 :])}\.)"
        for word in abbreviations
        for at, character in enumerate(word)
        if character == "."
    ]
    return re.compile(r"\.(?:" + "|".join(last + inner) + ")")


_ABBREVIATION_STOP: Final = _stops_of(
    "Mr Mrs Ms Dr Gen Lt Col Maj Capt Adm Sgt Sen Rep Gov Prof St Brig Cmdr U.S U.N U.K E.U".split()
)
_CHANNEL: Final = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:remarks|comments|statements?|interview|post|video|transcript|"
    r"footage|excerpts|readout)\s+(?:carried|published|broadcast|aired|posted|released|quoted|"
    r"run)\s+(?:by|on|in)\b",
    re.IGNORECASE,
)
"""``according to remarks carried by X``: X is the channel; the speaker is in the clause."""
_ONLY_A_PLACE: Final = re.compile(r"(?:(?:in|at|on|from)\s+[^,;“”\"]{1,40})?")
"""What may close the sentence after an inverted speaker: "… said one source in the room."."""
_PREPOSITION: Final = re.compile(
    r"(?:in|on|at|to|during|after|before|with|by|from|for|over|via|through|later|then|again|"
    r"also|earlier|today|yesterday|last|this)\b",
    re.IGNORECASE,
)
_FINITE: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|must|may|"
    r"might)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    """A reporting verb with the phrase naming its speaker."""

    verb: str
    verb_span: Span
    speaker: SpeakerPhrase | None
    content_start: int
    """Where the reported words begin (after the verb and any ``that``)."""
    according_to: bool = False


def find_attribution(
    text: str,
    start: int,
    end: int,
    quoted: list[Span],
    words: frozenset[str] | None = None,
) -> Attribution | None:
    """The first reporting verb outside quotes in ``text[start:end]`` that has a speaker.
    ``words``: the stretch's ``letter_runs``, when the caller has them."""
    sentence = text[start:end]
    lowered = sentence.lower()
    words = letter_runs(sentence) if words is None else words
    may = _may_report(sentence, lowered, words)
    if not may:
        return None
    first_words = _FIRST_WORDS.intersection(words)
    matches: Iterable[re.Match[str]] = _verb_matches(text, start, end, lowered, first_words)
    if may is _TOPIC:
        topic = list(_TOPIC_VERB.finditer(text, start, end))
        matches = sorted([*matches, *topic], key=lambda m: m.start()) if topic else matches
    tail = _framing_tail(text, start, end) if not _TAIL_VERBS.isdisjoint(words) else None
    fallback = channel = inner = None
    for match in matches:
        if any(q.start <= match.start() < q.end for q in quoted):
            continue
        verb = " ".join(match.group(0).lower().split())
        if not is_speech(text, match, start, verb):
            continue
        before_start = max([start, *[q.end for q in quoted if q.end <= match.start()]])
        if tail is not None and match.start() > tail.start():
            before_start = max(before_start, tail.start() + 1)
        found = _attribute(text, match, before_start, end, start, quoted, verb)
        if found.according_to and _CHANNEL.match(text, match.end(), end):
            channel = channel or found  # "according to remarks carried by SUNA, the general said"
            continue
        if found.speaker is not None and tail is not None and match.start() < tail.start():
            inner = inner or found  # "Shipping data showed …, the firm Kpler said": Kpler's
            continue
        if found.speaker is not None:
            return found
        fallback = fallback or found
    return inner or channel or fallback


_FRAMING_TAIL: Final = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:(?!agency|news|newspaper|daily|television|radio|channel)"
    r"[^,;“”\"\s]++\s++){1,6}(?:said|says|added|wrote|told\s+\w+|maintains|maintained|argues|"
    r"argued|insists|insisted|contends|contended|warns|warned|notes|noted)"
    r"(?:\s+on\s+\w+)?[.!?]?[”\"’]?\s*$",
    re.IGNORECASE,
)
"""``…, the analytics firm Kpler said.``: a speaker and verb closing the sentence frame all
that comes before them (a news agency that "reported" it is the channel instead). No comma
follows the first, so it can only match at the sentence's last comma. Each word and the
space after it are taken whole: a word ends only at a space, and the next word or the
verb opens with no space, so giving characters back could not help."""


_TAIL_VERBS: Final = frozenset(
    "said says added wrote told maintains maintained argues argued insists insisted contends "
    "contended warns warned notes noted".split()
)
"""The verbs ``_FRAMING_TAIL`` ends with, one of which the sentence's words must hold."""


def _framing_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    last_comma = text.rfind(",", start, end)
    return _FRAMING_TAIL.match(text, last_comma, end) if last_comma >= 0 else None


_PHRASAL_HINTS: Final = tuple({" ".join(p.split()[:2]) for p in PHRASAL_REPORTING} | {"according"})
"""The first two words of each phrasal verb: its last ("on", "to") is in nearly every
sentence, and a first word alone ("made", "went") in many."""


def _may_report(sentence: str, lowered: str, words: frozenset[str]) -> int | bool:
    """A cheap test before the full verb pattern: does any reporting word occur at all?
    ``_TOPIC`` when a topic verb ("spoke about") may be there too. ``words`` are the runs of
    letters of the ``lowered`` sentence."""
    if not _TOPIC_WORDS.isdisjoint(words):
        return _TOPIC
    if not _PHRASAL_FIRST.isdisjoint(words) and any(
        hint in lowered for hint in _PHRASAL_HINTS if hint.split(" ", 1)[0] in words
    ):
        return True
    found = REPORTING_VERBS.intersection(words)
    if found and found <= CRITICISM_FORMS:
        # "drone attacks on the port": criticism is speech only with "for …" or "as …"
        return " for " in lowered or " as " in lowered or "“" in sentence or '"' in sentence
    return bool(found)


_PHRASAL_FIRST: Final = frozenset(hint.split(" ", 1)[0] for hint in _PHRASAL_HINTS)
_TOPIC: Final = 2
"""What ``_may_report`` answers for a sentence that may also hold a topic verb."""
_TOPIC_WORDS: Final = _ABOUT_VERBS | {"call", "calls", "called"}


_RELATIVE_CLAUSE_TAIL: Final = re.compile(r"\s+(?:that|which|who)\s+.*$")


def _attribute(
    text: str,
    match: re.Match[str],
    before_start: int,
    end: int,
    sentence_start: int,
    quoted: list[Span],
    verb: str,
) -> Attribution:
    content_start = _content_start(text, match.end(), end)
    if match.group("according"):
        after = _AFTER_ACCORDING.match(_mask_abbreviations(text), match.end(), end)
        speaker = _according_to(text, after.start("phrase"), after.end("phrase")) if after else None
        return Attribution(verb, Span(match.start(), match.end()), speaker, content_start, True)
    agent = (
        BY_AGENT.match(text, match.end(), end)
        if ends_passive(text[before_start : match.start()])
        else None
    )
    if agent:
        phrase = RELATIVE_TAIL.sub("", _RELATIVE_CLAUSE_TAIL.sub("", agent.group("phrase")))
        speaker = parse_speaker(phrase, agent.start("phrase"))
        return Attribution(verb, Span(match.start(), match.end()), speaker, match.end())
    speaker = speaker_before(text, before_start, match.start())
    if (
        speaker is None
        and before_start > sentence_start
        and not _opens_with_quote(text, sentence_start, match.start(), quoted)
    ):
        # 'Lena Holt, the author of "Quiet Rooms," a study, said': a title, not a quote said
        speaker = _speaker_around_titles(text, sentence_start, match.start(), quoted)
    follows_quote = (
        any(0 <= match.start() - q.end <= 3 for q in quoted)
        or text[sentence_start : match.start()].rstrip().endswith(",")  # "…, said observers."
        or (match.group(0)[:1].isupper() and not text[sentence_start : match.start()].strip())
    )  # "Said Ellis: “…”": the verb opens the sentence, its speaker after it
    after = (
        _AFTER_VERB_SPEAKER.match(_mask_abbreviations(text), match.end(), end)
        if follows_quote
        else None
    )
    closing = (
        after is not None
        and _ONLY_A_PLACE.fullmatch(text[after.end() : end].strip(' .!?”"’')) is not None
        and not _PREPOSITION.match(text, after.start("phrase"))
        and speaker is not None
        and speaker.mention is not None
        and speaker.mention.kind == "anonymous"
    )
    if after and (
        speaker is None or (speaker.mention is None and speaker.reference is None) or closing
    ):  # "…, and the meeting soured, said one GOP source in the room.": the source, last
        appositive = _appositive_after(text, after.end(), end)
        phrase = text[after.start("phrase") : after.end("phrase")]
        phrase = strip_trailing_modifiers(phrase.split(" (", 1)[0])  # "(a view many share)"
        inverted = parse_speaker(phrase, after.start("phrase"), appositive)
        if _FINITE.search(phrase) or _PREPOSITION.match(phrase):
            inverted = None  # "…, said the days … are gone": content; "said on Twitter": where
        if inverted is not None and (inverted.mention is not None or inverted.reference):
            speaker = inverted
    return Attribution(verb, Span(match.start(), match.end()), speaker, content_start)


_OBJECT_PRONOUNS: Final = {"him": "he", "her": "she", "them": "they"}


_REPORTS_PHRASE: Final = re.compile(r"(?:\w+\s+){0,2}reports?\b", re.IGNORECASE)


def _according_to(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The source after ``according to``: a name, a pronoun, or a document or poll
    described in words (``a recent poll of Indiana voters``, ``FEC filings``)."""
    phrase = text[start:end].strip()
    if phrase.lower() in _OBJECT_PRONOUNS:
        pronoun = _OBJECT_PRONOUNS[phrase.lower()]
        return SpeakerPhrase(None, "group" if pronoun == "they" else "person", (pronoun,))
    speaker = parse_speaker(phrase, start)
    if speaker is not None or not phrase or len(phrase.split()) > 12:
        return speaker
    if _REPORTS_PHRASE.match(phrase):
        return SpeakerPhrase(
            SpeakerMention("reports", "unattributed")
        )  # "unconfirmed reports on …"
    return SpeakerPhrase(SpeakerMention(phrase, "anonymous", span=Span(start, start + len(phrase))))


@lru_cache(maxsize=8)
def _mask_abbreviations(text: str) -> str:
    """The text with the stops of "Mr." or "U.S." hidden, offsets unchanged."""
    return _ABBREVIATION_STOP.sub("\x00", text)


def _opens_with_quote(text: str, start: int, verb_start: int, quoted: list[Span]) -> bool:
    return any(
        q.start <= start + 2 or not text[start : q.start].strip(' “"')
        for q in quoted
        if q.end <= verb_start
    )


def _speaker_around_titles(
    text: str, start: int, verb_start: int, quoted: list[Span]
) -> SpeakerPhrase | None:
    """The subject read with the quoted words before the verb blanked out (a title, not
    speech), kept only when the speaker it names lies outside every quote."""
    region = list(text[start:verb_start])
    for span in quoted:
        for index in range(max(span.start, start), min(span.end, verb_start)):
            region[index - start] = "x"
    found = speaker_before("".join(region), 0, verb_start - start)
    named = found.mention if found else None
    if named is None or named.span is None:
        return None
    span = Span(named.span.start + start, named.span.end + start)
    if any(q.start < span.end and span.start < q.end for q in quoted):
        return None
    assert found is not None
    return evolve(found, mention=evolve(named, span=span))


_APPOSITIVE_AFTER: Final = re.compile(
    r"\s*,\s*(?P<appositive>(?:a|an|the)\s[^,.;“”\"]+|[a-z][^,.;“”\"]+)"
)


def _appositive_after(text: str, position: int, end: int) -> str | None:
    match = _APPOSITIVE_AFTER.match(text[position:end])
    return match.group("appositive") if match else None


def _content_start(text: str, verb_end: int, end: int) -> int:
    match = _UP_TO_THAT.match(text, verb_end, min(end, verb_end + 80))
    if match and match.end() - verb_end < 80:  # a "that" further on belongs to the content
        return match.end()
    return verb_end


_UP_TO_THAT: Final = re.compile(r"(?:[^.;“”\"t]++|t(?!(?<=\bt)hat\b))*+that\b\s*")
"""Up to the first "that" standing as a word, with no stop or quotation mark before it
(``[^.;“”"]*?\\bthat\\b\\s*``): runs of other characters are taken whole, and a "t" is
looked at only as the start of that word, where the lazy form tried the word at each
character."""
