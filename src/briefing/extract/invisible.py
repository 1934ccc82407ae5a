"""Invisible characters inside words, moved out of the way without moving any word.

Web copy carries soft hyphens (``Zapo\\u00adrizhzhia``) and zero-width spaces
(``Zel\\u200bensky``) inside words: invisible on screen, but they split a name in two, so
"Volodymyr Zel​ensky said …" was no statement at all and "Zapo­rizhzhia" no place. The
extractor reads a view of the text where each word holding them is written without them
and followed by as many spaces (one before or after the letters is a space where it
stands): every word starts where it did and the text keeps its length, so every span still
points into the stored text (like ``plain_quote_marks``). Zero-width joiners and
non-joiners are left alone: they shape Persian, Arabic and Indic words and emoji.
"""

from __future__ import annotations

import re
from typing import Final

INVISIBLE: Final = "\u00ad\u200b\u2060\ufeff"
"""Soft hyphen, zero-width space, word joiner, and a byte-order mark inside the text."""
_WORD_HOLDING_THEM: Final = re.compile(f"[\\w{INVISIBLE}]*[{INVISIBLE}][\\w{INVISIBLE}]*")
_DROPPED: Final = str.maketrans("", "", INVISIBLE)


def visible_words(text: str) -> str:
    """``text`` with each word's invisible characters moved to spaces after it."""
    if not any(mark in text for mark in INVISIBLE):
        return text  # four scans for a character: the pattern tried at every letter cost more
    return _WORD_HOLDING_THEM.sub(_moved, text)


def _moved(match: re.Match[str]) -> str:
    """Those before or after the letters become spaces where they stand; those between
    letters are taken out and made up for by spaces after the word."""
    word = match.group()
    core = word.strip(INVISIBLE)
    lead = len(word) - len(word.lstrip(INVISIBLE))
    seen = core.translate(_DROPPED)
    return " " * lead + seen + " " * (len(word) - lead - len(seen))
