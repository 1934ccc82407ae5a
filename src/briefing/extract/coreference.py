"""Resolving references back to the people and bodies a document has named.

"Mr. Stoltenberg" is the Jens Stoltenberg named before, "Ms. Lin" is Lin Xiaoyu
(family name first), "he" is the person named last, "the ministry" the last
ministry, "the group" the last body that spoke, "its coast guard" the coast
guard of the country that spoke last, "the Ukrainian leader" the Ukrainian
president. A one-word name nobody was introduced by ("Trafigura", "Hamas") is
a body.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final

from briefing.extract.body_names import COUNTRY_ADJECTIVE
from briefing.extract.first_names import genders_fit, pronoun_fits
from briefing.extract.lexicon import (
    DEMONYMS,
    ORGANISATION_HEADS,
    TITLE_ABBREVIATIONS,
    letter_runs,
)
from briefing.extract.speakers import SpeakerPhrase
from briefing.folding import name_key, surname_key
from briefing.frozen import evolve
from briefing.model import SpeakerMention

_LEADER_WORDS: Final = {
    "leader": ("president", "prime minister", "chancellor", "premier", "king", "leader")
}
RECALL: Final = 200
"""Mentions looked back over for "he", "the ministry" or a surname: far more than an
article names between a person and a reference to them, and a bound on hostile text."""
_OWNERS: Final = ("his ", "her ", "their ")
_OWNER_WORD: Final = re.compile(r"[\w.\-]+[’']s\b")
_BODY_WORDS: Final = frozenset(
    "campaign team firm newspaper paper magazine network channel".split()
)
_PARTIES: Final = frozenset("republican democratic libertarian labour conservative".split())
_PARTY_NAMES: Final = {"gop": "republican", "democrat": "democratic"}
GENERIC_BODIES: Final = frozenset("group organization organisation movement".split())


class SpeakerMemory:
    """Who one document has named so far, most recent last."""

    def __init__(self, cast: tuple[SpeakerMention, ...] = ()) -> None:
        self.mentions: list[tuple[int, SpeakerMention, bool]] = []
        """``(offset, mention, spoke)``, kept in text order."""
        self.cast = cast
        """Every person the whole document names in full, also those named after this point
        ("Costa said …" early, "Maria Costa" three paragraphs on, or in the headline)."""
        self.subjects: list[tuple[int, int, SpeakerMention]] = []
        """``(start, end, person)`` of sentences that open with a person, in text order."""
        names_by_surname: dict[str, set[str]] = {}
        for person in cast:
            key = name_key(person.name)
            names_by_surname.setdefault(key.split()[-1], set()).add(key)
        self.shared_surnames = {s for s, names in names_by_surname.items() if len(names) > 1}
        """Surnames two people of the cast share ("Ted Cruz", "Heidi Cruz")."""
        self.guessed_bodies: set[str] = set()
        """One-word names taken for bodies only because nobody introduced them: a later
        "he" or "she" with no person to stand for may mean them."""

    def opened(self, mention: SpeakerMention, start: int, end: int) -> None:
        """A person a sentence opens with: its subject, before anyone named after it."""
        self.subjects.append((start, end, mention))
        del self.subjects[:-RECALL]

    def note_named(self, mention: SpeakerMention, offset: int) -> None:
        """Remember a person or body named in passing (not as a speaker)."""
        self._add(offset, mention, spoke=False)

    def spoke(self, mention: SpeakerMention, offset: int) -> None:
        self._add(offset, mention, spoke=True)

    def resolve(self, phrase: SpeakerPhrase) -> SpeakerMention | None:
        if phrase.reference == "person":
            return self._person_for(phrase.words[-1] if phrase.words else "he")
        if phrase.reference == "group":
            return next(
                (m for m, spoke in self._recent_with_role() if spoke and m.kind != "person"), None
            )
        if phrase.reference == "body":
            return next(
                (
                    m
                    for m in self._recent()
                    if m.kind in ("organisation", "anonymous") and m.name not in self.guessed_bodies
                ),
                None,
            )
        if phrase.reference == "surname" and phrase.mention is not None:
            return self._by_surname(phrase.mention, titled="titled" in phrase.words)
        if phrase.reference == "description":
            return self._by_description(phrase)
        if phrase.reference == "owned" and phrase.mention is not None:
            return self._owned(phrase.mention)
        mention = phrase.mention
        if mention is not None and mention.kind == "person":
            earlier = self._same_person(mention)
            if earlier is not None:
                return _merge(earlier, mention)
        return mention

    def resolve_name(self, person: SpeakerMention) -> SpeakerMention:
        """A person named in passing, joined to the fuller name seen before ("Ms. Arslan")."""
        key = name_key(person.name)
        one_word = " " not in key
        for earlier in self._recent():
            earlier_key = name_key(earlier.name)
            if person.kind == "organisation" and earlier.kind == "organisation":
                if earlier_key.endswith(key):
                    return earlier
                continue
            if earlier.kind != "person":
                continue
            if earlier_key == key or (
                one_word and key in (earlier_key.partition(" ")[0], earlier_key.rpartition(" ")[2])
            ):
                if person.role and not earlier.role:  # "Obama", then "President Obama"
                    return evolve(earlier, role=person.role)
                return earlier
        return person

    def _person_for(self, pronoun: str) -> SpeakerMention | None:
        """Who ``he`` or ``she`` is: the most recent person the pronoun fits (a one-word name
        nobody introduced counts as a person here), unless the sentence that named them
        opened with another person it fits: "Keller attacked Lind on Tuesday. He said …" is
        Keller, the subject, not Lind."""
        for offset, mention, _ in reversed(self.mentions[-RECALL:]):
            if mention.kind == "organisation" and mention.name in self.guessed_bodies:
                return mention
            if mention.kind != "person" or not pronoun_fits(pronoun, mention.name, mention.gender):
                continue
            for start, end, subject in reversed(self.subjects):
                if start <= offset < end:
                    if subject is not mention and pronoun_fits(
                        pronoun, subject.name, subject.gender
                    ):
                        return subject
                    break
                if end <= offset:
                    break
            return mention
        return None

    def _add(self, offset: int, mention: SpeakerMention, spoke: bool) -> None:
        bisect.insort(self.mentions, (offset, mention, spoke), key=lambda item: item[0])

    def _recent(self) -> Iterator[SpeakerMention]:
        return (mention for _, mention, _ in reversed(self.mentions[-RECALL:]))

    def _recent_with_role(self) -> Iterator[tuple[SpeakerMention, bool]]:
        return ((mention, spoke) for _, mention, spoke in reversed(self.mentions[-RECALL:]))

    def _by_surname(self, mention: SpeakerMention, titled: bool) -> SpeakerMention:
        key = surname_key(mention.name)
        first = None
        for _, earlier, spoke in reversed(self.mentions[-RECALL:]):
            if earlier.kind != "person" or " " not in earlier.name:
                continue
            parts = name_key(earlier.name).split()
            if key not in (parts[-1], parts[0]) or not _same_gender(earlier, mention):
                continue
            if spoke or key not in self.shared_surnames:
                return _merge(earlier, mention)
            # of several with the surname ("Ted Cruz", his wife "Heidi Cruz"), one who spoke
            first = first or earlier
        if first is not None:
            return _merge(first, mention)
        for earlier in self._recent():
            if earlier.kind == "organisation" and name_key(earlier.name) == key:
                return earlier
            if earlier.kind == "person" and name_key(earlier.name) == key:
                return _merge(earlier, mention)  # "President Obama", then "Mr. Obama"
        for person in self.cast:
            if name_key(person.name).split()[-1] == key and _same_gender(person, mention):
                return _merge(person, mention)
        if not titled and " " not in mention.name.strip():
            self.guessed_bodies.add(mention.name)
            return SpeakerMention(mention.name, "organisation", span=mention.span)
        return mention

    def _same_person(self, mention: SpeakerMention) -> SpeakerMention | None:
        key = name_key(mention.name)
        return next(
            (s for s in self._recent() if s.kind == "person" and name_key(s.name) == key), None
        )

    def _owned(self, body: SpeakerMention) -> SpeakerMention:
        """ "Its coast guard" after China spoke → the Chinese Coast Guard."""
        owner = next((m for m, spoke in self._recent_with_role() if spoke), None)
        if owner is None or owner.kind == "person":
            return body
        adjective = COUNTRY_ADJECTIVE.get(owner.name, owner.name)
        return SpeakerMention(f"{adjective} {body.name}", "organisation", affiliation=owner.name)

    def _by_description(self, phrase: SpeakerPhrase) -> SpeakerMention | None:
        head = phrase.words[-1]
        wanted = {head, *_LEADER_WORDS.get(head, ())}
        demonyms = [w for w in phrase.words if w in DEMONYMS]
        kinds = (
            ("organisation",)
            if head in ORGANISATION_HEADS
            else ("organisation", "anonymous")
            if head in _BODY_WORDS  # "the campaign" is no person whose role names one
            else ("person", "organisation", "anonymous")  # "the commander" described before
        )
        parties = _parties(phrase.words)
        owned = phrase.mention is not None and phrase.mention.name.lower().startswith(_OWNERS)
        for earlier in self._recent():
            if earlier.kind not in kinds or (owned and earlier.kind == "person"):
                continue  # "her lawyer" is not the lawyer named before: someone's own
            described = _described(earlier)
            if parties and _parties(letter_runs(described)) - parties:
                continue  # "the Republican nominee" is not "the Democratic nominee"
            if any(_has_word(described, word) for word in wanted) and all(
                _mentions_word(described, d) for d in demonyms
            ):
                return earlier
        if head in GENERIC_BODIES:
            body = next(
                (m for m, spoke in self._recent_with_role() if spoke and m.kind == "organisation"),
                None,
            )
            if body is not None:
                return body
        if head in ORGANISATION_HEADS:
            for earlier in self._recent():
                affiliation = earlier.affiliation or ""
                if head in affiliation.lower():
                    return SpeakerMention(affiliation, "organisation")
        if demonyms and (head in ORGANISATION_HEADS or head == "military") and phrase.mention:
            # "the Israeli military", named by no one before: that body, not an anonymous source
            name = " ".join(w.capitalize() if w in demonyms else w for w in phrase.words)
            return evolve(phrase.mention, name=name[:1].upper() + name[1:], kind="organisation")
        return phrase.mention


@functools.lru_cache(maxsize=4096)
def _described(mention: SpeakerMention) -> str:
    """What a mention says of its person, titles spelt out: "sen. bernie sanders senator"."""
    words = " ".join(filter(None, (mention.name, mention.role, mention.affiliation))).lower()
    words = _OWNER_WORD.sub(" ", words)  # "one of the president's aides" is no president
    spelt = [TITLE_ABBREVIATIONS[w] for w in words.split() if w in TITLE_ABBREVIATIONS]
    return " ".join([words, *spelt])


def _parties(words: Iterable[str]) -> set[str]:
    """The parties words name, "gop" read as "republican"."""
    return {_PARTY_NAMES.get(w, w) for w in words if w in _PARTY_NAMES or w in _PARTIES}


def _has_word(described: str, word: str) -> bool:
    """ "senator" in "sen. ivo marsh senator", but "ad" not in "adam": whole words only."""
    at = described.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not described[at - 1].isalnum()) and (
            end == len(described) or not described[end].isalnum()
        ):
            return True
        at = described.find(word, at + 1)
    return False


def _mentions_word(described: str, demonym: str) -> bool:
    country = (DEMONYMS.get(demonym) or demonym).lower()
    return demonym in described or country in described


def _same_gender(earlier: SpeakerMention, later: SpeakerMention) -> bool:
    """ "Mr. Obama" is not the Michelle Obama named before, "Ms. Clinton" not Bill Clinton."""
    return genders_fit(later.gender, earlier.name, earlier.gender)


def _merge(earlier: SpeakerMention, later: SpeakerMention) -> SpeakerMention:
    return evolve(
        earlier,
        role=earlier.role or later.role,
        affiliation=earlier.affiliation or later.affiliation,
        span=later.span or earlier.span,
        gender=earlier.gender or later.gender,
    )
