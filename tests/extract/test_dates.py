"""Date expressions resolve to honest spans against the published date."""

from __future__ import annotations

from datetime import date

import pytest

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
