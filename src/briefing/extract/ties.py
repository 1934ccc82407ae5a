"""Ties between statements of one article: shared dates, outlets and speakers.

A statement with no date of its own takes the date of the interview or event
the text ties it to — the same speaker through the same outlet earlier, the
same speaker's statement just before, or the quote that follows a lead
paragraph at once — and is otherwise left undated. A speaker described before
being named ("…, her lawyer said." then "Emre Kaya, Ms. Arslan's lawyer, …";
"Ukraine's top commander in the south said" then "Gen. Mykola Hrebeniuk, commander of
Ukraine's southern forces, …") is the person named just after.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.lexicon import DEMONYMS, DOCUMENT_NOUNS, ORGANISATION_HEADS, TITLE_WORDS
from briefing.folding import name_key
from briefing.frozen import dataclass, evolve
from briefing.model import ExtractedStatement, SpeakerMention

LOOK_AHEAD: Final = 3


@dataclass
class Found:
    """A statement being built, with where it came from."""

    statement: ExtractedStatement
    sentence: int
    paragraph: int
    described_as: tuple[str, ...] = ()
    """The words of a description nobody earlier matched ("her lawyer")."""
    says_nothing: bool = False
    """A bare cue ("Vance said:", "Okafor responded.", "Lind said to cheers."): it names the
    speaker of the quote that follows but is no statement itself."""
    opens_block: bool = False
    """A bare cue ending in a colon ("The governor added:"): the paragraph after it, set off
    without quote marks, is what was said."""
    block: bool = False
    """A paragraph quoted as a block after such a cue; its later sentences join it."""
    earlier: Found | None = None
    """A report before it in the same sentence, by another verb ("She said …, and when
    pressed, the mother replied, “…”")."""


def continue_from(
    statement: ExtractedStatement, previous: ExtractedStatement
) -> ExtractedStatement:
    """A quote that runs on from the previous one shares its date, outlet and venue."""
    return evolve(
        statement,
        date=statement.date if statement.date.precision != "undated" else previous.date,
        outlet=statement.outlet or previous.outlet,
        outlet_span=statement.outlet_span or previous.outlet_span,
        venue=statement.venue or previous.venue,
    )


def tie_dates(found: list[Found]) -> None:
    keys = [speaker_key(item.statement.speaker) for item in found]
    last_by: dict[str, Found] = {}  # the speaker's latest statement so far
    dated_by: dict[tuple[str, str], Found] = {}  # …and latest dated one through each outlet
    for position, item in enumerate(found):
        statement = item.statement
        key = keys[position]
        if statement.date.precision == "undated" and statement.speaker is not None:
            same_outlet = dated_by.get((key, statement.outlet)) if statement.outlet else None
            latest = last_by.get(key)
            if same_outlet is not None:
                item.statement = evolve(statement, date=same_outlet.statement.date)
            elif (
                latest is not None
                and latest is found[position - 1]
                and item.sentence - latest.sentence <= 2
            ):
                item.statement = continue_from(statement, latest.statement)
        last_by[key] = item
        if item.statement.outlet and item.statement.date.precision != "undated":
            dated_by[(key, item.statement.outlet)] = item
    keys = [speaker_key(item.statement.speaker) for item in found]
    for position in range(len(found) - 2, -1, -1):
        item, following = found[position], found[position + 1]
        statement = item.statement
        if (
            statement.date.precision == "undated"
            and not statement.outlet
            and statement.speaker is not None
            and keys[position + 1] == keys[position]
            and following.sentence - item.sentence == 1
            and (following.statement.outlet or following.paragraph == item.paragraph)
        ):
            item.statement = continue_from(statement, following.statement)


def name_described_speakers(found: list[Found]) -> None:
    """ "…, her lawyer said." is the lawyer named in the statements just after."""
    for position, item in enumerate(found):
        if not item.described_as:
            continue
        words = list(item.described_as)
        for joint in ("of", "for"):  # "attorneys for the family": attorneys
            if joint in words[1:]:
                words = words[: words.index(joint, 1)]
        head = words[-1]
        owner = words[0][:-2] if words[0].endswith(("'s", "’s")) else None
        if head in ORGANISATION_HEADS or head in DOCUMENT_NOUNS or head in _BODIES:
            continue  # a body or a poll is not its spokesman or its pollster
        if head.endswith("s") and not head.endswith("ss"):
            continue  # "attorneys for the family said": several, not the one named next
        for later in found[position + 1 : position + 1 + LOOK_AHEAD]:
            speaker = later.statement.speaker
            if (
                speaker is not None
                and speaker.kind == "person"
                and head in _WORD.findall((speaker.role or "").lower())
                and (owner is None or _of_country(owner, speaker))
            ):
                described = item.statement.speaker
                named = evolve(speaker, span=described.span if described else speaker.span)
                for same in found:  # its other statements from the same words ("…, saying")
                    if same.statement.speaker == described:
                        same.statement = evolve(same.statement, speaker=named)
                break


_BODIES: Final = frozenset({"military", "government", "campaign", "team", "party"})
_WORD: Final = re.compile(r"[a-z]+")
_OFFICE: Final = re.compile(
    r"(?P<owner>[A-Z][\w\-]*)['’]s\s+(?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z][\w\-]*)"
)
_COUNTRIES: Final = {country.lower() for country in DEMONYMS.values() if country}


def office_words(mention: SpeakerMention) -> tuple[str, ...]:
    """ "Ukraine's top commander": a country's office holder nobody has named yet, as the
    words to know them by when they are named just after (not "a senior official": that one
    is unnamed on purpose)."""
    match = _OFFICE.fullmatch(mention.name) if mention.kind == "anonymous" else None
    if match is None or match.group("head") not in TITLE_WORDS:
        return ()
    if match.group("owner").lower() not in _COUNTRIES:
        return ()
    return tuple(mention.name.lower().split())


def _of_country(owner: str, person: SpeakerMention) -> bool:
    """Does the person's role or body name the country ("Ukraine's southern forces",
    "Ukrainian Foreign Minister")? Russia's minister is not Ukraine's."""
    described = f"{person.role or ''} {person.affiliation or ''}".lower()
    return owner in described or any(
        demonym in described.split() for demonym, country in DEMONYMS.items()
        if country and country.lower() == owner
    )  # fmt: skip


def speaker_key(speaker: SpeakerMention | None) -> str:
    return f"{speaker.kind}:{name_key(speaker.name)}" if speaker else ""
