"""The phrase before a reporting verb that names who spoke, cleared of what stands
between subject and verb: auxiliaries and adverbs ("has also", "now", "himself"), a
control verb ("moved on Monday to"), a party tag ("(R-Ohio)"), an appositive or a
relative clause ("Ada Moll, a contestant, who …"), and a first verb the speaking one is
coordinated with ("survived five years in prison and says").
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.lexicon import (
    ANONYMOUS_MARKERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    US_STATES,
    last_words,
)
from briefing.extract.speakers import ROLE_WORDS, SpeakerPhrase, parse_speaker
from briefing.extract.unnamed import people_joined

_AUXILIARY_WORDS: Final = frozenset(
    """
    has have had also later then again previously separately reportedly publicly repeatedly
    would will is are was were been quickly firmly flatly once first further did does now already still
    just even too however himself herself themselves itself long often since all both each
    """.split()
)
_LY_NOUNS: Final = frozenset(
    "family ally assembly rally supply monopoly reply panoply anomaly assembly italy".split()
)
"""Nouns ending in -ly: "Scott's family has called" keeps its family."""
_AUXILIARY_PHRASES: Final = ("went on to", "appeared to", "appears to", "seemed to", "not only")


def _coordinated(region: str) -> bool:
    """Does the region end in "and", "but", "then", "yet" or "but also"?"""
    words = region[-12:].split()
    if not words:
        return False
    last = words[-1]
    return last in ("and", "but", "then", "yet") or (words[-2:] == ["but", "also"])


def _strip_auxiliaries(region: str) -> str:
    """ "Mexican officials have now" → "Mexican officials": the words between a subject and
    its verb, taken off the end one by one (a lower-case -ly word is an adverb; "Kelly" is
    not)."""
    contracted = _CONTRACTED_BE.search(region) if "’" in region or "'" in region else None
    if contracted:  # "He’s claiming": the pronoun, "is" contracted onto it
        region = region[: contracted.start("be")]
    while True:
        trimmed = region.rstrip()
        head, _, last = trimmed.rpartition(" ")
        if not head:
            return region
        lowered = last.lower()
        if lowered in _AUXILIARY_WORDS or (
            last.islower() and last.endswith("ly") and len(last) > 3 and last not in _LY_NOUNS
        ):
            region = head
            continue
        tail = trimmed[-16:].lower()  # room for the longest phrase and the space before it
        phrase = next((p for p in _AUXILIARY_PHRASES if tail.endswith(" " + p)), None)
        if phrase is None:
            return region
        region = trimmed[: -len(phrase)]


_CONTRACTED_BE: Final = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)(?P<be>[’'](?:s|re))\s*$"
)


_CONTROL_TAIL: Final = re.compile(
    r"(?:\s+(?:both|all|each))?\s+(?:moved|sought|tried|rushed|hurried|scrambled|began|started|"
    r"continued|continues|continue|keeps|kept|hastened|was\s+quick|were\s+quick|appeared|seemed|went\s+on|"
    r"(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:more\s+|less\s+|most\s+|least\s+)?likely)(?:\s+\w+ly)?"
    r"(?:\s+(?:on|late|early|last)\s+\w+)?(?:\s+\w+ly)?\s+to\s*$",
    re.IGNORECASE,
)
"""``Kyiv and Moscow both moved on Monday to play down``: the subject is before "moved"."""
_PARTICIPLE: Final = re.compile(r"^\s*\w+ing\b")
_IS_NAME: Final = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt)\.\s+)?[A-Z][\w’'\-]+(?:\s+(?:al-|el-|bin\s+|de\s+|van\s+)?[A-Z][\w’'\-]+){0,3}$"
)
_DASHED_ASIDE: Final = re.compile(r"\s*(?:[—–]|--)\s*(?:(?![—–]|--).)*(?:[—–]|--)\s*$", re.S)
"""``Kall -- co-editor of a book -- said``: an aside between dashes, before the verb."""
_TRAILING_TIME: Final = re.compile(
    r"\s+(?:(?:on|late|early|last|this|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year|night|morning|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|in\s+\d{4})\s*$"
)
_TRAILING_PLACE: Final = re.compile(
    r"(?<![\w’'])(?P<head>[\w’']+)\s+(?P<prep>in|at|from)\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s*$"
)
_TRAILING_REGION: Final = re.compile(
    r"\s+(?:in|for|on|at)\s+the\s+(?:north|south|east|west|northeast|northwest|southeast|"
    r"southwest|region|area|city|country|field|ground|scene|room|rally|event|meeting|"
    r"hearing|briefing|call|time)\s*$",
    re.IGNORECASE,
)
_TIME_ENDS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week month year night morning".split()
)
_REGION_ENDS: Final = frozenset(
    "north south east west northeast northwest southeast southwest region area city country "
    "field ground scene room rally event meeting hearing briefing call time".split()
)
_TRAILING_PREPOSITIONS: Final = frozenset(("in", "at", "from"))
"""The last word each trailing pattern can end with (a digit: a date), or its preposition
among the last four: most subjects have none, and each pattern tried every position."""
RELATIVE_TAIL: Final = re.compile(
    r"\s+(?:that|who|which)\s+(?:had|has|have|was|were|is|are)\b.*$", re.S
)
_REDUCED_RELATIVE: Final = re.compile(
    r"(?<=\w)\s+(?:reached|contacted|interviewed|quoted|cited|questioned|polled|surveyed|"
    r"visited|met)\s+(?:by|in|at|on)\b.*$"
    r"|(?<=\w)\s+(?:released|published|conducted|issued|compiled|commissioned|posted|filed)\b.*$",
    re.S,
)
"""``Residents reached by phone in Wad Madani``, ``A soldier interviewed by the BBC``, ``the
poll released Friday``: who they are comes before the participle; the rest says how they
were heard or when it came out."""
_RELATIVE_WORDS: Final = frozenset(("that", "who", "which"))
_REDUCING_VERBS: Final = tuple(
    "reached contacted interviewed quoted cited questioned polled surveyed visited met "
    "released published conducted issued compiled commissioned posted filed".split()
)
"""A word of ``RELATIVE_TAIL`` and the start of a word of ``_REDUCED_RELATIVE``, each
standing alone between spaces in what they match."""
_LEADING_SUBJECT: Final = re.compile(
    r"\s*(?:(?:However|But|And|Then|Later|Still|Now|Meanwhile|Instead|Once),?\s+)?"
    r"(?P<subject>(?:[A-Z][\w’'.\-]*|the|a|an|of|for)(?:\s+(?:[A-Z][\w’'.\-]*|of|for|the|"
    r"[a-z]+(?<!ed)(?<![^s]s)))*?)(?:[’']s)?"
    r"\s+(?:(?:also|then|later|first|quickly|jokingly|initially|repeatedly|once)\s+)?"
    r"(?:has|have|had|was|were|is|are|will|would|could|did|does|[a-z]+ed|[a-z]+[^s\W]s|went|"
    r"took|made|gave|spent|sought|won|lost|met|ran|got|came|left|held|kept|sent|told|said|wrote|"
    r"refused|declined)\b"
)
"""The noun phrase a sentence opens with, up to its first verb."""
_NAME_THEN_ASIDE: Final = re.compile(
    r"\s*(?P<subject>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}),\s+(?:a|an|the|his|her|their|its)\s"
    r"[^,;]{1,60},\s+[a-z]"
)
"""A name and an appositive opening the sentence, before its first verb."""
_PARTY_TAG: Final = re.compile(r"\s*\((?:[RDI]|Rep|Dem|Ind)[-–.,]\s*[\w. ]{1,14}\)")
"""``(R-OK)``, ``(D-N.Y.)``, ``(I-Vt.)``: a politician's party and state."""
_AGE_OR_HOMETOWN: Final = re.compile(
    r",(?:\s*\d{1,3}(?=\s*,)"
    r"|\s*(?:of|from)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}"
    r"(?:,\s*[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?)?(?=\s*,)"
    r"|(?<=[a-z],)\s*(?:" + US_STATES + r")(?=\s*,))"
)
"""``Jane Rawlings, 59, of Ashton, Md., who …``: the age and hometown after a name, which
are not the speaker ("Md." was). Each opens with the comma, written once before them all
so that a search skips from comma to comma; an alternation whose last branch opened with a
look back was tried at every position."""
_THERE_ARE_WHO: Final = re.compile(
    r"\b[Tt]here\s+(?:are|were|is|was|remain)\s+(?P<group>[^,;]{1,60}?)\s+who\s*$"
)
_WHO: Final = re.compile(r"^\s*who(?:\s+(?:also|later|then|had|has|have|once))?\s*$", re.IGNORECASE)
_RELATIVE: Final = re.compile(r"^\s*(?:who|which|whose|that)\b", re.IGNORECASE)


