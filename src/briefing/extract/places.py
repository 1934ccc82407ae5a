"""Places a document speaks of, resolved against the gazetteer.

Capitalised runs are looked up longest first ("Donetsk region" before
"Donetsk"), ambiguous names go to the country the article is about (Odesa in
Ukraine, not Texas) and then to the bigger place. Places the text introduces
itself ("the town of Maryinka") are kept even when the gazetteer lacks them,
and "Ren'ai Reef, China's name for the shoal" becomes an alias of that shoal.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from briefing.extract.gazetteer import Entry, Gazetteer, gazetteer, place_key
from briefing.extract.lexicon import (
    DEMONYMS,
    MONTHS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    WEEKDAYS,
    demonym_countries,
    is_word_character,
)
from briefing.extract.place_words import PlaceWords, Word, trim
from briefing.folding import fold_translit
from briefing.frozen import evolve
from briefing.model import PlaceMention, Span

NOT_PLACES: Final = frozenset(
    {*MONTHS, *WEEKDAYS, *TITLE_WORDS, *DEMONYMS, *SENTENCE_OPENERS}
    | set(
        """
        the a an it he she they we i you his her their its our this that these those there
        here from with without after before because during through until about against
        among around over under into onto upon what when where which while who whom whose
        why how many most some several other others both each every just only even once
        again still all any more much such same own very also not no yes our ours my mine
        your yours mr mrs ms gen generals west western east eastern north northern south
        southern central president police union independence victoria mobile reading nice
        split bath liberty hope march may says said god allah christmas easter
        """.split()
    )
)
_INTRODUCED: Final = re.compile(
    r"(?P<feature>town|village|city|settlement|port|hamlet|district|region)\s+of\s+"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
)
"""Matched only where a feature word stands as a word before "of" and a capital
(``_introductions``)."""
_INTRODUCED_AFTER: Final = re.compile(
    r"(?P<name>[A-Z](?<!\w.)[\w'’\-]++(?:\s+[A-Z][\w'’\-]++)?),\s+an?\s+(?:small\s+|nearby\s+|front-line\s+)?"
    r"(?P<feature>town|village|city|settlement|port|hamlet|district)\b(?!['’])"
)
"""The word boundary is a look back from the capital, so the engine skips from capital to
capital (see ``names._FULL_NAME``). A name's words are taken whole (``++``): what follows
one, a space or a comma, is never part of a word, so giving letters back could not help,
and the engine would try that at every capital of the article."""
_OTHER_NAME: Final = re.compile(
    r"(?P<alias>[A-Z][\w'’\-]*+(?:\s+[A-Z][\w'’\-]*+){0,3}+),\s+(?:the\s+)?[A-Z][\w.]*(?:['’]s)?\s+"
    r"(?:name|term)\s+for\s+(?:the\s+)?(?P<feature>shoal|reef|island|islands|atoll|strait|sea|town|city)"
)
"""Words taken whole, as in ``_INTRODUCED_AFTER``; and so are up to four of them: fewer
would leave a space, not the comma, next."""

_AFTER_HINT: Final = re.compile(
    r",\s+an?\s+(?:small\s+|nearby\s+|front-line\s+)?"
    r"(?:town|village|city|settlement|port|hamlet|district)\b"
)
"""What ``_INTRODUCED_AFTER`` needs, opening with a comma: the engine skips to one, where a
pattern opening with a word boundary is tried at every position of the whole article."""
_OF_CAPITAL: Final = re.compile(r"of\s+[A-Z]")
_FOR: Final = re.compile(r"for\s")
_INTRODUCING: Final = (
    "town",
    "village",
    "city",
    "settlement",
    "port",
    "hamlet",
    "district",
    "region",
)
"""What ``_INTRODUCED`` needs: one of these words before "of" and a capital; as
``_OTHER_NAME`` needs "name" or "term" before "for" (see ``_words_before``)."""

MAX_PLACE_LOOKUPS = 20_000
"""Words looked up as the start of a place's name, per document: a 1 MB article has a few
thousand; a text made of nothing but place names stops here, after about a third of a
second, rather than costing two seconds a megabyte."""


class PlaceFinder:
    """Finds and resolves the places of one document."""

    def __init__(self, text: str, excluded: list[Span] | None = None) -> None:
        self.text = text
        self.read_to: int | None = None
        """Where looking for places stopped, when ``MAX_PLACE_LOOKUPS`` was reached."""
        self.gazetteer: Gazetteer = gazetteer()
        spans = sorted(excluded or [], key=lambda span: span.start)
        self._excluded_starts = [span.start for span in spans]
        self._excluded_reach = list(itertools.accumulate((span.end for span in spans), max))
        """Names not to read as places, as sorted starts and the furthest end so far: one
        binary search per candidate, however many speakers an article names."""
        raw = self._matches()
        self.context = self._country_context(raw)
        self.mentions = self._resolve(raw) + self._introduced(raw)
        self.mentions = self._with_other_names(self.mentions)
        self.mentions.sort(key=lambda mention: mention.span.start if mention.span else 0)
        self._starts = [mention.span.start if mention.span else 0 for mention in self.mentions]

    def within(self, start: int, end: int) -> tuple[PlaceMention, ...]:
        """Distinct places mentioned between two offsets, in order of first mention (found by
        bisection: a scan of every mention for every statement was quadratic)."""
        seen: dict[str, PlaceMention] = {}
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, lo=first)
        for mention in self.mentions[first:last]:
            if mention.span and mention.span.end <= end:
                seen.setdefault(f"{mention.name}|{mention.country}", mention)
        return tuple(seen.values())

    @property
    def main_country(self) -> str | None:
        return self.context.most_common(1)[0][0] if self.context else None

    # --- finding ---------------------------------------------------------

    def _matches(self) -> list[tuple[Span, str, tuple[Entry, ...]]]:
        words = PlaceWords(self.text)
        found = []
        covered_to = 0  # a match covers the words up to here
        looked_up = 0
        for first in words.capitalised():
            start, word, _ = first
            if start < covered_to:
                continue
            most = _reach(word)
            if not most:
                continue  # no place's name opens with this word
            looked_up += 1
            if looked_up > MAX_PLACE_LOOKUPS:
                self.read_to = start
                break
            match = self._longest_at(words, first, most)
            if match is None or (len(match[0]) == 1 and word.lower() in NOT_PLACES):
                continue
            run, end, entries = match
            span = Span(start, end)
            if _HONORIFIC_BEFORE.search(self.text, max(0, start - 12), start):
                covered_to = run[-1][2]
                continue  # "Mrs. Lincoln", "Sen. Warren": a person, not the town
            if len(run) == 1 and word.isupper() and not _written_in_capitals(word, entries):
                continue  # "the UN coordinator": an acronym, not the village of Un
            if (
                len(run) == 1
                and _opens_sentence(self.text, start)
                and not _is_main_name(word, entries)
            ):
                continue
            if not self._is_part_of_bigger_name(words, run) and not self._excluded(span):
                found.append((span, self.text[start:end], entries))
            covered_to = run[-1][2]
        return found

    def _longest_at(
        self, words: PlaceWords, first: Word, most: int
    ) -> tuple[list[Word], int, tuple[Entry, ...]] | None:
        run = [first]  # the words from here that run on, one space or hyphen apart
        while len(run) < most and self.gazetteer.opens_longer(
            self.text[first[0] : run[-1][0] + len(run[-1][1])]
        ):
            following = words.after(run[-1])
            if following is None or not _joins(self.text, run[-1], following):
                break
            run.append(following)
        for length in range(len(run), 0, -1):
            last_start, last_word, _ = run[length - 1]
            if length > 1 and not last_word[:1].isupper() and last_word.lower() not in _FEATURES:
                continue
            if length > 1 and not any(
                word[:1].isupper()
                for _, word, _ in run[:length]
                if word.lower() not in ("the", "a", "an")
            ):
                continue  # "The crossing" opening a sentence is no place (Bismarck's old name)
            end = last_start + len(last_word)
            entries = self.gazetteer.lookup(self.text[first[0] : end])
            if entries:
                return run[:length], end, entries
        return None

    def _is_part_of_bigger_name(self, words: PlaceWords, run: list[Word]) -> bool:
        """ "Washington Post" or "Kyiv Independent" is an organisation, not a place."""
        last_start, last_word, _ = run[-1]
        end = last_start + len(last_word)
        if words.capital_after(end) and not _possessive(self.text, end):
            return True
        previous = words.before(run[0])  # only when one space stands between them
        return (
            previous is not None
            and previous[1][:1].isupper()
            and previous[1].lower() not in NOT_PLACES
            and not _possessive(self.text, previous[0] + len(previous[1]))
        )

    def _excluded(self, span: Span) -> bool:
        before_end = bisect.bisect_left(self._excluded_starts, span.end)
        return before_end > 0 and self._excluded_reach[before_end - 1] > span.start

    # --- resolving -------------------------------------------------------

    def _country_context(self, raw: list[tuple[Span, str, tuple[Entry, ...]]]) -> Counter[str]:
        context: Counter[str] = Counter()
        for _, _, entries in raw:
            countries = {entry.country for entry in entries if entry.country}
            if len(countries) == 1:
                context[countries.pop()] += 1
        context.update(demonym_countries(self.text))
        return context

    def _choose(self, written: str, entries: tuple[Entry, ...]) -> Entry:
        """The article's own countries first, then a place called exactly so, then the bigger."""
        key = place_key(written)

        def rank(entry: Entry) -> tuple[bool, bool, bool, int, int]:
            in_context = self.context.get(entry.country or "", 0)
            exact = place_key(entry.name) == key
            country = exact and entry.feature == "country"
            return (country, in_context > 0, exact, in_context, entry.population)

        return max(entries, key=rank)

    def _resolve(self, raw: list[tuple[Span, str, tuple[Entry, ...]]]) -> list[PlaceMention]:
        return [_mention(self._choose(written, entries), span) for span, written, entries in raw]

    def _introduced(self, raw: list[tuple[Span, str, tuple[Entry, ...]]]) -> list[PlaceMention]:
        known = {span.start for span, _, _ in raw}
        introduced = []
        names: dict[str, PlaceMention] = {}
        matches = [
            *_introductions(self.text),
            *(_INTRODUCED_AFTER.finditer(self.text) if _AFTER_HINT.search(self.text) else ()),
        ]
        for match in matches:
            name = trim(match.group("name"))
            if match.start("name") in known or name.lower() in NOT_PLACES:
                continue
            names[place_key(name)] = PlaceMention(
                name,
                self.main_country,
                match.group("feature"),
                span=Span(match.start("name"), match.start("name") + len(name)),
            )
        for first in names.values():
            introduced.append(first)
            for later in _later_mentions(first.name, self.text):
                if later.start() != first.span.start:  # type: ignore[union-attr]
                    introduced.append(evolve(first, span=Span(later.start(), later.end())))
        return introduced

    def _with_other_names(self, mentions: list[PlaceMention]) -> list[PlaceMention]:
        for match in _OTHER_NAME.finditer(self.text) if _naming_another(self.text) else ():
            feature = match.group("feature")
            alias = match.group("alias")
            targets = [
                m
                for m in mentions
                if m.feature.startswith(feature[:4]) or feature in m.name.lower()
            ]
            if not targets:
                continue
            target = min(
                targets, key=lambda m: abs((m.span.start if m.span else 0) - match.start())
            )
            enriched = evolve(target, aliases=tuple(sorted({*target.aliases, alias})))
            mentions = [
                evolve(enriched, span=m.span)
                if (m.name, m.country) == (target.name, target.country)
                else m
                for m in mentions
                if not (
                    m.span
                    and m.span.start >= match.start("alias")
                    and m.span.end <= match.end("alias")
                )
            ]
            mentions.append(evolve(enriched, span=Span(match.start("alias"), match.end("alias"))))
        return mentions


