"""First names and their usual gender, from gender-guesser's name list.

Two questions the rules cannot answer from the sentence alone: is ``Donald
Costa`` a person (a first name opens it) and can ``he`` stand for her (no).
gender-guesser ships about 40,000 first names from many countries with their
usual gender; it is loaded once, on first use (~0.15 s). Names it does not know
(``Reince``, ``Xi``) answer None, and the rules then fall back on what they did
before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

Gender = Literal["male", "female", "either"]


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=16384)
def first_name_gender(word: str) -> Gender | None:
    """``male``/``female`` for a first name usually given to one, ``either`` for one given
    to both, None for a word that is not a known first name."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2 or word.isupper():
        return None
    answer = _detector().get_gender(word)
    if answer in ("male", "female"):
        return answer
    if answer in ("mostly_male", "mostly_female", "andy"):
        return "either"
    return None


def pronoun_fits(pronoun: str, name: str) -> bool:
    """Whether ``he``/``she`` can stand for the person called ``name``."""
    first = name.split()[0] if name.split() else ""
    gender = first_name_gender(first) if " " in name else None
    if gender is None or gender == "either":
        return True
    return (pronoun == "he") == (gender == "male")
