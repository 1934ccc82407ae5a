"""The words of a text as the place finder reads them, each found only when it is asked for.

A place's name opens with a capitalised word; the finder also needs the words that run on
after one and the word just before it. Cutting the whole article into words for that cost
more than the look-ups themselves, so this finds the capitalised words with one pattern
that skips from capital to capital and reads a neighbour only when asked.

A word is what ``TOKEN`` matches where a scan from the start of the text would: it opens
with a letter and runs over letters, digits, apostrophes, stops and hyphens to its last
letter or digit. So within one unbroken run of such characters only the first letter opens
a word ("U.S.", "McDonald", "Kyiv-based" are one word each), and the next word is the next
match after a word's end. Each word is ``(start, form, end)``: its form is the one looked
up (``trim``), its end is where the text's word ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from briefing.extract.word_patterns import CAPITAL

TOKEN: Final = re.compile(r"[^\W\d_][\w'’.\-]*\w|[^\W\d_]")
_CAPITAL: Final = re.compile(rf"{CAPITAL}(?:[\w'’.\-]*\w)?")
"""A capital in ASCII or any letter beyond it (told apart by ``str.isupper``, as Python's
patterns know no class of capitals), and the rest of its run as ``TOKEN`` reads it. The
pattern opens with a class, so the engine skips from one such letter to the next, where a
pattern that opened with a look back was tried at every position of the text. Whether the
letter opens its run is asked after (``_opens_run``)."""
_JOINERS: Final = "_'’.-"
"""What a word runs on over besides letters and digits."""

Word = tuple[int, str, int]
"""A word's start, the form looked up, and where the text's word ends."""


class PlaceWords:
    """The words of one text, read where the place finder asks."""

    def __init__(self, text: str) -> None:
        self.text = text

    def capitalised(self) -> Iterator[Word]:
        """Each word that opens with a capital, in order."""
        text = self.text
        for match in _CAPITAL.finditer(text):
            word = match.group()
            if word[0].isupper() and _opens_run(text, match.start()):
                yield self._word(match.start(), word, match.end())

    def after(self, word: Word) -> Word | None:
        """The word after ``word``, if any."""
        following = TOKEN.search(self.text, word[2])
        return None if following is None else self._word_at(following.start(), following)

    def capital_after(self, end: int) -> bool:
        """Whether one space, then a word opening with a capital, follow ``end``, where a
        word's form ends: the space stands where the text's word ends too (a form ends short
        of it only inside the word), so the next word opens just after it, at a letter."""
        following = self.text[end + 1 : end + 2]
        return self.text[end : end + 1] == " " and following.isupper() and _is_letter(following)

    def before(self, word: Word) -> Word | None:
        """The word just before ``word`` when one space alone stands between them."""
        text, start = self.text, word[0]
        end = start - 1  # where the word before must end, in its form
        if end < 1 or text[end] != " ":
            return None
        run = end
        while run > 0 and _runs_on(text[run - 1]):
            run -= 1
        opening = next((i for i in range(run, end) if _is_letter(text[i])), None)
        if opening is None:
            return None  # no word in the run just before: the one before it is further back
        previous = self._word_at(opening)
        return previous if opening + len(previous[1]) == end else None

    def _word_at(self, start: int, match: re.Match[str] | None = None) -> Word:
        match = match or TOKEN.match(self.text, start)
        assert match is not None  # a word opens at every letter
        return self._word(start, match.group(), match.end())

    @staticmethod
    def _word(start: int, word: str, end: int) -> Word:
        if word[0].isupper() or "'" in word or "’" in word:
            word = trim(word)
        return start, word, end


def _opens_run(text: str, at: int) -> bool:
    """Whether the letter at ``at`` is the first letter of its run of word characters: only
    digits and joiners stand between it and the run's start ("3Kharkiv", "’Kyiv")."""
    while at > 0 and (text[at - 1].isdecimal() or text[at - 1] in _JOINERS):
        at -= 1
    return at == 0 or not _runs_on(text[at - 1])


def _runs_on(character: str) -> bool:
    return character.isalnum() or character in _JOINERS


def _is_letter(character: str) -> bool:
    """What ``[^\\W\\d_]`` matches: a word character that is no decimal digit."""
    return character.isalnum() and not character.isdecimal()


_POSSESSIVE_END: Final = re.compile(r"['’]s$")


@lru_cache(maxsize=65_536)
def trim(word: str) -> str:
    """ "Avdiivka’s" → "Avdiivka"; "Kyiv-appointed" → "Kyiv"; "U.S." keeps its stops."""
    word = _POSSESSIVE_END.sub("", word)
    parts = word.split("-")
    if (
        len(parts) > 1
        and parts[1][:1].islower()
        and parts[0][:1].isupper()
        and parts[1] not in ("el", "al")
    ):
        word = parts[0]
    return word
