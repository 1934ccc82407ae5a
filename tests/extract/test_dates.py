"""Date expressions resolve to honest spans against the published date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.extract.dates import find_dates

PUBLISHED = date(2023, 12, 4)  # a Monday


def first(text: str, published: date | None = PUBLISHED) -> tuple[date | None, date | None, str]:
    (mention, *_) = find_dates(text, published)
    return mention.when.start, mention.when.end, mention.when.precision


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("in a Dec. 3 interview", date(2023, 12, 3), date(2023, 12, 3), "day"),
        ("at a Nov. 16 press conference", date(2023, 11, 16), date(2023, 11, 16), "day"),
        ("on 3 December", date(2023, 12, 3), date(2023, 12, 3), "day"),
        ("on Tuesday", date(2023, 11, 28), date(2023, 11, 28), "day"),
        ("late Wednesday", date(2023, 11, 29), date(2023, 11, 29), "day"),
        ("overnight", date(2023, 12, 3), date(2023, 12, 4), "days"),
        ("last week", date(2023, 11, 27), date(2023, 12, 3), "week"),
        ("earlier this month", date(2023, 12, 1), date(2023, 12, 3), "month"),
        ("in mid-November", date(2023, 11, 11), date(2023, 11, 20), "part-of-month"),
        ("late November", date(2023, 11, 21), date(2023, 11, 30), "part-of-month"),
        ("in May", date(2023, 5, 1), date(2023, 5, 31), "month"),
        ("early last year", date(2022, 1, 1), date(2022, 4, 30), "part-of-year"),
        ("reopen early next year", date(2024, 1, 1), date(2024, 4, 30), "part-of-year"),
        ("in 2014", date(2014, 1, 1), date(2014, 12, 31), "year"),
    ],
)
def test_expressions_resolve_to_spans(text: str, start: date, end: date, precision: str) -> None:
    assert first(text) == (start, end, precision)


def test_last_week_resolves_to_previous_monday_to_sunday() -> None:
    assert first("last week", date(2023, 12, 6)) == (date(2023, 11, 27), date(2023, 12, 3), "week")


def test_a_month_later_than_publication_is_last_year() -> None:
    assert first("in July", date(2024, 2, 1))[:2] == (date(2023, 7, 1), date(2023, 7, 31))


def test_a_day_after_publication_is_last_year() -> None:
    assert first("on Dec. 28", date(2024, 1, 3))[0] == date(2023, 12, 28)


def test_without_a_published_date_days_stay_yearless() -> None:
    (mention,) = find_dates("in a Dec. 3 interview", None)
    assert mention.when.start is None
    assert mention.when.month_day == "--12-03"
    assert find_dates("last week", None) == []


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Talks in may resume soon, he said.", PUBLISHED) == []


def test_spans_cover_the_words() -> None:
    text = "He said on Tuesday that talks failed."
    (mention,) = find_dates(text, PUBLISHED)
    assert text[mention.span.start : mention.span.end] == "on Tuesday"


_FOLDED = {"i": ("İ", "ı"), "s": ("ſ",), "k": ("\u212a",)}
"""The letters beyond ASCII that ``re.I`` matches to an ASCII letter."""


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        [
            "on Tuesday and on Tuesday",
            "on 3 September and on 3 September",
            "on Sept. 3 and on Sept. 3",
            "in September and in September",
            "early last year and early last year",
            "earlier this week and earlier this week",
            "late last month and late last month",
            "in mid-September and in mid-September",
            "last night and last night",
            "on Wednesday night and on Wednesday night",
        ]
    ),
    st.data(),
)
@example("on Tuesday and on Tuesday", None)
def test_a_date_in_letters_re_i_folds_resolves_as_it_does_in_ascii(
    phrase: str, data: st.DataObject | None
) -> None:
    """A long s or a Kelvin sign in a month, a weekday or "last" ("on Tueſday", beside an
    "on Tuesday" that lets the date patterns run) resolves like the ASCII word: a table
    keyed by the word lowered once failed, and the ingest stopped with a traceback."""
    written = phrase.split(" and ", 1)[0]
    foldable = [i for i, c in enumerate(written) if c.lower() in _FOLDED]
    if data is None:  # the example: every foldable letter folded
        chosen = foldable
    else:
        chosen = data.draw(st.lists(st.sampled_from(foldable), unique=True)) if foldable else []
    folded = "".join(_FOLDED[c.lower()][0] if i in chosen else c for i, c in enumerate(written))
    ascii_dates = [
        (m.when.start, m.when.end, m.when.precision) for m in find_dates(phrase, PUBLISHED)
    ]
    text = folded + " and " + phrase.split(" and ", 1)[1]
    dates = [(m.when.start, m.when.end, m.when.precision) for m in find_dates(text, PUBLISHED)]
    assert dates == ascii_dates


def test_earlier_this_week_ends_the_day_before_publication_in_any_case() -> None:
    wednesday = date(2023, 12, 6)
    assert first("Earlier this week", wednesday) == first("earlier this week", wednesday)
    assert first("Earlier this week", wednesday) == (date(2023, 12, 4), date(2023, 12, 5), "week")
