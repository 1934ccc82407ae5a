"""People and bodies named in passing, so a later "she", "Ms. Arslan" or "the ministry" finds them.

Only unambiguous patterns count: a name after an honorific or a role word
("Ms. Arslan", "journalist Deniz Arslan", "President Volodymyr Zelenskyy"), or
a two-word name opening a sentence before a comma ("Deniz Arslan, 38, was …"),
or two or three capitalised words opened by a known first name ("… a rally for
Maria Costa in Porto"; see ``first_names``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

from briefing.extract.first_names import first_name_gender, honorific_gender
from briefing.extract.gazetteer import gazetteer
from briefing.extract.lexicon import (
    MONTHS,
    ORGANISATION_HEADS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    WEEKDAYS,
    first_letter_runs,
    letter_runs,
)
from briefing.extract.unnamed import HONORIFICS_ONLY
from briefing.extract.word_patterns import CAPITAL, opening_letters
from briefing.model import Gender, Span, SpeakerMention

_WORD: Final = r"[A-Z][a-z’'\-]+(?:[A-Z][a-z’'\-]+)?"
"""A capitalised name word, with a capital inside it: "McKinley", "LaBelle", "DeNiro"."""
_NAME: Final = _WORD + r"(?:\s+(?:al-|el-|bin\s+|de\s+|van\s+)?" + _WORD + "){0,2}"
_ABBREVIATED: Final = "Mr Ms Mrs Dr Gen Col Lt Maj Capt Brig Sgt Adm Sen Rep Gov".split()
"""Titles written with a stop before a name ("Lt. Col. Ana Pardo")."""
_BEFORE_FULL_NAME: Final = (
    "President|Prime Minister|Minister|Chancellor|Secretary|General|Governor|Mayor|journalist|"
    "lawyer|commander|governor|mayor|spokesman|spokeswoman|analyst|activist|opposition leader|"
    "leader"
).split("|")
"""Titles and roles before a full name ("opposition leader Ana Pardo")."""
_BEFORE_SURNAME: Final = (
    "President Senator Governor Secretary Speaker Mayor Chancellor Judge".split()
)
"""Titles before a surname alone ("Senator Warren")."""
_ALL_TITLES: Final = (*_ABBREVIATED, *_BEFORE_FULL_NAME, *_BEFORE_SURNAME)
_AFTER_TITLE: Final = re.compile(
    opening_letters(*_ALL_TITLES) + r"(?:\b(?:(?:" + "|".join(_ABBREVIATED) + r")\.\s+)+"
    r"(?P<name>" + _NAME + ")"
    r"|\b(?:" + "|".join(t.replace(" ", r"\s+") for t in _BEFORE_FULL_NAME) + r")\s+"
    r"(?P<full>" + _WORD + r"\s+" + _NAME + ")"
    r"|\b(?:" + "|".join(_BEFORE_SURNAME) + r")\s+"
    r"(?P<surname>[A-Z][a-z’'\-]{2,})\b(?!\s+[A-Z]))"
)
_TITLE_WORDS: Final = first_letter_runs(_ALL_TITLES)
"""The first word of each title, one of which ``_AFTER_TITLE`` needs."""
_TITLES_AS_WRITTEN: Final = {
    run: tuple(sorted({t.split()[0] for t in _ALL_TITLES if first_letter_runs([t]) == {run}}))
    for run in _TITLE_WORDS
}
"""The first word of each title as ``_AFTER_TITLE`` matches it, case and all, by the word
``_TITLE_WORDS`` holds for it ("minister" → "Minister")."""
_FULL_NAME: Final = re.compile(
    r"(?P<first>[A-Z](?<!\w.)[a-z]++)(?=\s+(?:[A-Z]\.\s+)?(?P<rest>"
    + _WORD
    + r"(?:\s+"
    + _WORD
    + r")?)\b)"
)
"""Tried at every capitalised word (the rest is a lookahead), so "House Speaker Paul Ryan"
still finds "Paul Ryan" after "House Speaker Paul" is turned down. The word boundary is a
look back from the capital: a pattern that opens with a character class lets the engine
skip to the next capital, where one opening with a word boundary is tried everywhere. The
first name's small letters are taken whole: a space must follow them."""
_ROLE_AFTER: Final = (
    r"president|founder|co-founder|director|chairman|chairwoman|chair|head|chief|spokesman|"
    r"spokeswoman|spokesperson|professor|analyst|adviser|advisor|aide|strategist|lawyer|"
    r"attorney|executive|manager|editor|author|researcher|economist|senator|governor|mayor|"
    r"member|leader|organizer|organiser|activist|official|officer|secretary|minister|"
    r"ambassador|commander|general|pollster|consultant|host|anchor|correspondent|reporter|"
    r"candidate|nominee|candidate|veteran|resident|owner|student|teacher|doctor|nurse"
)
_ROLE_WORDS: Final = letter_runs(_ROLE_AFTER)
"""One of which ``_APPOSED`` needs, as a run of letters of the lowered sentence."""
_APPOSED: Final = re.compile(
    r",\s+(?:a\s+|an\s+|the\s+)?(?:[\w’'\-]+\s+){0,3}?(?:" + _ROLE_AFTER + r")\b"
)
_NAME_BEFORE_COMMA: Final = re.compile(r"\b(" + _WORD + r"\s+(?:[A-Z]\.\s+)?" + _WORD + ")$")
"""``Ilyse Hogue, president of the group``: a name the role after it says is a person's,
whatever first name it has."""
_OPENING: Final = re.compile(r"(?P<name>" + _WORD + r"\s+" + _WORD + r"),\s")
"""A sentence opening with a name and a comma ("Ilyse Hogue, president of …"), matched at
the sentence's start."""
_BODY_HEADS: Final = (
    r"ministry|agency|office|department|administration|commission|committee|council|service"
)
_BODY_HEAD_WORDS: Final = frozenset(_BODY_HEADS.split("|"))
"""One of which ``_BODY`` needs: most sentences name no ministry or agency."""
_BODY: Final = re.compile(
    r"\bthe\s+(?P<lower>(?:[a-z]+\s+){1,2}(?:" + _BODY_HEADS + r"))\b"
    r"|\b(?P<upper>(?:[A-Z][a-z]+\s+){1,3}(?:" + _BODY_HEADS.title() + r"))\b"
)


