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

from briefing.model import Gender

NameGender = Literal["male", "female", "either"]
"""A first name's usual gender: ``either`` for one given to both."""


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=16384)
def first_name_gender(word: str) -> NameGender | None:
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


def pronoun_fits(pronoun: str, name: str, gender: str | None = None) -> bool:
    """Whether ``he``/``she`` can stand for the person called ``name`` (``gender``: what the
    article says, as "Mr." or "Ms." does)."""
    return genders_fit(_PRONOUN_GENDER.get(pronoun.lower()), name, gender)


_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}


def genders_fit(wanted: str | None, name: str, gender: str | None = None) -> bool:
    """Whether someone known to be ``wanted`` (male or female) can be the person called
    ``name``: not "Michelle Obama" for "Mr. Obama", not "Ms. Clinton" for "Bill Clinton"."""
    if wanted is None:
        return True
    return (gender or name_gender(name)) in (None, wanted)


@lru_cache(maxsize=16384)
def name_gender(name: str) -> Gender | None:
    """The gender a full name's first name is usually given to; None for a one-word name."""
    if " " not in name:
        return None
    found = first_name_gender(name.split()[0])
    return found if found in ("male", "female") else None


def honorific_gender(words: list[str]) -> Gender | None:
    """``male`` after "Mr.", ``female`` after "Ms.", "Mrs." or "Miss", else None."""
    honorifics = {word.lower().rstrip(".") for word in words}
    if "mr" in honorifics:
        return "male"
    return "female" if honorifics & _FEMALE_HONORIFICS else None


_FEMALE_HONORIFICS = frozenset(("mrs", "ms", "miss"))
