"""Outlets and venues: the channel a statement went through and where it was made.

``told Germany's ARD public broadcaster in a Dec. 3 interview`` gives the
outlet ARD and the venue "interview"; ``Writing on Substack`` the platform
Substack; ``at a Nov. 16 press conference`` the venue only. Known outlets and
their aliases come from ``data/outlets.json``; a later description ("the
German broadcaster") resolves to an outlet the article already named.
"""

from __future__ import annotations

import json
import re
from dataclasses import field
from functools import cache
from typing import Final

from briefing.extract.lexicon import DEMONYMS, LEADING_ARTICLE, MONTHS, WEEKDAYS, lower_words
from briefing.extract.word_patterns import opening_words
from briefing.folding import name_key
from briefing.frozen import dataclass
from briefing.model import Span
from briefing.resources import read_data_text

_NP: Final = r"(?P<np>(?:the\s+)?[\w’'.\-]+(?:\s+(?!in\b|on\b|at\b|that\b|about\b|after\b|before\b|during\b|last\b|late\b|early\b|earlier\b|this\b|by\b|as\b|while\b|said\b|says\b|told\b|reported\b|wrote\b|added\b)[\w’'.\-]+){0,5})"
_OUTLET_PATTERNS: Final[tuple[tuple[re.Pattern[str], str | None, frozenset[str]], ...]] = tuple(
    (re.compile(opening_words(first.split()) + f"(?i:{rest})"), venue, frozenset(needs.split()))
    for first, rest, venue, needs in (
        (
            "in",
            rf"\s+an?\s+(?:[\w.]+\s+){{0,3}}interview\s+(?:with|on|to)\s+{_NP}",
            "interview",
            "interview",
        ),
        (
            "in",
            rf"\s+(?:a|an|his|her|their|its)\s+(?:statement|post|video|message|video\s+address|blog\s+post|comments?|remarks|op-ed|column|article)\s+(?:posted\s+|published\s+)?(?:on|to|in|for)\s+{_NP}",
            "statement",
            "statement post video message blog comment comments remarks op column article",
        ),
        (
            "writing wrote posted posting said announced published",
            rf"\s+(?:on|in)\s+(?:his|her|their|its|a)?\s*{_NP}",
            None,
            "writing wrote posted posting said announced published",
        ),
        (
            "speaking talking spoke",
            rf"\s+(?:to|with)\s+{_NP}",
            "interview",
            "speaking talking spoke",
        ),
        ("in", rf"\s+(?:comments|remarks)\s+to\s+{_NP}", "interview", "comments remarks"),
        ("told", rf"\s+{_NP}", None, "told"),
        (
            "carried published broadcast aired quoted interviewed",
            rf"\s+by\s+{_NP}",
            None,
            "carried published broadcast aired quoted interviewed",
        ),
    )
)
"""Each pattern with the words one of which it needs, tested before the pattern runs: seven
long patterns over every statement's sentence cost more than anything else in finding an
outlet. Each opens with its first words in any case as ``word_patterns.opening_words`` writes
them, so a search skips to their letters, where ``\\b(?:…)`` under ``re.I`` was tried at
every position of the sentence; the rest is case-folded as before."""
_VENUE_WORDS: Final = frozenset(
    "conference briefing summit rally hearing meeting forum ceremony session address speech "
    "call interview statement post".split()
)
"""One of which ``_VENUES`` needs."""
_VENUES: Final = re.compile(
    r"\b(?:at|to|during|told|in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w.]+\s+){0,3}?"
    r"(?P<venue>press\s+conference|news\s+conference|(?:press\s+)?briefing|summit(?:\s+of\s+the\s+[A-Z][\w\s]+?(?=[,.;]|$))?|rally|hearing|"
    r"meeting(?:\s+of\s+the\s+[A-Z][\w\s]+?(?=[,.;]|$))?|forum|ceremony|session|video\s+address|"
    r"televised\s+address|speech|call\s+with\s+reporters|interview|statement|post)\b"
)
_DESCRIPTORS: Final = re.compile(
    r"\s+(?:public\s+broadcaster|state\s+broadcaster|broadcaster|news\s+agency|state\s+news\s+agency|agency|newspaper|daily|"
    r"television|tv|channel|radio|network|outlet|news\s+site|website)$",
    re.IGNORECASE,
)
_LEADING_DESCRIPTOR: Final = re.compile(
    r"^(?:the\s+)?(?:(?:state|public|national|private|independent|local|regional|"
    + "|".join(sorted(DEMONYMS))
    + r")[-\s]+)*(?:run\s+)?(?:television\s+channel|tv\s+channel|broadcaster|television|tv|radio|"
    r"news\s+agency|newspaper|daily|channel|news\s+site|outlet)\s+(?=[A-Z])",
    re.IGNORECASE,
)
_GENERIC_OUTLET: Final = re.compile(
    r"^(?:the\s+)?(?P<generic>(?:state|public|national|local|regional)\s+(?:television|tv|radio|media))$",
    re.IGNORECASE,
)
_POSSESSOR: Final = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+", re.IGNORECASE
)
_NEWS_WORDS: Final = frozenset(
    "newspaper daily weekly tabloid journal agency broadcaster channel magazine outlet station".split()
)
NOT_OUTLETS: Final = frozenset(
    """
    reporters journalists lawmakers parliament members supporters residents troops soldiers him
    her them us me it
    """.split()
)