def _introductions(text: str) -> Iterator[re.Match[str]]:
    """ "the town of Marinka": ``_INTRODUCED`` where "of" and a capital follow one of its
    feature words standing as a word, in the text's order."""
    for start, _ in _words_before(text, _OF_CAPITAL, _INTRODUCING):
        if start == 0 or not is_word_character(text[start - 1]):
            introduced = _INTRODUCED.match(text, start)
            if introduced:
                yield introduced


def _later_mentions(name: str, text: str) -> Iterator[re.Match[str]]:
    """Each place the name introduced is written again, as a whole word. The name opens with
    a capital, so the word boundary before it is that no word character stands there: looked
    back for once the name is found, the engine skips from one "M" to the next, where
    ``\\bMaryinka\\b`` was tried at every position of the article."""
    written = re.escape(name)
    return re.finditer(rf"{written}(?<!\w{written})\b", text)


def _naming_another(text: str) -> bool:
    return any(_words_before(text, _FOR, ("name", "term")))


def _words_before(
    text: str, pattern: re.Pattern[str], words: tuple[str, ...]
) -> Iterator[tuple[int, str]]:
    """``(start, word)`` for each match of ``pattern`` that one of ``words`` stands just
    before, whitespace between. ``pattern`` opens with a literal, so the engine skips to it;
    an alternation of the words before it would be tried at nearly every letter."""
    for match in pattern.finditer(text):
        space = match.start()
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space == match.start():
            continue
        for word in words:
            if text.endswith(word, 0, space):
                yield space - len(word), word
                break


