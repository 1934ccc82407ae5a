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

TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*\w|[^\W\d_]")
_OPENING_CAPITAL = re.compile(
    r"(?<![\w'’.\-])[\d_'’.\-]*(?P<word>(?:[A-Z]|[^\W\d_\x00-\x7f])(?:[\w'’.\-]*\w)?)"
)
"""The first word of a run of word characters, when it opens with a capital in ASCII or any
letter beyond it (told apart by ``str.isupper``, as Python's patterns know no class of
capitals): the run's non-letters, then what ``TOKEN`` matches. Only a run's first letter
opens a word, so one match per run finds every capitalised word, with no look back."""
_JOINERS = "_'’.-"
"""What a word runs on over besides letters and digits."""

Word = tuple[int, str, int]
"""A word's start, the form looked up, and where the text's word ends."""


class PlaceWords:
    """The words of one text, read where the place finder asks."""

    def __init__(self, text: str) -> None:
        self.text = text

    def capitalised(self) -> Iterator[Word]:
        """Each word that opens with a capital, in order."""
        for match in _OPENING_CAPITAL.finditer(self.text):
            word = match.group("word")
            if word[0].isupper():
                yield self._word(match.start("word"), word, match.end())

    def after(self, word: Word) -> Word | None:
        """The word after ``word``, if any."""
        following = TOKEN.search(self.text, word[2])
        return None if following is None else self._word_at(following.start(), following)

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


def _runs_on(character: str) -> bool:
    return character.isalnum() or character in _JOINERS


def _is_letter(character: str) -> bool:
    """What ``[^\\W\\d_]`` matches: a word character that is no decimal digit."""
    return character.isalnum() and not character.isdecimal()


@lru_cache(maxsize=65_536)
def trim(word: str) -> str:
    """ "Avdiivka’s" → "Avdiivka"; "Kyiv-appointed" → "Kyiv"; "U.S." keeps its stops."""
    word = re.sub(r"['’]s$", "", word)
    parts = word.split("-")
    if (
        len(parts) > 1
        and parts[1][:1].islower()
        and parts[0][:1].isupper()
        and parts[1] not in ("el", "al")
    ):
        word = parts[0]
    return word
