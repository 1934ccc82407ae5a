"""First names and their usual gender, from gender-guesser's name list.

Two questions the rules cannot answer from the sentence alone: is ``Donald
Costa`` a person (a first name opens it) and can ``he`` stand for her (no).
gender-guesser ships about 40,000 first names from many countries with their
usual gender. Reading its list takes 0.13 s, so the answer for each name is worked out
once per machine and kept (``build_cache``, as the gazetteer is); a process reads it
back in a few milliseconds. Names it does not know
(``Reince``, ``Kpler``) answer None, and the rules then fall back on what they did
before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, Literal

from briefing.extract import SOURCE_FOLDER, build_cache
from briefing.model import Gender

NameGender = Literal["male", "female", "either"]
"""A first name's usual gender: ``either`` for one given to both."""


@lru_cache(maxsize=1)
def _usual_genders() -> dict[str, NameGender]:
    """Every first name gender-guesser knows, lowercased, with the answer below: built from
    its list once per machine and then read back (``build_cache``)."""
    from importlib.metadata import version

    (answers,) = build_cache.kept(
        "first-names",
        [version("gender-guesser").encode(), _THIS_SOURCE.read_bytes()],
        lambda: (_answers_of_detector(),),
    )
    return answers


def _answers_of_detector() -> dict[str, NameGender]:
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)
    answers: dict[str, NameGender] = {}
    for name in detector.names:
        if not name.isalpha():
            continue  # "anne marie": never asked (see ``first_name_gender``)
        answer = detector.get_gender(name)
        if answer in ("male", "female"):
            answers[name] = "male" if answer == "male" else "female"
        elif answer in ("mostly_male", "mostly_female", "andy"):
            answers[name] = "either"
    return answers


_THIS_SOURCE: Final = SOURCE_FOLDER / "first_names.py"
"""This module's source, part of the kept list's key."""


@lru_cache(maxsize=16384)
def first_name_gender(word: str) -> NameGender | None:
    """``male``/``female`` for a first name usually given to one, ``either`` for one given
    to both, None for a word that is not a known first name."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2 or word.isupper():
        return None
    return _usual_genders().get(word.lower())


def pronoun_fits(pronoun: str, name: str, gender: str | None = None) -> bool:
    """Whether ``he``/``she`` can stand for the person called ``name`` (``gender``: what the
    article says, as "Mr." or "Ms." does)."""
    return genders_fit(_PRONOUN_GENDER.get(pronoun.lower()), name, gender)


_PRONOUN_GENDER: Final = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
}


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


_FEMALE_HONORIFICS: Final = frozenset(("mrs", "ms", "miss"))
