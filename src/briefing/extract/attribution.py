"""Finding the reporting verb of a sentence and the phrase that names its speaker.

Handles the subject before the verb (``Mr. Lavrov said``), an appositive
between them (``Oleh Zhdanov, a military analyst, dismissed``), the inverted
order after a quote (``“…,” said X, a spokesman for Y``), ``according to X``
and the phrasal verbs of wire copy (``poured cold water on``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from briefing.extract.lexicon import (
    BASE_FORMS,
    CRITICISM_FORMS,
    DOCUMENT_NOUNS,
    NON_SPEECH_AFTER,
    PHRASAL_REPORTING,
    PROGRESSIVE_ONLY,
    REPORTING_VERBS,
)
from briefing.extract.speakers import SpeakerPhrase, parse_speaker
from briefing.extract.subjects import RELATIVE_TAIL, speaker_before
from briefing.model import Span, SpeakerMention


def _trie(words: frozenset[str] | set[str]) -> str:
    """One regex alternation for many words, sharing prefixes (``sa(?:y|ys|id|ying)``), so a
    match costs one walk down the letters instead of a try per word."""
    if "" in words and len(words) == 1:
        return ""
    branches = []
    by_first: dict[str, set[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], set()).add(word[1:])
    for first in sorted(by_first):
        branches.append(re.escape(first) + _trie(by_first[first]))
    body = "|".join(branches)
    optional = "" in words
    if len(branches) == 1 and not optional:
        return body
    return f"(?:{body})" + ("?" if optional else "")


_ABOUT_VERBS = frozenset(
    """
    talk talks talked talking speak speaks spoke spoken speaking brag brags bragged bragging
    boast boasts boasted boasting complain complains complained complaining
    """.split()
)
"""Verbs that report with "about" after them ("spoke briefly about the closure")."""
_VERB = re.compile(
    r"\b(?:(?P<phrasal>"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(PHRASAL_REPORTING, key=len, reverse=True)
    )
    + r")|(?P<according>according\s+to)|(?P<verb>"
    + _trie(REPORTING_VERBS)
    + r"))\b",
    re.IGNORECASE,
)
_TOPIC_VERB = re.compile(
    r"\b(?:(?P<phrasal>(?:"
    + _trie(_ABOUT_VERBS)
    + r")(?:\s+\w+ly|\s+(?:out|openly|at\s+length|instead))?"
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
_NEGATED = re.compile(r"(?:n[’']t|\bnot|\bnever|\bdeclined\s+to|\brefused\s+to)\s+$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
_AFTER_VERB_SPEAKER = re.compile(
    r"\s+(?P<phrase>[^,.;:“”\"]+?)(?=\s*(?:[,.;:]|$|\s+(?:on|in|at|to)\s))"
)
_AFTER_ACCORDING = re.compile(r"\s+(?P<phrase>[^,.;:“”\"]+?)(?=\s*(?:[,.;:]|$))")
_SUBJECT_JUST_BEFORE = re.compile(
    r"(?:\b(?:he|she|it|they|also|ministry|agency|office|spokesman|spokeswoman|spokesperson)|"
    r"[A-Z][\w.’']*|,)\s*$"
)
_ABBREVIATION_STOP = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Prof|St|Brig|Cmdr|U\.S|U\.N|U\.K|E\.U)\."
)
_BY_AGENT = re.compile(
    r"\s+by\s+(?P<phrase>(?:the\s+|a\s+|an\s+)?[^,.;:“”\"]+?)(?=\s+(?:as|on|in|after|for|over)\b|\s*[,.;:]|$)"
)
_CALLED_SOMETHING = re.compile(r"\s+(?:[\w’'.\-]+\s+){1,4}(?:a|an|[“\"‘])(?=\s|\w|[“\"‘])")
"""``called the mayor "unhinged"``, ``called the ruling a disgrace``: naming something, aloud."""
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|keeps|kept|[’']s|[’']re)\s+"
    r"(?:(?:\w+ly|once\s+again|again|also|still|now|already)\s+){0,2}$"
)
"""``is once again questioning``, ``’s now claiming``: a progressive reporting verb."""
_CALLED_JUDGED = re.compile(
    r"\s+(?:(?:the|his|her|their|its|this|that|these|those)\s+(?:[\w’'\-]+\s+){0,3}?|it\s+|them\s+|"
    r"him\s+|her\s+)(?:[a-z]+(?:ous|ful|less|able|ible|ive|ical|ent|ant|ated|ized|ised|ided)|un[a-z]{4,}|"
    r"false|wrong|fake|untrue|absurd|ridiculous|unfair|illegal|racist|sexist|dangerous|dishonest|"
    r"crazy|insane|stupid|weak|disgraceful|shameful|unhinged|unacceptable|outrageous)\b"
)
"""``called the charges unsubstantiated``, ``called it unfair``: a judgement said aloud."""
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:message|statement|video|letter|article|post|tweet|report|memo|note|ad|comment|"
    r"remarks|interview|op-ed|column|essay|book|study|poll|survey)\s+$",
    re.IGNORECASE,
)
"""A document just before a past participle ("a message posted Friday"): the participle
describes it; it does not report."""
_CITED_SOURCE = re.compile(
    r"(?:\s+[\w’'.\-]+){0,4}?\s+(?:sources?|officials?|people|persons|insiders|aides|"
    r"witnesses|residents|diplomats|brokers|agents)\b",
    re.IGNORECASE,
)
_FOR_OR_AS = re.compile(
    r"(?:\s+[\w’'.\-]+){1,6}?\s+(?:for\s+(?:\w+ing|not|never|his|her|their|its|what|how|being|"
    r"having|the\s+way)\b|as\s+(?:a|an|the|being|too|weak|unfit|[“\"‘]))",
    re.IGNORECASE,
)
"""``blasted him for not paying``, ``attacked her rival as a fraud``: criticism, said aloud."""
_CHANNEL = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:remarks|comments|statements?|interview|post|video|transcript|"
    r"footage|excerpts|readout)\s+(?:carried|published|broadcast|aired|posted|released|quoted|"
    r"run)\s+(?:by|on|in)\b",
    re.IGNORECASE,
)
"""``according to remarks carried by X``: X is the channel; the speaker is in the clause."""
_FINITE = re.compile(
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


def find_attribution(text: str, start: int, end: int, quoted: list[Span]) -> Attribution | None:
    """The first reporting verb outside quotes in ``text[start:end]`` that has a speaker."""
    may = _may_report(text[start:end])
    if not may:
        return None
    matches: Iterable[re.Match[str]] = _VERB.finditer(text, start, end)
    if may is _TOPIC:
        topic = list(_TOPIC_VERB.finditer(text, start, end))
        matches = sorted([*matches, *topic], key=lambda m: m.start()) if topic else matches
    fallback = channel = None
    for match in matches:
        if any(q.start <= match.start() < q.end for q in quoted):
            continue
        verb = re.sub(r"\s+", " ", match.group(0).lower())
        if not _is_speech(text, match, start, verb):
            continue
        before_start = max([start, *[q.end for q in quoted if q.end <= match.start()]])
        found = _attribute(text, match, before_start, end, start, quoted, verb)
        if found.according_to and _CHANNEL.match(text, match.end(), end):
            channel = channel or found  # "according to remarks carried by SUNA, the general said"
            continue
        if found.speaker is not None:
            return found
        fallback = fallback or found
    return channel or fallback


_PHRASAL_HINTS = tuple({phrase.split()[0] for phrase in PHRASAL_REPORTING} | {"according"})
"""The first word of each phrasal verb: its last ("on", "to") is in nearly every sentence."""


def _may_report(sentence: str) -> int | bool:
    """A cheap test before the full verb pattern: does any reporting word occur at all?
    ``_TOPIC`` when a topic verb ("spoke about") may be there too."""
    lowered = sentence.lower()
    words = None
    if any(stem in lowered for stem in _TOPIC_STEMS):
        words = re.findall(r"[a-z]+", lowered)
        if not _TOPIC_WORDS.isdisjoint(words):
            return _TOPIC
    if any(hint in lowered for hint in _PHRASAL_HINTS):
        return True
    found = REPORTING_VERBS.intersection(words or re.findall(r"[a-z]+", lowered))
    if found and found <= CRITICISM_FORMS:
        # "drone attacks on the port": criticism is speech only with "for …" or "as …"
        return " for " in lowered or " as " in lowered
    return bool(found)


_TOPIC = 2
"""What ``_may_report`` answers for a sentence that may also hold a topic verb."""
_TOPIC_WORDS = _ABOUT_VERBS | {"call", "calls", "called"}
_TOPIC_STEMS = ("talk", "spok", "speak", "brag", "boast", "complain", "call")


def _is_speech(text: str, match: re.Match[str], sentence_start: int, verb: str) -> bool:
    before = text[sentence_start : match.start()]
    if _NEGATED.search(before):
        return False
    if match.group(0)[0].isupper() and not match.group("according"):
        return False  # "United States", a headline word: not a verb in running text
    following = re.match(r"\s+(\w+)", text[match.end() : match.end() + 20])
    next_word = following.group(1).lower() if following else ""
    if verb in ("called", "calls"):
        if next_word in ("for", "on"):
            return True
        if _PASSIVE.search(before) or before.endswith(("so-", "so ")) or not before.strip():
            return False  # "a town called Marinka", "the so-called corridor"
        if _CALLED_JUDGED.match(text, match.end()):
            return True  # "called the charges unsubstantiated", "called it unfair"
        named = _CALLED_SOMETHING.match(text, match.end())
        # "a group called Solntsepek claimed …": a name given, then the sentence's own verb
        return bool(named) and not any(
            w.endswith("ed") or w in REPORTING_VERBS for w in named.group(0).lower().split()
        )
    if verb in ("cited", "cites", "cite", "citing") and _CITED_SOURCE.match(text, match.end()):
        return False  # "cited anonymous U.S. intelligence sources": whom, not what, is named
    if verb in ("posted", "published", "released", "issued", "aired", "tweeted") and (
        _DOCUMENT_BEFORE.search(before)
    ):
        return False  # "In a Facebook message posted Friday, Cruz said": the message's date
    if re.search(r"\b[Hh]aving\s+$", before) and text.startswith(" that", match.end()):
        return False  # "Having said that, …": a turn of phrase
    if verb.startswith("points") and re.search(
        r"(?:\d|percentage|basis|several|few|many|two|three|four|five|ten)\s+$", before, re.I
    ):
        return False  # "by 0.1 percentage points to 4.2 percent": a noun
    if verb.startswith(("referred to", "refers to", "referring to")):
        return bool(re.match(r"(?:\s+[\w’'.\-]+){1,6}?\s+as\b", text[match.end() :]))
    if verb.endswith(" on") and verb.startswith("call"):
        # "called on Congress to act", not "called on the villages"
        return bool(re.match(r"(?:\s+[\w’'.\-]+){1,5}?\s+to\s+[a-z]", text[match.end() :]))
    if verb in CRITICISM_FORMS:
        passive = not verb.endswith("ing") and _PASSIVE.search(before)  # "was attacked for"
        return bool(_FOR_OR_AS.match(text, match.end())) and not passive
    if verb in ("concluded", "concludes", "conclude", "concluding"):
        return next_word == "that"  # "the interview concluded" ended; "concluded that" says
    if verb in ("described", "describes", "describe"):
        # "described the plan as a buzz", not "described scenes of panic"
        return bool(re.match(r"(?:\s+[\w’'\-]+){0,8}?\s+(?:as\b|[“\"])", text[match.end() :]))
    if verb in ("attributed", "attributes", "blamed", "blames"):
        return True
    if re.search(r"\b(?:a|an|the|this|that|its|his|her|their)\s+$", before, re.IGNORECASE):
        return False  # "a proposed law", "the disputed account": an adjective
    if verb in BASE_FORMS and verb != "say":
        # "they admit", "Democrats contend": a plural subject just before, never "to comment"
        # unless the "to" carries on saying ("continues to insist")
        return bool(
            re.search(r"\b(?:i|we|they|you|who|\w+s)\s+(?:\w+ly\s+)?$", before, re.I)
            or re.search(r"\b(?:continues?|continued|keeps?|kept)\s+to\s+$", before, re.I)
        )
    if verb in PROGRESSIVE_ONLY:
        if not _PROGRESSIVE_BEFORE.search(before):
            return False
        return not (verb in ("calling", "pointing") and next_word not in ("for", "on", "to"))
    if verb in ("show", "shows", "showed", "shown", "found", "finds", "reveals", "indicates"):
        # "a new poll shows", "records compiled by the FEC show", never "police found"
        subject = re.findall(r"[A-Za-z]+", before.lower())[-12:]
        return any(word in DOCUMENT_NOUNS for word in subject) and not (
            subject and subject[-1] in ("police", "officers", "investigators", "troops")
        )
    if verb in ("asked", "asks"):
        return not _PASSIVE.search(before) and next_word not in NON_SPEECH_AFTER | {"to"}
    if verb.endswith("s") and verb != "says" and not _SUBJECT_JUST_BEFORE.search(before):
        return False  # the nouns "reports", "claims", "remarks"
    if verb in ("reports", "claims") and (
        next_word in ("on", "of", "from", "in", "about")
        or re.search(r"\b(?:unconfirmed|unverified|media|news|recent|earlier)\s+$", before, re.I)
    ):
        return False  # "Unconfirmed reports on social media said"
    if _PASSIVE.search(before) and verb not in ("said", "told"):
        return bool(_BY_AGENT.match(text, match.end()))
    return not (verb in ("posted", "added") and next_word in NON_SPEECH_AFTER)


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
    masked = _mask_abbreviations(text)
    if match.group("according"):
        after = _AFTER_ACCORDING.match(masked, match.end(), end)
        speaker = _according_to(text, after.start("phrase"), after.end("phrase")) if after else None
        return Attribution(verb, Span(match.start(), match.end()), speaker, content_start, True)
    agent = (
        _BY_AGENT.match(text, match.end(), end)
        if _PASSIVE.search(text[before_start : match.start()])
        else None
    )
    if agent:
        phrase = RELATIVE_TAIL.sub(
            "", re.sub(r"\s+(?:that|which|who)\s+.*$", "", agent.group("phrase"))
        )
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
    follows_quote = any(0 <= match.start() - q.end <= 3 for q in quoted) or bool(
        re.search(r",\s*$", text[before_start : match.start()])  # "…, said several observers."
    )
    if follows_quote and (
        speaker is None or (speaker.mention is None and speaker.reference is None)
    ):
        after = _AFTER_VERB_SPEAKER.match(masked, match.end(), end)
        if after:
            appositive = _appositive_after(text, after.end(), end)
            phrase = text[after.start("phrase") : after.end("phrase")]
            phrase = phrase.split(" (", 1)[0]  # "said Mr. Burman (a view many share)"
            inverted = parse_speaker(phrase, after.start("phrase"), appositive)
            if _FINITE.search(phrase):
                inverted = None  # "…, said the days of a unifying story are gone": content
            if inverted is not None and (inverted.mention is not None or inverted.reference):
                speaker = inverted
    return Attribution(verb, Span(match.start(), match.end()), speaker, content_start)


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


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
    if re.match(r"(?:\w+\s+){0,2}reports?\b", phrase, re.IGNORECASE):
        return SpeakerPhrase(
            SpeakerMention("reports", "unattributed")
        )  # "unconfirmed reports on …"
    return SpeakerPhrase(SpeakerMention(phrase, "anonymous", span=Span(start, start + len(phrase))))


@lru_cache(maxsize=8)
def _mask_abbreviations(text: str) -> str:
    """The text with the stops of "Mr." or "U.S." hidden, offsets unchanged."""
    return _ABBREVIATION_STOP.sub(lambda m: m.group(0)[:-1].replace(".", "\x00") + "\x00", text)


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
    return replace(found, mention=replace(named, span=span))


def _appositive_after(text: str, position: int, end: int) -> str | None:
    match = re.match(
        r"\s*,\s*(?P<appositive>(?:a|an|the)\s[^,.;“”\"]+|[a-z][^,.;“”\"]+)", text[position:end]
    )
    return match.group("appositive") if match else None


def _content_start(text: str, verb_end: int, end: int) -> int:
    match = re.match(r"[^.;“”\"]*?\bthat\b\s*", text[verb_end:end])
    if match and len(match.group(0)) < 80:
        return verb_end + match.end()
    return verb_end
