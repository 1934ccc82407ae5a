"""Is this reporting word speech here? The tests a verb found in a sentence must pass.

``called`` is speech in "called the ruling a disgrace" and "called for talks", not in "a
town called Marinka"; ``attacked`` only when a reason follows ("attacked her rival as a
fraud"), ``cited`` not when a source is what is cited, ``shows`` only after a poll or a
document, a plain form ("they admit") only after its plural subject, an -ing form only
after "is" or "was", and nothing after "not", "declined to" or "Having said that".
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.lexicon import (
    BASE_FORMS,
    CRITICISM_FORMS,
    DOCUMENT_NOUNS,
    NON_SPEECH_AFTER,
    PROGRESSIVE_ONLY,
    last_words,
)
from briefing.extract.word_patterns import opening_words

_NEGATED: Final = re.compile(
    r"(?=[ndr])(?:n[’']t|\bnot|\bnever|\bdeclined\s+to|\brefused\s+to)\s+$", re.IGNORECASE
)
PASSIVE: Final = re.compile(
    opening_words(("was", "were", "been", "being", "is", "are", "be"))
    + r"(?i:\s+(?:(?:first|also|later|widely|\w+ly)\s+)?)$",
)
_NOUN_SUBJECT: Final = re.compile(
    r"\b(?:woman|man|mother|father|wife|husband|ex-wife|ex-husband|family|group|campaign|"
    r"company|court|judge|candidate|nominee|president|senator|governor|mayor|official|"
    r"spokesman|spokeswoman|minister|secretary|chairman|leader|"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r")\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
"""A noun subject just before a verb in -s ("The woman disputes", "the story suggests"):
"disputes" is the verb here, not the noun of "the disputes"."""
_SUBJECT_JUST_BEFORE: Final = re.compile(
    r"(?:\b(?:he|she|it|they|also|ministry|agency|office|spokesman|spokeswoman|spokesperson)|"
    r"[A-Z][\w.’']*|,)(?:\s+(?:then|now|still|again|later|even|\w+ly))*\s*$"
)
BY_AGENT: Final = re.compile(
    r"\s+by\s+(?P<phrase>(?:the\s+|a\s+|an\s+)?[^,.;:“”\"]+?)(?=\s+(?:as|on|in|after|for|over)\b|\s*[,.;:]|$)"
)
_CALLED_SOMETHING: Final = re.compile(
    r"\s+(?!(?:to|into|back|up|off|out|for|in|on|at|by)\b)"
    r"(?:(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week)\s+|(?:(?:[A-Z]\.)+|[\w’'\-]+)\s+){1,9}"
    r"(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bto\s)(?<!\binto\s)"
    r"(?:a|an|[“\"‘])(?=\s|\w|[“\"‘])"
)
"""``called the mayor "unhinged"``, ``called the ruling a disgrace``: naming something, aloud."""
_PROGRESSIVE_BEFORE: Final = re.compile(
    r"\b(?:is|are|was|were|been|be|keeps|kept|[’']s|[’']re)\s+"
    r"(?:(?:\w+ly|once\s+again|again|also|still|now|already)\s+){0,2}$"
)
"""``is once again questioning``, ``’s now claiming``: a progressive reporting verb."""
_CALLED_JUDGED: Final = re.compile(
    r"\s+(?:(?:the|his|her|their|its|this|that|these|those)\s+(?:[\w’'\-]+\s+){0,3}?|it\s+|them\s+|"
    r"him\s+|her\s+)(?:[a-z]+(?:ous|ful|less|able|ible|ive|ical|ent|ant|ated|ized|ised|ided)|un[a-z]{4,}|"
    r"false|wrong|fake|untrue|absurd|ridiculous|unfair|illegal|racist|sexist|dangerous|dishonest|"
    r"crazy|insane|stupid|weak|disgraceful|shameful|unhinged|unacceptable|outrageous)\b"
)
"""``called the charges unsubstantiated``, ``called it unfair``: a judgement said aloud."""
_DOCUMENT_BEFORE: Final = re.compile(
    r"\b(?:message|statement|video|letter|article|post|tweet|report|memo|note|ad|comment|"
    r"remarks|interview|op-ed|column|essay|book|study|poll|survey)\s+$",
    re.IGNORECASE,
)
"""A document just before a past participle ("a message posted Friday"): the participle
describes it; it does not report."""
_CITED_SOURCE: Final = re.compile(
    r"(?:\s+[\w’'.\-]+){0,4}?\s+(?:sources?|officials?|people|persons|insiders|aides|"
    r"witnesses|residents|diplomats|brokers|agents)\b",
    re.IGNORECASE,
)
_FOR_OR_AS: Final = re.compile(
    r"(?:\s+[\w’'.\-]+){1,6}?\s+(?:for\s+(?:\w+ing|not|never|his|her|their|its|what|how|being|"
    r"having|the\s+way)\b|as\s+(?:a|an|the|being|too|weak|unfit|[“\"‘]))"
    r"|\s+[“\"](?:\w+\s+){2}",
    re.IGNORECASE,
)
"""``blasted him for not paying``, ``attacked her rival as a fraud``: criticism, said aloud."""


_OPENS_INVERTED: Final = re.compile(r"\s+[^,:.;“”\"]{1,60}[:,]\s*[“\"]")


_NAMING_VERBS: Final = frozenset("branded brands dubbed dubs labeled labelled labels".split())
_WRITES_FOR_A_LIVING: Final = re.compile(
    r"\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:column|blog|newsletter)\b",
    re.IGNORECASE,
)
_NOUN_TOO: Final = frozenset(
    "claims reports remarks comments statements questions charges promises threats calls "
    "warnings denials accusations".split()
)
_OWNED_BEFORE: Final = re.compile(r"[’']s\s+(?:[A-Z][\w\-]*\s+){0,3}$")
_CLOSES_SENTENCE: Final = re.compile(r"\s*[.!?]")
_FRAMING_SUBJECT: Final = re.compile(
    r",\s+(?:(?!\b(?:is|are|was|were|has|have|had|be)\b)[^,;“”\"]){1,60}\s$", re.IGNORECASE
)
"""``…, the candidate's former doctor`` before a verb closing the sentence: its subject
after a comma, with no verb of its own (not "…, these are important questions")."""
_PROGRESSIVE_PHRASE: Final = re.compile(r"\w+ing\s")
"""``is raising questions about``, ``was pointing out``: a phrasal verb in the progressive."""


def criticism_said(text: str, verb_end: int) -> bool:
    """Does a reason or label follow a criticism verb ("blasted him for not paying")?"""
    return _FOR_OR_AS.match(text, verb_end) is not None


_NEXT_WORD: Final = re.compile(r"\s+(\w+)")
_HAVING: Final = re.compile(r"\b[Hh]aving\s+$")
_COUNTED: Final = re.compile(
    r"(?:\d|percentage|basis|several|few|many|two|three|four|five|ten)\s+$", re.IGNORECASE
)
_DETERMINER_BEFORE: Final = re.compile(
    opening_words("a an the this that its his her their".split()) + r"\s+$"
)
_PLURAL_SUBJECT: Final = re.compile(
    r"\b(?:i|we|they|you|who|some|many|most|few|both|all|"
    r"(?!(?:as|was|has|is|its|his|this|thus|plus|us|less|unless|across)\b)\w+s)"
    r"\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_CARRIES_ON: Final = re.compile(
    opening_words("continue continues continued keep keeps kept".split()) + r"(?i:\s+to\s+)$"
)
_NEWS_BEFORE: Final = re.compile(
    r"\b(?:unconfirmed|unverified|media|news|recent|earlier)\s+$", re.IGNORECASE
)


_NEAR: Final = 80
"""How far back a pattern that ends at the verb looks (a word or three): searching the whole
sentence before each verb tried every position of it."""


def ends_passive(region: str) -> bool:
    """``region`` ends in a form of "be", maybe with an adverb: "was widely", "were"."""
    return _may_end(PASSIVE, _last_two(region)) and PASSIVE.search(region) is not None


def _last_two(region: str) -> str:
    return " ".join(last_words(region, 2)).lower()


def _may_end(pattern: re.Pattern[str], last_two: str) -> bool:
    """Whether ``pattern`` can end where ``last_two`` (the last two words, lower case) end:
    false only when it needs a word they lack. Three patterns are tried before most verbs,
    and most verbs have none of their words before them. (Told apart by identity: a
    pattern's hash is worked out afresh from its whole text at each look-up.)"""
    if pattern is _NEGATED:
        return any(word in last_two for word in _NEGATION_WORDS)
    if pattern is PASSIVE:
        return any(word in last_two for word in _BE_WORDS)
    if pattern is _DETERMINER_BEFORE:
        return last_two.endswith(_DETERMINERS)
    return True


_NEGATION_WORDS: Final = ("n't", "n’t", "not", "never", "to")
"""One of which the last two words hold where ``_NEGATED`` can end."""
_BE_WORDS: Final = ("was", "were", "be", "is", "are")
"""One of which the last two words hold where ``PASSIVE`` can end."""
_DETERMINERS: Final = ("a", "an", "the", "this", "that", "its", "his", "her", "their")
"""What the last word ends with where ``_DETERMINER_BEFORE`` can end."""


_AS_WITHIN_SIX_WORDS: Final = re.compile(r"(?:\s+[\w’'.\-]+){1,6}?\s+as\b")
_TO_QUOTE_WITHIN_FIVE_WORDS: Final = re.compile(r"(?:\s+[\w’'.\-]+){1,5}?\s+to\s+[“\"]?[a-z]")
_AS_OR_QUESTION_AHEAD: Final = re.compile(
    r"(?:\s+[\w’'\-]+){0,8}?\s+(?:as\b|[“\"])|\s+(?:how|what|why|whom)\b"
)
_ASCII_WORD: Final = re.compile(r"[A-Za-z]+")


def is_speech(text: str, match: re.Match[str], sentence_start: int, verb: str) -> bool:
    before = text[sentence_start : match.start()]
    near = max(sentence_start, match.start() - _NEAR)
    last_two = _last_two(text[near : match.start()])

    def ends(pattern: re.Pattern[str]) -> bool:
        return _may_end(pattern, last_two) and pattern.search(text, near, match.start()) is not None

    if ends(_NEGATED):
        return False
    if match.group(0)[0].isupper() and not match.group("according"):
        # "United States", a headline word: not a verb in running text, unless it opens an
        # inverted attribution before a quote ("Said Ellis: “…”", "Added the mayor, “…”")
        return not before.strip(' “"') and bool(_OPENS_INVERTED.match(text, match.end()))
    following = _NEXT_WORD.match(text[match.end() : match.end() + 20])
    next_word = following.group(1).lower() if following else ""
    if verb.startswith("add") and next_word == "up":
        return False  # "those promises add up to $8.5 million"
    if verb == "described" and before.endswith("self-"):
        return False  # "A self-described geeky kid"
    if verb.startswith(("writ", "wrote")) and _WRITES_FOR_A_LIVING.match(text, match.end()):
        return False  # "hosts a talk show and writes a weekly column": a job, no statement
    if verb.startswith("maintain") and next_word != "that":
        # "maintains a program" keeps one up; "maintains that", "…, the doctor maintains." say
        return bool(_CLOSES_SENTENCE.match(text, match.end()) or next_word in ("his", "her"))
    if verb.startswith("report") and next_word == "from":
        return False  # "Julie Davis reported from Midway Atoll": a byline, not a report
    if verb in ("charged", "charges"):
        return next_word == "that"  # "Odum charges that …", not "charged with fraud"
    if verb in _NAMING_VERBS:
        # "branded North Korea an outlaw nation", "dubbed the plan a "sham"": called, in effect
        return bool(_CALLED_SOMETHING.match(text, match.end())) and not ends(PASSIVE)
    if verb in ("called", "calls"):
        if next_word in ("for", "on"):
            return True
        if ends(PASSIVE) or before.endswith(("so-", "so ")) or not before.strip():
            return False  # "a town called Marinka", "the so-called corridor"
        if _CALLED_JUDGED.match(text, match.end()):
            return True  # "called the charges unsubstantiated", "called it unfair"
        named = _CALLED_SOMETHING.match(text, match.end())
        # "a group called Solntsepek claimed …": a name given, then the sentence's own verb
        return named is not None and not any(
            w.endswith("ed") or w in ("said", "says", "told", "wrote")
            for w in named.group(0).lower().split()
        )
    if verb in ("cited", "cites", "cite", "citing") and _CITED_SOURCE.match(text, match.end()):
        return False  # "cited anonymous U.S. intelligence sources": whom, not what, is named
    if verb in ("posted", "published", "released", "issued", "aired", "tweeted") and (
        ends(_DOCUMENT_BEFORE)
    ):
        return False  # "In a Facebook message posted Friday, Cruz said": the message's date
    if text.startswith(" that", match.end()) and ends(_HAVING):
        return False  # "Having said that, …": a turn of phrase
    if verb.startswith("points") and ends(_COUNTED):
        return False  # "by 0.1 percentage points to 4.2 percent": a noun
    if verb.startswith(("referred to", "refers to", "referring to")):
        return bool(_AS_WITHIN_SIX_WORDS.match(text, match.end()))
    if verb.endswith(" on") and verb.startswith("call"):
        # "called on Congress to act", not "called on the villages"
        return bool(_TO_QUOTE_WITHIN_FIVE_WORDS.match(text, match.end()))
    if verb in CRITICISM_FORMS:
        passive = not verb.endswith("ing") and ends(PASSIVE)  # "was attacked for"
        return bool(_FOR_OR_AS.match(text, match.end())) and not passive
    if verb in ("concluded", "concludes", "conclude", "concluding"):
        return next_word == "that"  # "the interview concluded" ended; "concluded that" says
    if verb in ("described", "describes", "describe"):
        # "described the plan as a buzz", not "described scenes of panic"
        return bool(_AS_OR_QUESTION_AHEAD.match(text, match.end()))
    if verb in ("attributed", "attributes", "blamed", "blames"):
        return True
    if ends(_DETERMINER_BEFORE):
        return False  # "a proposed law", "the disputed account": an adjective
    if verb in BASE_FORMS and verb != "say":
        # "they admit", "Democrats contend": a plural subject just before, never "to comment"
        # unless the "to" carries on saying ("continues to insist")
        return bool(ends(_PLURAL_SUBJECT) or ends(_CARRIES_ON))
    if verb in PROGRESSIVE_ONLY:
        if not ends(_PROGRESSIVE_BEFORE):
            return False
        if verb == "calling" and (
            _CALLED_SOMETHING.match(text, match.end()) or _CALLED_JUDGED.match(text, match.end())
        ):
            return True  # "was calling the senator a liar"
        return not (verb in ("calling", "pointing") and next_word not in ("for", "on", "to"))
    if verb in ("show", "shows", "showed", "shown", "found", "finds", "reveals", "indicates"):
        # "a new poll shows", "records compiled by the FEC show", never "police found"
        if verb in ("found", "finds") and next_word == "that" and before.strip():
            return not ends(PASSIVE)  # "the inquiry found that …", not "it was found"
        subject = _ASCII_WORD.findall(before.lower())[-12:]
        return any(word in DOCUMENT_NOUNS for word in subject) and not (
            subject and subject[-1] in ("police", "officers", "investigators", "troops")
        )
    if verb in ("asked", "asks"):
        return not ends(PASSIVE) and next_word not in NON_SPEECH_AFTER | {"to"}
    if (
        verb.endswith("s")
        and verb != "says"
        and not ends(_SUBJECT_JUST_BEFORE)
        and not _NOUN_SUBJECT.search(before[-40:])
        and not (  # "…, the doctor maintains."
            _CLOSES_SENTENCE.match(text, match.end()) and _FRAMING_SUBJECT.search(before[-80:])
        )
    ):
        return False  # the nouns "reports", "claims", "remarks"
    if verb in _NOUN_TOO and _OWNED_BEFORE.search(before[-60:]):
        return False  # "Pagliano's Fifth Amendment claims": the noun, owned
    if verb in ("reports", "claims") and (
        next_word in ("on", "of", "from", "in", "about") or ends(_NEWS_BEFORE)
    ):
        return False  # "Unconfirmed reports on social media said"
    if ends(PASSIVE) and verb not in ("said", "told") and not _PROGRESSIVE_PHRASE.match(verb):
        return bool(BY_AGENT.match(text, match.end()))
    return not (verb in ("posted", "added") and next_word in NON_SPEECH_AFTER)