@dataclass(frozen=True)
class KnownOutlet:
    name: str
    country: str | None
    kind: str
    aliases: tuple[str, ...]


@cache
def known_outlets() -> dict[str, KnownOutlet]:
    """Alias key → outlet, from the project's outlet list."""
    table: dict[str, KnownOutlet] = {}
    for item in json.loads(read_data_text("outlets.json")):
        outlet = KnownOutlet(
            item["name"], item.get("country"), item["kind"], tuple(item["aliases"])
        )
        for alias in (outlet.name, *outlet.aliases):
            table[name_key(alias)] = outlet
    return table


@dataclass(frozen=True)
class OutletFound:
    name: str | None
    span: Span | None
    venue: str | None


@dataclass
class OutletMemory:
    """Outlets one document has named, with the words it described them by."""

    seen: list[tuple[str, str | None, set[str]]] = field(default_factory=list)

    def remember(self, name: str, country: str | None, words: set[str]) -> None:
        self.seen.append((name, country, words))

    def is_news_body(self, name: str, role: str | None) -> bool:
        """ "The trade journal Baltic Freight reported": a publication speaking is its own outlet."""
        words = {w.lower() for w in (role or "").replace("-", " ").split()}
        return name_key(name) in known_outlets() or bool(words & _NEWS_WORDS)

    def remember_speaker(self, name: str, role: str | None) -> None:
        """A news organisation that speaks ("The Finnish newspaper X reported") is an outlet later."""
        words = {w.lower() for w in f"{role or ''} {name}".split()}
        known = known_outlets().get(name_key(name))
        if known is not None:
            self.remember(known.name, known.country, words | {known.kind})
        elif words & _NEWS_WORDS:
            country = next((DEMONYMS[w] for w in words if DEMONYMS.get(w)), None)
            self.remember(name, country, words)

    def describe(self, words: set[str]) -> str | None:
        for name, country, described in reversed(self.seen):
            if all(_describes(word, country, described) for word in words):
                return name
        return None


def _describes(word: str, country: str | None, described: set[str]) -> bool:
    return word in described or (country is not None and DEMONYMS.get(word) == country)


def find_outlet(text: str, start: int, end: int, memory: OutletMemory) -> OutletFound:
    """The outlet and venue named in ``text[start:end]`` (the part outside quotes)."""
    region = text[start:end]
    words = lower_words(region)
    outlet_name, outlet_span, venue = None, None, None
    for pattern, pattern_venue, needs in _OUTLET_PATTERNS:
        if needs.isdisjoint(words):
            continue
        for match in pattern.finditer(region):
            name = _outlet_name(match.group("np"), memory)
            if name:
                outlet_name = name
                phrase = match.group("np")
                trimmed = len(phrase) - len(phrase.rstrip(" ,.;:"))
                outlet_span = Span(start + match.start("np"), start + match.end("np") - trimmed)
                venue = pattern_venue
                break
        if outlet_name:
            break
    venue_match = None if _VENUE_WORDS.isdisjoint(words) else _VENUES.search(region)
    if venue_match:
        venue = " ".join(venue_match.group("venue").split())
    return OutletFound(outlet_name, outlet_span, venue)


