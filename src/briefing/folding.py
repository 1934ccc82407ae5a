"""Keys that make two spellings of one name compare equal.

``name_key`` is the exact identity key the store de-duplicates on (ASCII,
lower case, no honorifics or punctuation). Transliteration-tolerant keys for
fuzzy search build on it in ``briefing.search``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

HONORIFICS = frozenset(
    """
    mr mrs ms miss dr prof gen general lt col colonel maj major capt captain adm admiral sgt
    sen senator rep gov governor pres president sir dame rev fr
    """.split()
)
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
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


# --- transliteration-tolerant keys for fuzzy search --------------------------------

_TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^the\s+", ""),
        (r"\bdefence\b", "defense"),  # British and American spellings of one body
        (r"\bcentre\b", "center"),
        (r"isation\b", "ization"),
        (r"\bprogramme\b", "program"),
        (r"\blabour\b", "labor"),
        (r"\b(?:al|el|ad|as|ash|an)\s+(?=\w{3})", ""),  # al-Masri, el-Sisi
        (r"kh", "h"),  # Kharkiv / Harkiv, Khan / Han
        (r"ou", "u"),  # Younis / Yunis
        (r"w", "v"),  # Lavrow / Lavrov
        (r"ph", "f"),
        (r"ck", "k"),
        (r"[yj]", "i"),  # Zelenskyy / Zelenskiy, Kyiv / Kiiv, Gerasymov / Gerasimov
        (r"ie", "i"),  # Kiev / Kiv
        (r"(\w)\1+", r"\1"),  # doubled letters: Odessa / Odesa, Avdiivka / Avdivka
        (r"evka\b", "ivka"),  # Avdeevka / Avdiivka
        (r"ovka\b", "ivka"),
        (r"(\w{3})ov\b", r"\1iv"),  # Kharkov / Kharkiv
    )
)


@lru_cache(maxsize=65536)
def fold_translit(name: str) -> str:
    """A key on which the usual romanisations of one name agree.

    ``fold_translit("Avdeevka") == fold_translit("Avdiyivka") == "avdivka"``;
    Zelenskyy/Zelensky/Zelenskiy, Khan Younis/Khan Yunis and Odesa/Odessa
    likewise. Written by hand: unidecode and anyascii turn scripts into ASCII
    but leave these Latin variants apart.
    """
    key = name_key(name)
    for pattern, replacement in _TRANSLIT_RULES:
        key = pattern.sub(replacement, key)
    return key