_CAPITAL_NOT_ARTICLE: Final = re.compile(r"\b(?!(?:The|A|An)\b)[A-Z]")
_ARTICLE_OPENING: Final = re.compile(r"\s*(?:a|an|the)\s")


def speaker_before(text: str, start: int, verb_start: int) -> SpeakerPhrase | None:
    region = text[start:verb_start]
    stripped = _strip_auxiliaries(region)
    if _coordinated(region) or (stripped is not region and _coordinated(stripped)):
        # "The senator survived five years in a prison and says …": the first verb's subject
        lead = _LEADING_SUBJECT.match(region)
        subject = lead.group("subject") if lead else ""
        if lead and _CAPITAL_NOT_ARTICLE.search(subject):
            return parse_speaker(subject, start + lead.start("subject"))
        aside = _NAME_THEN_ASIDE.match(region)
        if aside:  # "Donald Odum, her Republican opponent, bemoaned … and said"
            return parse_speaker(aside.group("subject"), start + aside.start("subject"))
    if region.rstrip().endswith(" to"):
        stripped = _strip_auxiliaries(_CONTROL_TAIL.sub("", region))
    region = stripped
    if "(" in region:
        region = _PARTY_TAG.sub(lambda m: " " * len(m.group(0)), region)  # "Mary Fallin (R-OK)"
    if "—" in region or "–" in region or "--" in region:  # "Mr. X—in a departure—acknowledged"
        region = _DASHED_ASIDE.sub("", region)
    blanked = False
    if "," in region:
        blanked_region = _AGE_OR_HOMETOWN.sub(lambda m: " " * len(m.group(0)), region)
        blanked, region = blanked_region != region, blanked_region
    if not region.strip(' ,“”"'):
        return None
    people = people_joined(region, start) if " and " in region else None
    if people is not None:
        return people
    existential = _THERE_ARE_WHO.search(region) if "who" in region else None
    if existential:  # "there are some economists who argue": the economists
        return parse_speaker(existential.group("group"), start + existential.start("group"))
    segments = _split_commas(region)
    appositive = None
    if _WHO.match(segments[-1]) and len(segments) >= 2:
        # "former Sen. Ivo Marsh, who told the Ledger": the relative pronoun's antecedent
        antecedent_end = start + region.rfind(",")
        if len(segments) >= 3 and _ARTICLE_OPENING.match(segments[-2]):
            antecedent_end = start + len(",".join(segments[:-2]))  # "X, a former aide, who"
        return speaker_before(text, start, antecedent_end)
    if region.rstrip().endswith(",") and len(segments) >= 3:
        appositive = segments[-2]
        subject = segments[-3]
        if _RELATIVE.match(appositive):
            if _mentions_anonymity(appositive):
                subject = subject + "," + appositive
            appositive = None
            if len(segments) >= 4 and _ARTICLE_OPENING.match(subject):
                # "Ada Moll, a contestant on the show, who …, said": the name before both
                subject, appositive = segments[-4], subject
        elif _PARTICIPLE.match(appositive):
            appositive = None  # "Mr. Lavrov, speaking at an OSCE meeting, said"
        elif _PARTICIPLE.match(subject) and len(segments) >= 4:
            # "Sen. Rob Tallis, facing a challenge in Ohio, a swing state, said"
            subject = segments[-4]
            appositive = None
        elif _IS_NAME.match(appositive.strip()) and not _IS_NAME.match(subject.strip()):
            subject, appositive = (
                appositive,
                subject,
            )  # "A ministry spokesman, Majed al-Rashid, said"
    elif blanked and not segments[-1].strip() and len(segments) == 2:
        subject = segments[0]  # "Tom Byrd, 44, said": the name, its age blanked out
    else:
        subject = segments[-1]
    chunks = subject.split()  # each pattern below needs one of its words among them
    if not _RELATIVE_WORDS.isdisjoint(chunks) and not _mentions_anonymity(subject):
        subject = RELATIVE_TAIL.sub("", subject)
    if any(chunk.startswith(_REDUCING_VERBS) for chunk in chunks):
        subject = _REDUCED_RELATIVE.sub("", subject)
    subject = strip_trailing_modifiers(subject)
    offset = start + region.find(subject) if subject in region else start
    return parse_speaker(subject, offset, appositive.strip() if appositive else None)


