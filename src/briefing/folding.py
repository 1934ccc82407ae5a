"""Keys that make two spellings of one name compare equal.

``name_key`` is the exact identity key the store de-duplicates on (ASCII,
lower case, no honorifics or punctuation). Transliteration-tolerant keys for
fuzzy search build on it in ``briefing.search``.
"""

from __future__ import annotations

import re

from anyascii import anyascii

HONORIFICS = frozenset(
    """
    mr mrs ms miss dr prof gen general lt col colonel maj major capt captain adm admiral sgt
    sen senator rep gov governor pres president sir dame rev fr
    """.split()
)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """``"Mr. Zelenskyy"`` → ``"zelenskyy"``; ``"Jens  Stoltenberg"`` → ``"jens stoltenberg"``."""
    words = _NON_WORD.sub(" ", anyascii(name).lower().replace("'", "")).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def surname_key(name: str) -> str:
    """The last word of a person's name key, the form later references use."""
    key = name_key(name)
    return key.rsplit(" ", 1)[-1] if key else key
