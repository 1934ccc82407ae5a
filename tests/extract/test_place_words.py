"""The place finder's words, found only where it asks, are the words a scan of the whole
text finds: the same capitalised words, the same neighbours."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.place_words import TOKEN, PlaceWords, trim

_PIECES = [
    *"aAbZ _-.'’1½Ⅻ,\n",
    "É",
    "é",
    "Ω",
    "Kyiv",
    "U.S.",
    "McDonald",
    "Avdiivka’s",
    "Kyiv-appointed",
    "O'Brien",
    "the",
    "  ",
]


def _scanned(text: str) -> list[tuple[int, str, int]]:
    """Every word of ``text``, read from the start, in the form the finder looks up."""
    words = []
    for match in TOKEN.finditer(text):
        word = match.group()
        form = trim(word) if word[0].isupper() or "'" in word or "’" in word else word
        words.append((match.start(), form, match.end()))
    return words


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_words_asked_for_are_the_words_of_a_full_scan(text: str) -> None:
    scanned = _scanned(text)
    words = PlaceWords(text)
    capitalised = list(words.capitalised())
    assert capitalised == [word for word in scanned if text[word[0]].isupper()]
    for index, word in enumerate(scanned):
        assert words.after(word) == (scanned[index + 1] if index + 1 < len(scanned) else None)
        before = scanned[index - 1] if index else None
        one_space = before is not None and text[before[0] + len(before[1]) : word[0]] == " "
        assert words.before(word) == (before if one_space else None)


def test_a_run_of_word_characters_is_one_word_opening_at_its_first_letter() -> None:
    words = PlaceWords("in 3Kharkiv, U.S. forces met McDonald near Kyiv-based units")
    assert [word[1] for word in words.capitalised()] == ["Kharkiv", "U.S", "McDonald", "Kyiv"]


def test_the_word_before_is_read_only_across_one_space() -> None:
    words = PlaceWords("New York and Kyiv’s Odesa, Lviv")
    new, york, kyiv, odesa, lviv = words.capitalised()
    assert words.before(york) == new
    assert words.before(odesa) is None  # "Kyiv’s": the form looked up ends before the "’s"
    assert words.before(lviv) is None  # a comma stands between
    assert kyiv[1] == "Kyiv"