def _mention(entry: Entry, span: Span) -> PlaceMention:
    return PlaceMention(
        entry.name,
        entry.country,
        entry.feature,
        entry.geonameid,
        entry.population,
        entry.aliases,
        span,
        entry.latitude,
        entry.longitude,
        entry.region,
    )


_FEATURES: Final = frozenset(
    "region oblast province river sea strait shoal reef spit crossing peninsula islands island "
    "city".split()
)
"""Lowercase words a place's name may end with ("Kherson region", "Kerch Strait")."""


@lru_cache(maxsize=65_536)
def _reach(word: str) -> int:
    """The most words a place's name opening with ``word`` has (0: none opens with it)."""
    return min(gazetteer().words_from(word), gazetteer().longest)


_HONORIFIC_BEFORE: Final = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Sgt|Capt|Col|Lt)\.?\s+$|"
    r"\b(?:President|Senator|Governor|Judge|Justice|Congressman|Congresswoman)\s+$"
)


def _written_in_capitals(word: str, entries: tuple[Entry, ...]) -> bool:
    written = {name.replace(".", "") for entry in entries for name in (entry.name, *entry.aliases)}
    return word.replace(".", "") in written or len(word) > 4


def _opens_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in ' “"‘(':
        index -= 1  # look back past spaces and opening marks only, never copy the text
    return index < 0 or text[index] in '.!?\n:;”"'


def _is_main_name(word: str, entries: tuple[Entry, ...]) -> bool:
    """The word is a place's own name, or an alias of a big or non-town place."""
    key, spelling = place_key(word), fold_translit(word)
    return any(
        place_key(entry.name) == key
        or fold_translit(entry.name) == spelling  # "Mariinka" is Maryinka spelt another way
        or entry.population >= 100_000
        or entry.feature != "town"
        for entry in entries
    )


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 2] in ("’s", "'s") or text[end : end + 1] in (",", ".", ";", ":")


def _joins(text: str, left: Word, right: Word) -> bool:
    gap = text[left[0] + len(left[1]) : right[0]]
    return gap in (" ", "-") and not _possessive(text, left[0] + len(left[1]))
