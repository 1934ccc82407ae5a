"""Resolving references back to a document's earlier speakers.

"Mr. Stoltenberg" is the Jens Stoltenberg named before, "Ms. Lin" is Lin Xiaoyu
(family name first), "he" is the last person who spoke, "the ministry" the last
ministry, "the Ukrainian leader" the Ukrainian president.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.extract.lexicon import DEMONYMS, ORGANISATION_HEADS
from briefing.extract.speakers import SpeakerPhrase
from briefing.folding import name_key, surname_key
from briefing.model import SpeakerMention

_LEADER_WORDS = {
    "leader": ("president", "prime minister", "chancellor", "premier", "king", "leader")
}


class SpeakerMemory:
    """The speakers of one document so far, for resolving references back to them."""

    def __init__(self) -> None:
        self.speakers: list[SpeakerMention] = []
        self.named: list[SpeakerMention] = []

    def note_named(self, mention: SpeakerMention) -> None:
        """Remember a person or body named in passing (not yet a speaker)."""
        self.named.append(mention)

    def resolve(self, phrase: SpeakerPhrase) -> SpeakerMention | None:
        if phrase.reference in ("person", "group"):
            wanted = ("person",) if phrase.reference == "person" else ("organisation", "anonymous")
            return next((s for s in reversed(self.speakers) if s.kind in wanted), None)
        if phrase.reference == "surname" and phrase.mention is not None:
            return self._by_surname(phrase.mention)
        if phrase.reference == "description":
            return self._by_description(phrase)
        mention = phrase.mention
        if mention is not None and mention.kind == "person":
            earlier = self._same_person(mention)
            if earlier is not None:
                return _merge(earlier, mention)
        return mention

    def spoke(self, mention: SpeakerMention) -> None:
        self.speakers.append(mention)

    def _everyone(self) -> list[SpeakerMention]:
        return [*reversed(self.speakers), *reversed(self.named)]

    def _by_surname(self, mention: SpeakerMention) -> SpeakerMention:
        """ "Mr. Stoltenberg" is the Jens Stoltenberg named before; "Ms. Lin" is Lin Xiaoyu."""
        key = surname_key(mention.name)
        for earlier in self._everyone():
            if earlier.kind == "person" and " " in earlier.name:
                parts = name_key(earlier.name).split()
                if key in (parts[-1], parts[0]):
                    return _merge(earlier, mention)
        for earlier in self._everyone():
            if earlier.kind == "organisation" and name_key(earlier.name) == key:
                return earlier
        return mention

    def _same_person(self, mention: SpeakerMention) -> SpeakerMention | None:
        key = name_key(mention.name)
        return next(
            (s for s in self._everyone() if s.kind == "person" and name_key(s.name) == key), None
        )

    def _by_description(self, phrase: SpeakerPhrase) -> SpeakerMention | None:
        """ "the ministry" → the last ministry that spoke; "the Ukrainian leader" → its president."""
        head = phrase.words[-1]
        wanted = {head, *_LEADER_WORDS.get(head, ())}
        demonyms = [w for w in phrase.words if w in DEMONYMS]
        kinds = ("organisation",) if head in ORGANISATION_HEADS else ("person", "organisation")
        for earlier in self._everyone():
            if earlier.kind not in kinds:
                continue
            described = " ".join(
                filter(None, (earlier.name, earlier.role, earlier.affiliation))
            ).lower()
            if any(word in described for word in wanted) and all(
                _mentions_word(described, d) for d in demonyms
            ):
                return earlier
        if head in ORGANISATION_HEADS:
            for earlier in self._everyone():
                affiliation = earlier.affiliation or ""
                if head in affiliation.lower():
                    return SpeakerMention(affiliation, "organisation")
        return phrase.mention


def _mentions_word(described: str, demonym: str) -> bool:
    country = (DEMONYMS.get(demonym) or demonym).lower()
    return demonym in described or country in described


def _merge(earlier: SpeakerMention, later: SpeakerMention) -> SpeakerMention:
    return replace(
        earlier,
        role=earlier.role or later.role,
        affiliation=earlier.affiliation or later.affiliation,
        span=later.span or earlier.span,
    )