_TRAILING_REPORTER: Final = re.compile(
    r",\s+(?P<np>(?:the\s+)?(?:[\w\-]+\s+){0,3}?[A-Z][\w.\-]*(?:\s+[A-Z0-9][\w.\-]*){0,3})"
    r"\s+(?:reported|said|reports|says|quoted\s+\w+\s+as\s+saying)[\s.]*$"
)


_LEADING_LOWER_THE: Final = re.compile(r"^the\s+")


def trailing_reporter(text: str, start: int, end: int, memory: OutletMemory) -> OutletFound | None:
    """ "…denied that Sudzha had been encircled, the state news agency TASS reported": the
    outlet that carried a statement whose speaker is someone else."""
    match = _TRAILING_REPORTER.search(text, start, end)
    if match is None:
        return None
    phrase = match.group("np")
    words = {w.lower() for w in phrase.split()}
    if not (words & _NEWS_WORDS or name_key(_LEADING_LOWER_THE.sub("", phrase)) in known_outlets()):
        return None
    name = _outlet_name(phrase, memory)
    return OutletFound(name, Span(match.start("np"), match.end("np")), None) if name else None


_OPENS_WITH_THE: Final = re.compile(r"(?i)the\s")
_TITLE_OPENING: Final = re.compile(r"(?:Mr|Mrs|Ms|Dr|Gen|President|Minister)\b")


def _outlet_name(phrase: str, memory: OutletMemory) -> str | None:
    phrase = phrase.strip(" ,.")
    words = phrase.split()
    if not words or words[0].lower() in NOT_OUTLETS or _is_date_word(words[0]):
        return None
    known = known_outlets()
    generic = _GENERIC_OUTLET.match(phrase)
    if generic:
        return generic.group("generic").lower()
    described = _LEADING_DESCRIPTOR.match(phrase)
    if described:
        phrase = phrase[described.end() :]
    possessor = _POSSESSOR.match(phrase)
    country = None
    if possessor:
        country = _country_of(possessor.group("who"))
        phrase = phrase[possessor.end() :]
    without_the = _LEADING_THE.sub("", phrase)
    core = _DESCRIPTORS.sub("", without_the)
    if _NATIONAL.fullmatch(core) and _TWO_CAPITALISED.fullmatch(phrase):
        core = phrase  # "Latvian Radio" is its name; "the German broadcaster" describes one
    descriptors = {w.lower() for w in phrase.split()} | ({country.lower()} if country else set())
    for candidate in (phrase, without_the, core):
        outlet = known.get(name_key(candidate)) if candidate else None
        if outlet is not None:
            memory.remember(outlet.name, outlet.country, descriptors | {outlet.kind})
            return outlet.name
    if (
        core
        and core[:1].isupper()
        and core.lower() not in DEMONYMS
        and not _TITLE_OPENING.match(core)
    ):
        name = core.strip()
        memory.remember(name, country, descriptors)
        return name
    lowered = {w.lower() for w in LEADING_ARTICLE.sub("", phrase).split()}
    if lowered and _OPENS_WITH_THE.match(phrase):
        return memory.describe(lowered)
    if "television" in lowered or "tv" in lowered:
        return phrase.lower().removeprefix("the ").strip()
    return None


def _is_date_word(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    return lowered in WEEKDAYS or lowered in MONTHS or lowered in ("today", "yesterday", "tonight")


def _country_of(word: str) -> str | None:
    lowered = word.lower()
    if lowered in DEMONYMS:
        return DEMONYMS[lowered]
    for country in set(DEMONYMS.values()):
        if country and country.lower() == lowered:
            return country
    return word


_LEADING_THE: Final = re.compile(r"^the\s+", re.I)
_NATIONAL: Final = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ic|an)")
"""A country's adjective: "German", "Latvian", "Turkish"."""
_TWO_CAPITALISED: Final = re.compile(r"[A-Z]\w+\s+[A-Z]\w+")