def _unowned(name: str) -> str:
    return name[:-2] if name.endswith(("’s", "'s")) else name


class NameBudget:
    """The names one document may have read: an article names a few dozen people, a text
    made of nothing but names stops here rather than costing seconds a megabyte."""

    def __init__(self, most: int) -> None:
        self.left = most
        self.spent = False
        """Names were left unread."""

    def read(
        self, text: str, start: int, end: int, words: frozenset[str] | None = None
    ) -> list[tuple[int, SpeakerMention]]:
        if self.spent:
            return []
        return self.take(named_people(text, start, end, self.left + 1, words))

    def read_surnames(
        self,
        surnames: Surnames,
        text: str,
        start: int,
        end: int,
        found: list[tuple[int, SpeakerMention]],
    ) -> list[tuple[int, SpeakerMention]]:
        if self.spent:
            return []
        return self.take(surnames.in_sentence(text, start, end, found, self.left + 1))

    def take(self, found: list[tuple[int, SpeakerMention]]) -> list[tuple[int, SpeakerMention]]:
        if len(found) > self.left:
            found, self.spent = found[: self.left], True
        self.left -= len(found)
        return found


class NamedSpans:
    """Where the people found so far in a sentence are named, for "is this offset inside one
    of them?" by bisection: a scan of every name for every match was quadratic in a "sentence"
    of ten thousand capitalised words."""

    def __init__(self, named: Iterable[tuple[int, SpeakerMention]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0
        for offset, person in sorted(named, key=lambda pair: pair[0]):
            self.add(offset, len(person.name))

    def add(self, start: int, length: int) -> None:
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, start + length)
        self.longest = max(self.longest, length)

    def covers(self, offset: int) -> bool:
        first = bisect.bisect_left(self.starts, offset - self.longest)
        last = bisect.bisect_right(self.starts, offset)
        return any(self.ends[i] > offset for i in range(first, last))


def named_people(
    text: str,
    start: int,
    end: int,
    most: int = 1_000_000,
    words: frozenset[str] | None = None,
) -> list[tuple[int, SpeakerMention]]:
    """``(offset, person)`` for each person named between ``start`` and ``end``, at most
    ``most`` of them. ``words``: the stretch's ``lexicon.letter_runs`` (read here when the
    caller has none), to pass over the patterns that need a title or a role word it does
    not hold."""
    if words is None:
        words = letter_runs(text[start:end])
    found: list[tuple[int, SpeakerMention]] = []
    named = NamedSpans()
    first_title = _first_title(text, start, end, words)
    for match in _AFTER_TITLE.finditer(text, first_title, end) if first_title >= 0 else ():
        if len(found) >= most:
            return found
        group = next(g for g in ("name", "full", "surname") if match.group(g))
        name = _unowned(match.group(group))  # "under Mr. Ban's watch"
        title = match.group(0)[: match.start(group) - match.start()].split()
        gender = honorific_gender(title)
        role = " ".join(w for w in title if w.lower() not in HONORIFICS_ONLY) or None
        found.append((match.start(group), _person(name, match.start(group), gender, role)))
        named.add(match.start(group), len(name))
    for match in () if title_case(text, start, end) else _FULL_NAME.finditer(text, start, end):
        if len(found) >= most:
            return found
        if match.start() == start and match.group("first") in ("Said", "Says"):
            continue  # "Said Ellis: “…”": the verb of an inverted attribution, not a name
        if not named.covers(match.start()) and _is_full_name(match):
            name = _unowned(f"{match.group('first')} {match.group('rest')}")
            found.append((match.start(), _person(name, match.start())))
            named.add(match.start(), len(name))
    apposed = not _ROLE_WORDS.isdisjoint(words)
    for match in _APPOSED.finditer(text, start, end) if apposed else ():
        if len(found) >= most:
            return found
        before = _NAME_BEFORE_COMMA.search(text, max(start, match.start() - 40), match.start())
        if before is None:
            continue
        name, at = before.group(1), before.start(1)
        if not named.covers(at) and (
            name.split()[0].lower() not in _NOT_FIRST_NAMES and not gazetteer().lookup(name)
        ):
            found.append((at, _person(name, at)))
            named.add(at, len(name))
    opening = _OPENING.match(text, start, end)
    if opening and not _NOT_FIRST_NAMES.intersection(opening.group("name").lower().split()):
        found.append((start, _person(opening.group("name"), start)))
    bodies = _BODY.finditer(text, start, end) if not words.isdisjoint(_BODY_HEAD_WORDS) else ()
    for match in bodies:
        if len(found) >= most:
            return found
        group = "lower" if match.group("lower") else "upper"
        name = " ".join(word.capitalize() for word in match.group(group).split())
        found.append((match.start(group), SpeakerMention(name, "organisation")))
    return found


def _first_title(text: str, start: int, end: int, words: frozenset[str]) -> int:
    """Where the first title between ``start`` and ``end`` opens, or -1: ``_AFTER_TITLE``
    searches from there. It is tried at every position, and a sentence may hold a title's
    word only in another case ("the minister said", where it needs "Minister")."""
    first = -1
    for run in _TITLE_WORDS.intersection(words):
        for title in _TITLES_AS_WRITTEN[run]:
            at = text.find(title, start, end)
            if at >= 0 and (first < 0 or at < first):
                first = at
    return first


_NOT_FIRST_NAMES: Final = (
    SENTENCE_OPENERS
    | TITLE_WORDS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset("the in but for and or of to on at by an a as is it if so no not with".split())
)


def title_case(text: str, start: int, end: int) -> bool:
    """A headline in title case ("Black Lawmakers Rip Donald Trump Over Remarks"), where every
    word looks like a name: no name is read from it but by a title."""
    if end - start > 160:
        return False  # a headline is short
    segment = text[start:end]
    words = segment.count(" ") + 1
    if words < 4:
        return False
    lower, most = 0, 0.2 * words  # words opening in lower case; a sentence has many
    for word in segment.split():
        if "a" <= word[0] <= "z":
            lower += 1
            if lower > most:
                return False
    return True


def _is_full_name(match: re.Match[str]) -> bool:
    """A known first name, then a surname: no common word, place or body."""
    first, rest = match.group("first"), match.group("rest")
    if first.lower() in _NOT_FIRST_NAMES or first_name_gender(first) is None:
        return False
    last = rest.split()[-1].lower()
    if last in ORGANISATION_HEADS or last in TITLE_WORDS or last in MONTHS or last in WEEKDAYS:
        return False
    return not gazetteer().lookup(match.string[match.start("first") : match.end("rest")])


def _person(
    name: str, offset: int, gender: Gender | None = None, role: str | None = None
) -> SpeakerMention:
    span = Span(offset, offset + len(name))
    return SpeakerMention(name, "person", role=role, span=span, gender=gender)


_CAPITALISED_WORD: Final = re.compile(
    rf"({CAPITAL}(?<![\w’'.\-].)(?<![Tt]he\s.)(?<!\ba\s.)(?<!\ban\s.)[\w’'\-]*)\b"
    r"(?![’'\-]|\s+[A-Z])"
)
"""A word that may be a bare surname in running text (not a possessive, not the first word
of a longer name, not "the Clinton campaign"); one pattern for every document, where an
alternation of each document's surnames cost a compile per document. It opens with the
capital, and looks back from it, for the reason given at ``_FULL_NAME``."""


class Surnames:
    """``Trump took offense …`` after a ``Donald Trump`` anywhere in the article: a bare
    surname, in running text, of the person the article names in full with it (not a
    possessive, not the first word of a longer name, not "the Clinton campaign"). A surname
    two people share ("Bobby Scott", "Tim Scott") is one of them (see ``_person``)."""

    def __init__(self, cast: list[tuple[int, SpeakerMention]]) -> None:
        people: dict[str, dict[str, tuple[int, SpeakerMention]]] = {}
        for offset, person in cast:
            surname = person.name.split()[-1]
            if surname[:1].isupper():
                named = people.setdefault(surname, {})
                named.setdefault(person.name, (offset, person))
        self.people = {s: sorted(p.values(), key=lambda x: x[0]) for s, p in people.items()}
        self.full_mentions = {
            s: sorted(o for o, p in cast if p.name.split()[-1] == s)
            for s, named in self.people.items()
            if len(named) > 1
        }
        """Where each shared surname is named in full, to tell which person it means."""
        self.by_offset = {o: p for o, p in cast}

    def _person(self, surname: str, at: int) -> SpeakerMention | None:
        """The one person with this surname; of several, the one named in full just before
        (within a few lines), else the one the article named first ("Cruz" is Ted Cruz, not
        the "Heidi Cruz" of a photo caption three paragraphs up)."""
        named = self.people[surname]
        if len(named) == 1:
            return named[0][1]
        offsets = self.full_mentions[surname]
        count = bisect.bisect_left(offsets, at)  # full mentions before this one
        if not count:
            return None
        if at - offsets[count - 1] <= _JUST_BEFORE:
            return self.by_offset[offsets[count - 1]]
        return named[0][1]

    def in_sentence(
        self,
        text: str,
        start: int,
        end: int,
        found: list[tuple[int, SpeakerMention]],
        most: int = 1_000_000,
    ) -> list[tuple[int, SpeakerMention]]:
        if not self.people:
            return []
        if len(self.people) <= _FEW_SURNAMES:
            sentence = text[start:end]
            if not any(surname in sentence for surname in self.people):
                return []  # most sentences name none of the cast: no pattern over them
        mentions: list[tuple[int, SpeakerMention]] = []
        named = NamedSpans(found)
        for match in _CAPITALISED_WORD.finditer(text, start, end):
            if len(mentions) >= most:
                break
            if match.group(1) not in self.people:
                continue
            person = self._person(match.group(1), match.start())
            if person is None or named.covers(match.start()):
                continue
            given = _GIVEN_BEFORE.search(text, max(start, match.start() - 30), match.start())
            if given and given.group(1) not in person.name.split():
                if given.group(1).lower() not in _NOT_FIRST_NAMES | _NOT_GIVEN and not any(
                    given.group(1) in p.name.split() for _, p in self.people[match.group(1)]
                ):
                    # "Rakeyia Scott" after "Keith Lamont Scott": a relative, another person
                    name = f"{given.group(1)} {match.group(1)}"
                    mentions.append((given.start(1), _person(name, given.start(1))))
                continue
            mentions.append((match.start(), _person(person.name, match.start(), person.gender)))
        return mentions


_FEW_SURNAMES: Final = 16
"""Up to this many surnames, a sentence is first tested for each as a substring."""
_JUST_BEFORE: Final = 300
"""Characters back within which a full name decides whom a shared surname means."""
_NOT_GIVEN: Final = frozenset(
    """
    former outgoing incoming acting then late young rival democrat democratic republican gop
    that this when where why how what while if after before with without about against under
    """.split()
)
_GIVEN_BEFORE: Final = re.compile(r"(?<![\w’'.\-])([A-Z][a-z’'\-]+)\s+$")