def strip_trailing_modifiers(subject: str) -> str:
    """ "The Kremlin on Tuesday" → "The Kremlin"; "Russia's embassy in Chisinau" → "Russia's embassy"."""
    previous = None
    subject = _strip_auxiliaries(subject)  # "a study of newly" (filed …): "a study of"
    while previous != subject:
        previous = subject
        last = last_words(subject, 1)  # each pattern below ends in a word of its own
        if last and (last[0][:1].isdigit() or last[0].lower() in _TIME_ENDS):
            timeless = _TRAILING_TIME.sub("", subject)
            subject = _strip_auxiliaries(timeless) if timeless != subject else subject
        last = last_words(subject, 1)
        if last and last[0].lower() in _REGION_ENDS:
            subject = _TRAILING_REGION.sub("", subject)
        linked = not _TRAILING_PREPOSITIONS.isdisjoint(last_words(subject, 4))
        place = _TRAILING_PLACE.search(subject) if linked else None
        head = place.group("head").lower() if place else ""
        if place and head in ROLE_WORDS | DOCUMENT_NOUNS and head not in GROUP_NOUNS:
            subject = subject[: place.start("prep")].rstrip()
    return subject


def _mentions_anonymity(phrase: str) -> bool:
    lowered = phrase.lower()
    return any(marker in lowered for marker in ANONYMOUS_MARKERS)


def _split_commas(region: str) -> list[str]:
    """Split on commas that are not inside quotes or parentheses."""
    if "(" not in region and "“" not in region and "[" not in region:
        return region.split(",")  # nothing opens: every comma splits
    segments: list[str] = []
    current: list[str] = []
    depth = 0
    for char in region:
        if char in "(“[":
            depth += 1
        elif char in ")”]" and depth:
            depth -= 1
        if char == "," and depth == 0:
            segments.append("".join(current))
            current = []
        else:
            current.append(char)
    segments.append("".join(current))
    return segments
