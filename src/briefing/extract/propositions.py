"""What a statement says happened, as a comparable proposition: the event and who or where.

"Russian forces have captured Maryinka", "troops entered the southern part of Marinka"
and "his troops had withdrawn to the edge of Mariinka" are one proposition (control of
the town), asserted three times; "Marinka has not fallen" disputes it. A statement's
proposition is its event kind (found by a trigger word near its anchor) and the anchors
that tell one event of that kind from another: the places it names (resolved by the
gazetteer, so every spelling is one place), the people it names other than its speaker,
and the countries on either side. Two propositions are the same when their kinds agree
and their anchors overlap; the store uses that to join claims across documents.

Written by hand: event extraction libraries need models this project cannot download,
and the events briefings argue about are few and worded in a small vocabulary.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.lexicon import DEMONYMS, demonym_countries
from briefing.extract.names import named_people
from briefing.extract.word_patterns import opening_alternatives
from briefing.folding import fold_translit
from briefing.frozen import dataclass
from briefing.model import ExtractedStatement

_NEAR: Final = 60
"""Characters between a trigger and the place it is about."""


@dataclass(frozen=True)
class Event:
    kind: str
    label: str
    trigger: re.Pattern[str]
    anchored_by_place: bool = True
    conceding: re.Pattern[str] | None = None
    """Words with which the other side admits the event ("withdrew"): they assert it."""
    weak: re.Pattern[str] | None = None
    """Triggers that name the event only beside one of ``needs`` ("troops entered")."""
    needs: re.Pattern[str] | None = None
    denying: re.Pattern[str] | None = None
    """Triggers that themselves say the event did not happen ("still in", "supplied
    normally")."""

    def trigger_in(self, body: str, lowered: str) -> re.Match[str] | None:
        if not any(stem in lowered for stem in _EVENT_STEMS[self.kind]):
            return None
        also = _ALSO_NEEDED.get(self.kind, ())
        if also and lowered.isascii() and not any(stem in lowered for stem in also):
            return None
        found = self.trigger.search(body)
        if found is None and self.weak and self.needs and self.needs.search(body):
            found = self.weak.search(body)
        return found


def _words(*alternatives: str) -> re.Pattern[str]:
    """``\\b(?:alternative|…)\\b`` in any case, each alternative a pattern opening with a
    letter, written so that a search skips to the letters they open with
    (``word_patterns.opening_alternatives``): a statement is searched for every event it may name."""
    return re.compile(opening_alternatives(alternatives) + r"\b")


_VESSELS: Final = (
    r"ships?", r"vessels?", r"tankers?", r"frigates?", r"warships?", r"boats?", "ferry",
    "ferries", r"submarines?",
)  # fmt: skip
_NOT_A_FALL: Final = r"(?!\s+(?:by|to|from|below|sharply))"
"""Prices and numbers fall by, to, from or below something; a town does not."""
_OUT_OF: Final = r"\s+(?:[\w’'-]+\s+){0,4}out\s+of"
_POWER: Final = r"\s+(?:all\s+)?(?:off-site\s+|outside\s+|external\s+)?power"
EVENTS: Final = (
    Event(
        "talks",
        "talks between",
        _words("talks", r"negotiat\w*", r"contacts?", r"discuss(?:ed|ing)"),
        anchored_by_place=False,
    ),
    Event(
        "control",
        "control of",
        _words(
            r"recaptur\w*", r"captur\w*", r"re(?:took|taken)", r"seiz\w*", r"liberat\w*",
            r"overr[au]n", "fallen" + _NOT_A_FALL, "fell" + _NOT_A_FALL, r"withdr[ae]wn",
            "withdrew", "breakthrough", "withdrawal", r"pulled\s+back", r"retreat\w*",
            "stormed", r"full\s+control", r"complete\s+control",
            *(verb + _OUT_OF for verb in (r"driv\w*", "drove", r"push\w*", r"forc\w*", r"kick\w*")),
        ),
        conceding=_words(
            r"withdr[ae]wn", "withdrew", "withdrawal", r"pulled\s+back", r"retreat\w*"
        ),
        weak=_words(
            "entered", "enter", "took", "taken", r"still\s+in", r"control\s+of",
            r"holding\s+\w+\s+positions",
        ),
        needs=_words(
            "forces", "troops", "army", "armed", r"units?", "soldiers", "fighters", "assault",
            r"brigades?", "defenders", "military",
        ),
        denying=_words(r"still\s+in", r"holding\s+\w+\s+positions"),
    ),
    Event(
        "power",
        "power lost at",
        _words(
            *(verb + _POWER for verb in ("lost", "loses", "losing", r"loss\s+of", "without", "cut")),
            r"power\s+line",
            r"supplied\s+normally",
        ),
        denying=_words(r"supplied\s+normally"),
    ),
    Event(
        "blocked",
        "aid blocked at",
        _words(r"turned\s+back", "blocked", "barred", r"refused\s+entry", r"held\s+up"),
    ),
    Event(
        "strike-ships",
        "strike on ships in",
        _words(
            *(
                rf"{verb}\s+(?:\w+\s+){{0,3}}(?:{'|'.join(_VESSELS)})"
                for verb in (
                    "struck", "hit", "attacked", "targeted", "damaged", "sank", "sunk",
                    r"strike\s+on",
                )
            ),
            *(
                rf"{vessel}\s+(?:had\s+)?(?:been\s+)?(?:struck|hit|attacked|damaged|sunk)"
                for vessel in _VESSELS
            ),
        ),
    ),
)  # fmt: skip
_EVENT_STEMS: Final = {
    "talks": ("talks", "negotiat", "contact", "discuss"),
    "control": (
        "captur", "seiz", "liberat", "overr", "fallen", "fell", "withdr", "pulled back",
        "retreat", "storm", "breakthrough", "control", "enter", "took", "taken", "still in",
        "holding", "out of",
    ),
    "power": ("power", "supplied normally"),
    "blocked": ("turned back", "blocked", "barred", "refused entry", "held up"),
    "strike-ships": ("struck", "hit", "attack", "target", "strike on", "damaged", "sank", "sunk"),
}  # fmt: skip
_ALSO_NEEDED: Final = {
    "strike-ships": ("ship", "vessel", "tanker", "frigate", "boat", "ferr", "submarine"),
}
"""Substrings every trigger of the kind holds besides one of its stems: each strike on ships
names a vessel. Asked of a statement in ASCII only: ``re.I`` also reads "ſ" as "s", and a
text in ASCII holds none of the letters it reads so."""
_STEMS: Final = tuple(stem for stems in _EVENT_STEMS.values() for stem in stems)
"""Substrings of every trigger: most statements name no event and contain none of them."""


_NEGATION: Final = _words(
    *"not no never neither nor nobody none nothing false untrue fiction denied deny denies".split()
)


@dataclass(frozen=True)
class Proposition:
    """An event of one kind and what anchors it. ``negated``: the statement says it did not
    happen."""

    kind: str
    places: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    negated: bool = False
    label: str = ""

    def compatible(self, other: Proposition) -> bool:
        """Of one kind, and no anchors that tell them apart (two towns, two pairs of people)."""
        mine, theirs = _narrow(self.places), _narrow(other.places)
        return (
            self.kind == other.kind
            and not (mine and theirs and not mine & theirs)
            and not (self.people and other.people and not self.people & other.people)
        )

    def widened(self, other: Proposition) -> Proposition:
        return Proposition(
            self.kind,
            self.places | other.places,
            self.people | other.people,
            self.countries | other.countries,
            self.negated,
            self.label,
        )

    def same_event(self, other: Proposition) -> bool:
        if self.kind != other.kind:
            return False
        if _folded(self.places) & _folded(other.places) or self.people & other.people:
            return True
        return len(self.countries & other.countries) >= 2 and not (self.places and other.places)

    @property
    def anchored(self) -> bool:
        return bool(self.places or self.people or len(self.countries) >= 2)

    def anchors(self) -> list[str]:
        """Index terms: any two propositions that are the same event share one of them."""
        terms = [f"{self.kind}:p:{place}" for place in _folded(self.places)]
        terms += [f"{self.kind}:n:{person}" for person in self.people]
        countries = sorted(self.countries)
        terms += [
            f"{self.kind}:c:{a}+{b}" for i, a in enumerate(countries) for b in countries[i + 1 :]
        ]
        return terms

    def key(self) -> str:
        """One line the store keeps and compares: kind, then each anchor set."""
        parts = [self.kind] + [",".join(sorted(group)) for group in self._groups()]
        return "|".join(parts)

    def describe(self) -> str:
        """In words: ``control of Maryinka``, ``talks between Gerasimov and Zaluzhny``."""
        places = sorted(place.lstrip("~") for place in self.places)
        names = places or sorted(self.people) or sorted(self.countries)
        return f"{self.label} {' and '.join(name.title() for name in names)}".strip()

    def _groups(self) -> tuple[frozenset[str], ...]:
        return (self.places, self.people, self.countries)

    @classmethod
    def from_key(cls, key: str) -> Proposition | None:
        kind, *groups = key.split("|")
        if len(groups) != 3:
            return None
        places, people, countries = (frozenset(filter(None, g.split(","))) for g in groups)
        label = next((event.label for event in EVENTS if event.kind == kind), "")
        return cls(kind, places, people, countries, label=label)


def _narrow(places: frozenset[str]) -> frozenset[str]:
    return _folded(frozenset(place for place in places if not place.startswith("~")))


def _folded(places: frozenset[str]) -> frozenset[str]:
    """Place names compared as spelt alike (``Krynky`` / ``Krinki``)."""
    return frozenset(fold_translit(place) for place in places)


_BROAD_FEATURES: Final = frozenset({"sea", "strait", "river", "gulf", "bay", "lake", "ocean"})
"""Places too wide to tell two events apart ("the Black Sea"): marked ``~``, they anchor
an event but never keep two apart."""
_NAMED_AFTER: Final = re.compile(
    r"\b(?:in|of|near|from|into|around|outside|at)\s+([A-Z][a-z’'\-]{2,})\b"
)


def proposition_of(text: str, statement: ExtractedStatement) -> Proposition | None:
    """The event ``statement`` speaks of, or None when it names no event briefings track."""
    start, end = statement.span.start, statement.span.end
    body = text[start:end]
    lowered = body.lower()
    if not any(stem in lowered for stem in _STEMS):
        return None
    for event in EVENTS:
        trigger = event.trigger_in(body, lowered)
        if trigger is None:
            continue
        places = _places_near(statement, start + trigger.start(), start + trigger.end(), event)
        if event.anchored_by_place and not places:
            places = _unknown_place_near(body, trigger)
        people = frozenset() if event.anchored_by_place else _people(text, statement)
        countries = _countries(statement, body)
        before = body[max(0, trigger.start() - 40) : trigger.start()]
        conceded = event.conceding is not None and event.conceding.search(trigger.group())
        denied = event.denying is not None and event.denying.search(trigger.group())
        negated = bool(denied) or (bool(_NEGATION.search(before)) and not conceded)
        return Proposition(event.kind, places, people, countries, negated, event.label)
    return None


def _places_near(
    statement: ExtractedStatement, start: int, end: int, event: Event
) -> frozenset[str]:
    found = set()
    for place in statement.places:
        if place.span is None or place.feature in ("country", "region"):
            continue
        if place.span.start - end <= _NEAR and start - place.span.end <= _NEAR:
            broad = place.feature in _BROAD_FEATURES
            found.add(("~" if broad else "") + place.name.lower())
    return frozenset(found)


def _unknown_place_near(body: str, trigger: re.Match[str]) -> frozenset[str]:
    """A village the gazetteer does not know, named right by the event ("still holding
    positions in Krinki"): a capitalised word after a preposition, near the trigger."""
    window = body[max(0, trigger.start() - _NEAR) : trigger.end() + _NEAR]
    for match in _NAMED_AFTER.finditer(window):
        word = match.group(1)
        possessive = word.endswith(("'s", "’s"))
        if not possessive and word.lower() not in DEMONYMS and word.lower() not in _NOT_PLACE_WORDS:
            return frozenset({word.lower()})
    return frozenset()


_NOT_PLACE_WORDS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december the this that moscow's kyiv's".split()
)


def _people(text: str, statement: ExtractedStatement) -> frozenset[str]:
    speaker = fold_translit(statement.speaker.name.split()[-1]) if statement.speaker else ""
    surnames = {
        fold_translit(person.name.split()[-1])
        for _, person in named_people(text, statement.span.start, statement.span.end)
        if person.kind == "person"
    }
    return frozenset(surnames - {speaker, ""})


def _countries(statement: ExtractedStatement, body: str) -> frozenset[str]:
    found = {p.name.lower() for p in statement.places if p.feature == "country"}
    found.update(country.lower() for country in demonym_countries(body))
    return frozenset(found)
