"""Steps rewritten to do less return what their former forms returned: the attribution
clause's comma found from the end when nothing opens a quote or bracket, the window after a
verb read from one split, whether a capitalised word follows a place read from the two
characters after it, and titles searched for from the first one as written."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.extract import frames, names
from briefing.extract.lexicon import letter_runs
from briefing.extract.place_words import PlaceWords


def _former_last_comma_before(text: str, start: int, verb_start: int, follows: bool) -> int:
    depth, commas = 0, []
    for index in range(start, verb_start):
        char = text[index]
        if char in "“(":
            depth += 1
        elif char in "”)" and depth:
            depth -= 1
        elif char == "," and depth == 0:
            commas.append(index)
    if not commas:
        return start
    if not follows and text[commas[-1] : verb_start].strip(" ,") == "" and len(commas) >= 3:
        return commas[-3]
    return commas[-1]


_WORD = re.compile(r"\S+")


def _former_window_end(text: str, start: int, end: int) -> int:
    stop = min(end, start + frames.WINDOW_AFTER_VERB)
    for count, word in enumerate(_WORD.finditer(text, start, stop)):
        if count >= frames.WINDOW_WORDS or word.group().lower().strip(",.") in frames._CLAUSE_WORDS:
            return word.start()
    while stop < end and text[stop].isalnum():
        stop += 1
    return stop


_PIECES = st.sampled_from((
    ",", ", ", " ,", "“", "”", "(", ")", "\"", " ", "  ", "\n", "\u2003", "said", "Oleh",
    "the", "regional", "governor", "that", "That,", "had", "its.", "on", "Tuesday", "x", "3",
    "é", "Kyiv", "Reuters", "late", "Wednesday", "at", "least", "30", "people", "thirty-one",
))  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(_PIECES, max_size=40),
    st.integers(0, 40),
    st.integers(0, 200),
    st.booleans(),
)
@example([", ", "Oleh", ", ", "the", " ", "regional", ", ", "said"], 0, 200, False)
@example(["“", ", ", "x", "”", ", ", "said"], 0, 200, False)
@example(["(", ",", ",", ",", " "], 0, 200, True)
def test_the_clause_comma_is_the_one_the_walk_over_each_character_found(
    pieces: list[str], start: int, length: int, follows: bool
) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    verb_start = min(len(text), start + length)
    assert frames._last_comma_before(text, start, verb_start, follows) == (
        _former_last_comma_before(text, start, verb_start, follows)
    )


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.integers(0, 40), st.integers(0, 200))
@example(["said", " ", "on", " ", "Tuesday", " ", "that"], 4, 200)
@example(["said", " ", "at", " ", "least", " ", "30", " ", "people", " ", "had"], 4, 200)
@example([" ", "x"] * 8, 0, 200)
@example(["x", "\u2003", "x", "\u2003", "thirty-one"] * 6, 0, 200)
def test_the_window_after_a_verb_ends_where_the_word_search_ended_it(
    pieces: list[str], start: int, length: int
) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert frames._window_end(text, start, end) == _former_window_end(text, start, end)


_PLACE_PIECES = st.sampled_from((
    "Kyiv", "Kyiv’s", "Kyiv's", "Kyiv-based", "U.S.", "Washington", "Post", "Ⓐ", "Ⅻ", "É",
    "é", "3", "_", "’", "-", " ", "  ", ",", ".", "\n", "x", "the", "A", "b",
))  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=24))
@example(["Washington", " ", "Post"])
@example(["Kyiv’s", " ", "Post"])
@example(["Kyiv", " ", "Ⓐ"])
@example(["Kyiv", " ", "Ⅻ"])
def test_a_capital_after_a_word_is_where_the_next_word_found_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    words = PlaceWords(text)
    for word in words.capitalised():
        start, form, _ = word
        end = start + len(form)
        following = words.after(word)
        former = (
            following is not None and text[end : following[0]] == " " and following[1][:1].isupper()
        )
        assert words.capital_after(end) == former, (text, word)


_TITLE_PIECES = st.sampled_from((
    "Mr.", "Mrs.", "Mr", "Lt.", "Col.", "President", "president", "PRESIDENT", "Prime",
    "Minister", "minister", "the", "opposition", "leader", "leaders", "Governor", "governor",
    "Senator", "Warren", "Ana", "Pardo", "McKay", "al-", "Judge", "analyst", "analysts",
    "spokesman", "Mayor", "x", "é", "3", " ", "  ", "\n", ",", ".", "-", "’s",
))  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TITLE_PIECES, max_size=30), st.integers(0, 8), st.integers(0, 200))
@example(["the", " ", "minister", " ", "and", " ", "Minister", " ", "Ana", " ", "Pardo"], 0, 200)
@example(["Lt.", " ", "Col.", " ", "Ana", " ", "Pardo"], 0, 200)
@example(["x", " ", "Mr.", " ", "Warren"], 0, 200)
@example(["opposition", " ", "leader", " ", "Ana", " ", "Pardo"], 0, 200)
def test_titles_are_searched_for_from_the_first_title_as_from_the_start(
    pieces: list[str], start: int, length: int
) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + length)
    words = letter_runs(text[start:end])
    every = [m.span() for m in names._AFTER_TITLE.finditer(text, start, end)]
    first = names._first_title(text, start, end, words)
    found = [m.span() for m in names._AFTER_TITLE.finditer(text, first, end)]
    assert (found if first >= 0 else []) == every


_PEOPLE_PIECES = st.one_of(
    _TITLE_PIECES,
    st.sampled_from((
        "the Defence Ministry", "the defence ministry", "Foreign Office", "agency", "council",
        "a spokesman for", "an analyst at", ", a former aide,", "Deniz Arslan", "Maria Costa",
        ", the director of", "MINISTRY", "ministries", "Council’s", "Ana Pardo, 38,",
    )),
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PEOPLE_PIECES, max_size=30))
@example(["the Defence Ministry"])
@example(["Maria Costa", ", a former aide,", " ", "said"])
@example(["President", " ", "Ana", " ", "Pardo"])
def test_people_are_found_from_the_stretch_s_own_words_as_when_every_pattern_ran(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    every_word = names._TITLE_WORDS | names._ROLE_WORDS | names._BODY_HEAD_WORDS
    assert names.named_people(text, 0, len(text)) == names.named_people(
        text, 0, len(text), words=every_word | letter_runs(text)
    )
