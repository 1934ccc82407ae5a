"""How the rules write a pattern over words, so that a search skips to where a match can
start, and how a word a pattern matched in any case is compared.

Python's regex engine skips ahead only when a pattern opens with a literal or a class of
characters; one that opens with a word boundary, a look back, a look-ahead or an
alternation under ``re.I`` is tried at every position of the text. These write word lists
and alternatives as a class of first letters with the rest checked behind, written by hand
because no library writes patterns for this engine's search optimisation.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Final


def word_alternation(words: Collection[str]) -> str:
    """One regex alternation for many words, sharing prefixes (``sa(?:y|ys|id|ying)``), so a
    match costs one walk down the letters instead of a try per word; a space in a phrase
    matches any run of whitespace. Longer words win as in a longest-first alternation."""
    if "" in words and len(words) == 1:
        return ""
    branches = []
    by_first: dict[str, set[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], set()).add(word[1:])
    for first in sorted(by_first):
        letter = r"\s+" if first == " " else re.escape(first)
        branches.append(letter + word_alternation(by_first[first]))
    body = "|".join(branches)
    optional = "" in words
    if len(branches) == 1 and not optional:
        return body
    return f"(?:{body})" + ("?" if optional else "")


def opening_letters(*words: str) -> str:
    """A lookahead for the letters ``words`` open with, to stand before a pattern that opens
    with a word boundary. The engine still tries every position, but fails at once at any
    other character instead of testing the boundary of each alternative there; a pattern
    that opens with a literal or a class is what lets it skip ahead."""
    return "(?=[" + "".join(sorted({word[0] for word in words})) + "])"


def opening_words(words: Collection[str]) -> str:
    """``\\b(?:word|…)`` in any case, for a pattern that opens with it, written so that a search
    skips between candidates: a class of the words' first letters in both cases and of every
    character beyond ASCII (outside any case-folding, which would make the engine try every
    position), the boundary checked behind that letter, then each word's rest, case-folded,
    after a look back at its first letter (which also holds "ſ" to "s", as ``re.I`` does)."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0].lower(), set()).add(word[1:].lower())
    return _opening({first: word_alternation(rests) for first, rests in by_first.items()})


def opening_alternatives(alternatives: Iterable[str]) -> str:
    """``\\b(?:alternative|…)`` in any case, written as ``opening_words`` writes a word list,
    for alternatives that are patterns of their own, each opening with a plain lower-case
    letter (``captur\\w*``, ``pulled\\s+back``). Those that open with one letter are tried in
    the order given, as in the alternation; no two that open with different letters can
    match at one place."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        if not "a" <= first <= "z":
            raise ValueError(f"an alternative must open with a letter a to z: {alternative!r}")
        by_first.setdefault(first, []).append(alternative[1:])
    return _opening({first: f"(?:{'|'.join(rests)})" for first, rests in by_first.items()})


def _opening(rests: dict[str, str]) -> str:
    """The pattern ``opening_words`` and ``opening_alternatives`` write, from each first
    letter and the pattern of the rests after it."""
    letters = "".join(first + first.upper() for first in sorted(rests))
    after = "|".join(f"(?<={first}){rests[first]}" for first in sorted(rests))
    return rf"[{letters}\u0080-\U0010ffff](?<=\b.)(?i:{after})"


_FOLDED_TO_ASCII: Final = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
"""The letters beyond ASCII that ``re.I`` matches to ASCII letters: "İ" and "ı" to "i", "ſ" to
"s", the Kelvin sign to "k" (every code point was tried)."""


def case_key(word: str) -> str:
    """``word`` in lower case as ``re.I`` compares it, so that a word a pattern matched in any
    case is a key of a lower-case table: "ſeptember" (a long s) is "september", where
    ``str.lower`` kept the long s and a look-up of the month failed."""
    return word.translate(_FOLDED_TO_ASCII).lower()


_LATIN1_CAPITALS: Final = "".join(
    c for c in map(chr, range(0x80, 0xC0)) if re.fullmatch(r"[^\W\d_a-z]", c)
)
CAPITAL: Final = rf"[A-Z{_LATIN1_CAPITALS}\u00c0-\U0010ffff](?<=[^\W\d_a-z])"
r"""What ``[^\W\d_a-z]`` matches (a letter, or a numeral such as "½", that is no ASCII small
letter), written for a search: it skips from one candidate to the next by comparing code
points, and asks the Unicode category only of a candidate, where ``[^\W\d_a-z]`` asked it of
every character (half the time over an article)."""
