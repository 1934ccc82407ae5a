"""Speakers named without a name: a description ("the front-runner", "the Ukrainian
leader"), a group ("Aid agencies", "two container lines"), a share of those polled
("About three in 10"), an anonymous source, or reports nobody signs ("Unconfirmed reports
on social media"). Also the phrase type every speaker rule returns, and the words they
share. Used by ``speakers.parse_speaker`` once a phrase has no name in it.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.lexicon import (
    DEMONYMS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORGANISATION_HEADS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
)
from briefing.frozen import dataclass
from briefing.model import Span, SpeakerMention

DETERMINERS: Final = frozenset(
    """
    the a an two three four five several some many other one both
    """.split()
)

POSSESSIVE_DETERMINERS: Final = frozenset("its their his her".split())

UNATTRIBUTED: Final = re.compile(
    r"^(?:(?:media|news|unconfirmed|recent|earlier|local|some|other)\s+)*reports?$", re.I
)
SHARE_OF_PEOPLE: Final = re.compile(
    r"(?:^|(?<=,\s)|(?<=^\w)|\b(?=(?:about|nearly|almost|roughly|some|just|only|more\s+than|"
    r"fewer\s+than|less\s+than|over|under)\s))"
    r"(?:(?:about|nearly|almost|roughly|some|just|only|more\s+than|fewer\s+than|less\s+than|"
    r"over|under|just\s+shy\s+of)\s+)*"
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine)\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)|a\s+(?:third|quarter|fifth|"
    r"majority|minority)|two-thirds|half|majorities|most|many)"
    r"(?:\s+of\s+(?:the\s+|those\s+|all\s+)?[\w\s\-]{1,40})?$",
    re.IGNORECASE,
)
"""A share of people polled speaking as one: ``About three in 10 said``, ``49% say``."""
UNATTRIBUTED_WHERE: Final = re.compile(
    r"^(?:(?:media|news|unconfirmed|unverified|recent|earlier|local|some|other|several|many)\s+)*"
    r"(?:reports?|posts?|accounts?|rumou?rs?)\s+(?:on|in|from)\s+(?:the\s+)?(?:social\s+media|"
    r"(?:pro-\w+\s+|local\s+|state\s+|russian\s+|ukrainian\s+)?(?:media|outlets|channels|"
    r"telegram\s+channels|blogs|press))$",
    re.I,
)
"""``Unconfirmed reports on social media said``: nobody named."""
ROLE_WORDS: Final = (
    TITLE_WORDS
    | ORGANISATION_HEADS
    | GROUP_NOUNS
    | frozenset(
        """
    news public state foreign military port coast intelligence energy health interior defense
    defence general top senior regional local national federal city security emergency armed
    navy air nuclear atomic shipping maritime infrastructure leader analyst journalist reporter
    correspondent adviser advisor official spokesman spokeswoman spokesperson broadcaster
    lawyer attorney operator owner chief coordinator disaster hunger election justice
    """.split()
    )
)
HONORIFICS_ONLY: Final = frozenset(
    """
    mr. mrs. ms. dr. mr mrs ms dr miss sir dame
    """.split()
)


@dataclass(frozen=True)
class SpeakerPhrase:
    """What a phrase says about its speaker before references are resolved."""

    mention: SpeakerMention | None
    reference: str | None = None
    """``"person"``/``"group"`` for pronouns, ``"surname"``, or ``"description"``."""
    words: tuple[str, ...] = ()


NOUN_PHRASE_OPENERS: Final = frozenset(
    """
    the a an that this these those one some many most each both
    several few all half majority other another
    """.split()
)
_PEOPLE: Final = GROUP_NOUNS | frozenset(
    """
    senators advisers advisors aides allies supporters voters respondents democrats republicans
    strategists donors delegates friends opponents backers staffers pollsters judges spokespeople
    campaign team lawyers attorneys relatives family parents son daughter wife husband friend
    aide adviser advisor spokesman spokeswoman spokesperson colleagues neighbors neighbours
    doctor doctors physician lawyer attorney brother sister mother father assistant
    ex-wife ex-husband widow son-in-law
    """.split()
)
"""Heads that name people even after a possessive ("her advisers", "Mrs. Lind's aides")."""
_NUMBER: Final = re.compile(
    r"^(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dozen)(?:-\w+)?)$",
    re.IGNORECASE,
)
_NOT_A_SPEAKER: Final = frozenset(
    """
    it this that there which what who whom whose something nothing everything everyone anyone
    one time day week year way thing things fact statement's
    """.split()
)


_AND_OR: Final = re.compile(r"\s+(?:and|or)\s+")


def common_noun_phrase(tokens: list[tuple[int, str]]) -> SpeakerPhrase | None:
    """ "The magazine", "That person", "Twenty-four percent", "a new poll": a speaker named
    by a common noun, resolved to someone named before when the memory can, else kept as
    the description it is."""
    words = [word for _, word in tokens]
    for index in range(len(words) - 1, max(-1, len(words) - 6), -1):
        lowered = words[index].lower()
        owner = lowered in POSSESSIVE_DETERMINERS or lowered.endswith(("’s", "'s", "s'", "s’"))
        plural = _BARE_PLURAL.match(words[-1]) is not None  # "State's reviewers"
        owned = words[-1].lower()
        if owner and index < len(words) - 1 and (owned in _PEOPLE | DOCUMENT_NOUNS or plural):
            if index > 0 and words[index - 1][:1].isupper() and lowered.endswith(("s", "’", "'")):
                index -= 1  # "Mrs. Lind's advisers", "Anna Lind's campaign"
                if index > 0 and words[index - 1].lower() in HONORIFICS_ONLY:
                    index -= 1
            span = Span(tokens[index][0], tokens[-1][0] + len(tokens[-1][1]))
            return SpeakerPhrase(SpeakerMention(" ".join(words[index:]), "anonymous", span=span))
        if lowered in NOUN_PHRASE_OPENERS or _NUMBER.match(lowered):
            phrase = words[index:]
            head = phrase[-1].lower()
            bare = head.replace("-", "")
            if head in _NOT_A_SPEAKER or not bare.isalpha() or (len(phrase) < 2 and index):
                return None
            if not all(w.isalpha() or "-" in w or w[:1].isdigit() for w in phrase):
                return None
            span = Span(tokens[index][0], tokens[-1][0] + len(tokens[-1][1]))
            mention = SpeakerMention(" ".join(phrase), "anonymous", span=span)
            heads = tuple(w.lower() for w in phrase if w.lower() not in NOUN_PHRASE_OPENERS)
            return SpeakerPhrase(mention, "description", heads or (head,))
    conjuncts = _AND_OR.split(" ".join(words))
    if (
        all(_BARE_PLURAL.match(part) for part in conjuncts)
        and words[-1].lower() not in _NOT_A_SPEAKER
    ):
        if len(conjuncts) > 1:  # "lobbyists and former foes"
            span = Span(tokens[0][0], tokens[-1][0] + len(tokens[-1][1]))
            return SpeakerPhrase(SpeakerMention(" ".join(words), "anonymous", span=span))
        return unnamed_group(tokens)  # "Aid agencies said", "Prominent businesses warn"
    return None


_BARE_PLURAL: Final = re.compile(r"^(?:[A-Za-z][a-z\-]+\s+){0,2}[a-z]{3,}[^s\W]s$")
"""Up to three words, the last a plural noun: a group named without a determiner."""


def unnamed_group(tokens: list[tuple[int, str]]) -> SpeakerPhrase:
    """ "Two container lines", "Ukrainian officials": back to the determiner or number."""
    words = [word for _, word in tokens]
    start = max(0, len(words) - 5)
    for index in range(len(words) - 2, start - 1, -1):
        lowered = words[index].lower()
        if lowered in DETERMINERS or lowered[:1].isdigit():
            start = index
            break
        if not (
            lowered in ROLE_WORDS
            or lowered in DEMONYMS
            or words[index][:1].isupper()
            or lowered.isalpha()
        ):
            start = index + 1
            break
    while start < len(words) - 1 and words[start].lower() in SENTENCE_OPENERS:
        start += 1
    span = Span(tokens[start][0], tokens[-1][0] + len(tokens[-1][1]))
    return SpeakerPhrase(SpeakerMention(" ".join(words[start:]), "anonymous", span=span))


def anonymous(phrase: str, offset: int) -> SpeakerPhrase:
    words = phrase.split()
    for index, word in enumerate(words):
        if word.lower() in DETERMINERS or word.lower() in GROUP_NOUNS or word[:1].isdigit():
            phrase = " ".join(words[index:])
            break
    return SpeakerPhrase(SpeakerMention(phrase, "anonymous"))


_COUNTRYS: Final = re.compile(r"^(?:The\s+)?Country['’]s\s+")


def description(words: list[str]) -> SpeakerPhrase | None:
    """ "the Ukrainian leader", "the ministry": someone named before, found by memory.

    A body described in two words or more ("the interior ministry", "the
    prosecutor's office") is named by them.
    """
    kept = [w for w in words if w.lower() not in DETERMINERS | POSSESSIVE_DETERMINERS]
    heads = tuple(word.lower() for word in kept)
    if not heads or heads[-1] not in ROLE_WORDS:
        return None
    if heads[-1] in ORGANISATION_HEADS and len(kept) >= 2 and heads[0] not in DEMONYMS:
        name = " ".join(w if w[:1].isupper() else w.capitalize() for w in kept)
        name = _COUNTRYS.sub("", name)
        return SpeakerPhrase(SpeakerMention(name, "organisation"))
    return SpeakerPhrase(SpeakerMention(" ".join(words), "anonymous"), "description", heads)


_FULL: Final = r"[A-Z][\w’'\-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'\-]+"
_PEOPLE_JOINED: Final = re.compile(
    r"^\s*(?:(?:Sens?|Reps?|Govs?)\.\s+|(?:Senators|Representatives|Governors)\s+)?"
    r"(?P<names>" + _FULL + r"(?:\s*,\s*" + _FULL + r")*\s*,?\s+and\s+" + _FULL + r")\s*$"
)


_SPACE_BEFORE_COMMA_OR_DOUBLED: Final = re.compile(r"\s+(?=,)|(?<=\s)\s+")


def people_joined(phrase: str, offset: int) -> SpeakerPhrase | None:
    """ "Sens. Jeff Marr (D-Ore.), Sherrod Bell (D-Ohio) and Robert Mena": two or more people
    named in full, joined by commas and "and", speaking together — all of them, not the last
    alone (party tags may already be blanked out)."""
    people = _PEOPLE_JOINED.match(phrase)
    if people is None:
        return None
    names = _SPACE_BEFORE_COMMA_OR_DOUBLED.sub("", people.group("names"))
    at = offset + people.start("names")
    return SpeakerPhrase(SpeakerMention(names, "anonymous", span=Span(at, at + len(names))))


_DOCUMENT_SOURCE: Final = re.compile(
    r"(?:^|(?<=\s))(?P<source>(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Nn]ew|[Rr]ecent|[Ll]atest|"
    r"[Ee]xit|[Tt]hat|[Tt]his|[A-Z][\w/.’'\-]*)\s+){0,6}(?P<noun>(?!there\b|here\b|also\b)[A-Za-z]+))"
    r"(?:\s+(?:there|here|also))?\s*$"
)
"""A poll, a survey, filings or a study at the end of a subject: the document speaks."""


def document_source(phrase: str, offset: int) -> SpeakerPhrase | None:
    """ "A Wall Street Journal/NBC News poll", "Exit polling", "Polls there": a document
    no other rule reads, speaking as its source."""
    document = _DOCUMENT_SOURCE.search(phrase)
    if document is None or document.group("noun").lower() not in DOCUMENT_NOUNS:
        return None
    span = Span(offset + document.start("source"), offset + document.end("source"))
    return SpeakerPhrase(SpeakerMention(document.group("source"), "anonymous", span=span))


def groups_joined(phrase: str) -> bool:
    """ "Democrats and civil rights groups", "Police and firefighters": two plural heads,
    one of them a group noun."""
    left, _, right = phrase.rpartition(" and ")
    heads = [part.split()[-1] for part in (left, right) if part.split()]
    if len(heads) < 2:
        return False
    plural = all(h.lower() in GROUP_NOUNS or (h.islower() and h.endswith("s")) for h in heads)
    return plural and any(h.lower() in GROUP_NOUNS for h in heads)


_GROUP_WITH_PLACE: Final = re.compile(
    r"\b(?P<group>[A-Za-z]+)\s+(?:at|from|with|of|in|on)\s+(?:the\s+)?[A-Z]"
)
_GROUP_WITH_TOPIC: Final = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?P<group>[A-Za-z]+)\s+(?:on|for|of|from)\s+(?:the\s+)?[a-z]"
)
_DETERMINER_BEFORE: Final = re.compile(r"^\s*(?:\w+\s+){0,2}$")
"""At most two words before the group noun ("Some senior officials in Kyiv"): the phrase is
the group's own; more, and it is a clause the group ends."""
_SOMEONE_IN_PLACE: Final = re.compile(
    r"(?:^|[,;]\s*)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){1,3}(?:in|from|at|near|based\s+in)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,.*)?$"
)
"""An unnamed person somewhere: "a trader in Odesa", "one official from Kyiv, who …"."""
_PLACE_LINKS: Final = frozenset("at from with of in on".split())
_TOPIC_LINKS: Final = frozenset("on for of from".split())
_ONE_WORDS: Final = frozenset("a an one another".split())
_IN_WORDS: Final = frozenset("in from at near".split())
"""The words each pattern above needs one of, as a whole word: most speakers' phrases are a
name or a title, and hold none."""


def unnamed_by_link(phrase: str, words: set[str], offset: int) -> SpeakerPhrase | None:
    """A group or someone unnamed, placed or given a topic: "nervous Democrats on Capitol
    Hill", "Experts on flood defences", "a shipping broker in Istanbul". ``words`` are the
    phrase's words in lower case."""
    groups = [
        g
        for g in (() if _PLACE_LINKS.isdisjoint(words) else _GROUP_WITH_PLACE.finditer(phrase))
        if g.group("group").lower() in GROUP_NOUNS
    ]
    if groups:
        # "… likely to placate nervous Democrats on Capitol Hill": the group, not the clause
        first = groups[0].start("group")
        return anonymous(
            phrase if _DETERMINER_BEFORE.search(phrase, 0, first) else phrase[first:], offset
        )
    topic = None if _TOPIC_LINKS.isdisjoint(words) else _GROUP_WITH_TOPIC.match(phrase)
    if topic and topic.group("group").lower() in GROUP_NOUNS:
        return anonymous(phrase, offset)  # "Experts on flood defences"
    if (
        not _ONE_WORDS.isdisjoint(words)
        and not _IN_WORDS.isdisjoint(words)
        and _SOMEONE_IN_PLACE.search(phrase)
    ):
        return anonymous(phrase, offset)  # "a shipping broker in Istanbul": not Istanbul
    return None
