"""How a body is named: "the Defense Ministry", "Russia's Defense Ministry" (the Russian
Defense Ministry), "NATO", "the Committee to Protect Journalists", "the data firm
Lloyd's List". Used by ``speakers.parse_speaker`` once it has the noun phrase."""

from __future__ import annotations

import itertools
import re
from typing import Final

from briefing.extract.lexicon import DEMONYMS, ORGANISATION_HEADS
from briefing.extract.outlets import known_outlets
from briefing.folding import name_key
from briefing.model import Span, SpeakerMention

CONNECT_IN_NAME: Final = frozenset("of for and the to".split())
COUNTRY_ADJECTIVE: Final = {
    country: adjective.capitalize() for adjective, country in DEMONYMS.items() if country
}
COUNTRY_ADJECTIVE["United States"] = "U.S."
BODY_KINDS: Final = frozenset(
    """
    firm company companies publication newspaper magazine journal broker brokerage consultancy
    insurer bank lender website network outlet tracker provider operator carrier airline
    manufacturer maker group daily weekly tabloid agency broadcaster channel station
    """.split()
)
"""Common nouns that say the name after them is a body ("the analytics firm Kpler")."""


def body_introduced(run: list[tuple[int, str]]) -> SpeakerMention | None:
    """ "the data firm Lloyd's List", "the rebel group Hamas": the body, named as written."""
    words = [word for _, word in run]
    kinds = [i for i, w in enumerate(words[:-1]) if w.lower() in BODY_KINDS]
    if not kinds or not words[kinds[-1] + 1][:1].isupper():
        return None
    named = run[kinds[-1] + 1 :]
    span = Span(named[0][0], named[-1][0] + len(named[-1][1]))
    described = [w for w in words[: kinds[-1] + 1] if w.lower() not in ("the", "a", "an")]
    role = " ".join(w.lower() for w in described[-3:])  # "state-run daily", "trade journal"
    return SpeakerMention(" ".join(w for _, w in named), "organisation", role=role, span=span)


def is_organisation(words: list[str]) -> bool:
    """ "Defense Ministry", "Committee to Protect Journalists", "NATO": a body, not a person."""
    last = words[-1].lower().strip(".,")
    if last in ORGANISATION_HEADS:
        return any(w[:1].isupper() for w in words)
    for word, following in itertools.pairwise(words):
        if (
            word[:1].isupper()
            and word.lower() in ORGANISATION_HEADS
            and following in ("of", "to", "for")
        ):
            return True
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return True
    return len(words) > 1 and name_key(" ".join(words)) in known_outlets()  # "Washington Post"


_AGENCY_SUFFIX: Final = re.compile(r"\s+(?:news\s+agency|agency|broadcaster)$", re.I)


def organisation(words: list[str], span: Span) -> SpeakerMention:
    """The body a run of words names, with the owner of a possessive as its affiliation."""
    affiliation = None
    if words[0].endswith(("’s", "'s")) and len(words) > 1:
        affiliation = words[0][:-2]
        words = words[1:]
        if words[-1].lower() in ORGANISATION_HEADS or words[-1].lower() in ("ministry", "staff"):
            # "the Port's Administration" is the Port Administration, not "Administration"
            words = [COUNTRY_ADJECTIVE.get(affiliation, affiliation), *words]
    name = " ".join(
        w if w[:1].isupper() or w.lower() in CONNECT_IN_NAME else w.capitalize() for w in words
    )
    name = _AGENCY_SUFFIX.sub("", name) if name.split()[0].isupper() else name
    return SpeakerMention(name, "organisation", affiliation=affiliation, span=span)
