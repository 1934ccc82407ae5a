"""Date expressions resolved against the published date into a span with a precision.

Written by hand: dateutil and dateparser parse absolute dates well but resolve
"last week", "mid-November" or "late Wednesday" to a single guessed instant,
while an analyst needs the honest span (Monday to Sunday of the previous week,
the 11th to the 20th). Every expression keeps its character span.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any, Final

from briefing.extract.lexicon import MONTHS, WEEKDAYS, lower_words
from briefing.extract.word_patterns import case_key, opening_alternatives
from briefing.frozen import dataclass
from briefing.model import DateSpan, Span

_MONTH: Final = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART: Final = r"(?P<part>early|mid|late|earlier|later)"
_ON_WEEKDAY: Final = re.compile(
    opening_alternatives(
        (
            *(rf"{part}\s+(?:(?:on|last)\s+)?{_WEEKDAY}" for part in ("early", "late")),
            rf"on\s+{_WEEKDAY}",
            rf"last\s+{_WEEKDAY}",
            *WEEKDAYS,
        )
    )
    + r"(?i:\s+(?:morning|afternoon|evening|night))?\b"
)
"""``\\b(?:(?:early|late)\\s+)?(?:(?:on|last)\\s+)?`` a weekday, maybe its time of day, in any
case: written out from each word it may open with (``word_patterns.opening_alternatives``), so a
search skips to their letters, where the optional words before the weekday had it tried at
every position of each statement. The weekday is read from the words (``_weekday_in``)."""


def _any_case(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "month_day",
        _any_case(
            rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
        ),
    ),
    (
        "day_month",
        _any_case(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
        ),
    ),
    ("iso", _any_case(r"\b(?P<year>(?:19|20)\d\d)-(?P<month_num>\d\d)-(?P<day>\d\d)\b")),
    (
        "part_month",
        _any_case(rf"\b(?:in\s+)?{_PART}[-\s]+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
    ),
    (
        "part_year",
        _any_case(r"\b(?P<part>early|mid|late|earlier)[-\s]+(?P<which>last|this|next)\s+year\b"),
    ),
    ("weekday", _ON_WEEKDAY),  # in any case already, written for a search to skip ahead
    (
        "relative_day",
        _any_case(r"\b(?P<word>yesterday|today|overnight|last night|this morning|tonight)\b"),
    ),
    (
        "relative_week",
        _any_case(
            r"\b(?:(?P<part>earlier|late|early)\s+)?(?P<which>last|this|past)\s+week(?:end)?\b"
        ),
    ),
    (
        "relative_month",
        _any_case(r"\b(?:(?P<part>earlier|early|late|mid)[-\s]+)?(?P<which>last|this)\s+month\b"),
    ),
    (
        "in_month",
        _any_case(rf"\b(?:in|since|during)\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
    ),
    ("in_year", _any_case(r"\b(?:in|since|during)\s+(?P<year>(?:19|20)\d\d)\b")),
    ("relative_year", _any_case(r"\b(?P<which>last|this)\s+year\b")),
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved (or not) to a span."""

    when: DateSpan
    span: Span
    kind: str


_MONTH_WORDS: Final = frozenset(MONTHS) | {"sepember"}  # as ``_MONTH`` spells them
_DIGITS: Final = frozenset("#")
_IN: Final = frozenset({"in", "since", "during"})
_NEEDS: Final[dict[str, tuple[frozenset[str], ...]]] = {
    "month_day": (_MONTH_WORDS, _DIGITS),
    "day_month": (_MONTH_WORDS, _DIGITS),
    "iso": (_DIGITS,),
    "part_month": (frozenset({"early", "mid", "late", "earlier", "later"}), _MONTH_WORDS),
    "part_year": (frozenset({"early", "mid", "late", "earlier"}), frozenset({"year"})),
    "weekday": (frozenset(w.lower() for w in WEEKDAYS),),
    "relative_day": (
        frozenset({"yesterday", "today", "overnight", "tonight", "night", "morning"}),
    ),
    "relative_week": (frozenset({"week", "weekend"}),),
    "relative_month": (frozenset({"month"}),),
    "in_month": (_IN, _MONTH_WORDS),
    "in_year": (_IN, _DIGITS),
    "relative_year": (frozenset({"year"}),),
}
"""The words (``#`` for a digit) a text needs, one of each set, before a pattern is run:
twelve patterns over every statement's frame were the date finder's whole cost."""
_ANY_NEEDED: Final = frozenset().union(*(needs[-1] for needs in _NEEDS.values()))
"""A word every pattern needs one of: a text with none holds no date."""
_DIGIT: Final = re.compile(r"\d")


def find_dates(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text``, left to right, overlapping matches dropped."""
    words = lower_words(text)
    if _DIGIT.search(text):
        words |= _DIGITS
    if _ANY_NEEDED.isdisjoint(words):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        if any(needed.isdisjoint(words) for needed in _NEEDS[kind]):
            continue
        for match in pattern.finditer(text):
            month = match.groupdict().get("month")
            if month and month.lower() == "may" and month != "May":
                continue  # the modal verb "may", not the month
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            try:
                when = _resolve(kind, match, published)
            except (OverflowError, ValueError):
                when = None  # a day before year 1 or after 9999: no date rather than a crash
            if when is None:
                continue
            span = Span(match.start() + offset, match.end() + offset)
            taken.append((match.start(), match.end()))
            found.append(
                DateMention(
                    DateSpan(
                        when.start, when.end, when.precision, match.group(0), span, when.month_day
                    ),
                    span,
                    kind,
                )
            )
    return sorted(found, key=lambda mention: mention.span.start)


def _resolve(kind: str, match: re.Match[str], published: date | None) -> DateSpan | None:
    groups = match.groupdict()  # looked up by case_key: matched in any case, "ſeptember" too
    if kind in ("month_day", "day_month", "iso"):
        month = (
            int(groups["month_num"])
            if groups.get("month_num")
            else MONTHS[case_key(groups["month"]).rstrip(".")]
        )
        return _day(month, int(groups["day"]), groups.get("year"), published)
    if kind == "in_month":
        return _month(MONTHS[case_key(groups["month"])], groups.get("year"), published)
    if kind == "in_year":
        year = int(groups["year"])
        return DateSpan(date(year, 1, 1), date(year, 12, 31), "year")
    if kind == "part_month":
        month_span = _month(MONTHS[case_key(groups["month"])], groups.get("year"), published)
        if month_span is None or month_span.start is None:
            return month_span
        return _part_of_month(
            month_span.start.year, month_span.start.month, case_key(groups["part"])
        )
    if published is None:
        return None  # every other expression is relative to the published date
    if kind == "weekday":
        return _weekday(_weekday_in(match.group()), published)
    if kind == "relative_day":
        return _relative_day(case_key(groups["word"]), published)
    if kind == "relative_week":
        return _relative_week(case_key(groups["which"]), _part(groups), published)
    if kind == "relative_month":
        return _relative_month(case_key(groups["which"]), _part(groups), published)
    if kind == "relative_year":
        year = published.year - (case_key(groups["which"]) == "last")
        return DateSpan(date(year, 1, 1), date(year, 12, 31), "year")
    if kind == "part_year":
        year = published.year + {"last": -1, "this": 0, "next": 1}[case_key(groups["which"])]
        months = {"early": (1, 4), "earlier": (1, 4), "mid": (5, 8), "late": (9, 12)}[
            case_key(groups["part"])
        ]
        return DateSpan(date(year, months[0], 1), _month_end(year, months[1]), "part-of-year")
    return None


def _weekday_in(words: str) -> int:
    """The weekday ``words`` name ("late on Tueſday night"), as ``_ON_WEEKDAY`` matched it."""
    return next(WEEKDAYS[word] for word in map(case_key, words.split()) if word in WEEKDAYS)


def _part(groups: dict[str, Any]) -> str | None:
    part = groups.get("part")
    return None if part is None else case_key(part)


def _day(month: int, day: int, year: str | None, published: date | None) -> DateSpan | None:
    if year is None and published is None:
        if day > calendar.monthrange(2024, month)[1]:
            return None
        return DateSpan(None, None, "day", month_day=f"--{month:02d}-{day:02d}")
    resolved_year = int(year) if year else published.year  # type: ignore[union-attr]
    try:
        resolved = date(resolved_year, month, day)
    except ValueError:
        return None
    if year is None and published is not None and resolved > published + timedelta(days=7):
        try:
            resolved = date(resolved_year - 1, month, day)
        except ValueError:
            return None
    return DateSpan(resolved, resolved, "day")


def _month(month: int, year: str | None, published: date | None) -> DateSpan | None:
    if year is None and published is None:
        return DateSpan(None, None, "month", month_day=f"--{month:02d}")
    resolved_year = int(year) if year else published.year  # type: ignore[union-attr]
    if year is None and published is not None and month > published.month:
        resolved_year -= 1  # "in May", said in December, is the May before
    return DateSpan(date(resolved_year, month, 1), _month_end(resolved_year, month), "month")


def _part_of_month(year: int, month: int, part: str) -> DateSpan:
    first, last = {"early": (1, 10), "mid": (11, 20)}.get(part.lower(), (21, 31))
    end = min(last, calendar.monthrange(year, month)[1])
    return DateSpan(date(year, month, first), date(year, month, end), "part-of-month")


def _weekday(weekday: int, published: date) -> DateSpan:
    back = (published.weekday() - weekday) % 7
    day = published - timedelta(days=back)
    return DateSpan(day, day, "day")


def _relative_day(word: str, published: date) -> DateSpan:
    if word == "yesterday":
        day = published - timedelta(days=1)
        return DateSpan(day, day, "day")
    if word in ("overnight", "last night"):
        return DateSpan(published - timedelta(days=1), published, "days")
    return DateSpan(published, published, "day")


def _relative_week(which: str, part: str | None, published: date) -> DateSpan:
    monday = published - timedelta(days=published.weekday())
    if which == "last":
        start = monday - timedelta(days=7)
        return DateSpan(start, start + timedelta(days=6), "week")
    if which == "past":
        return DateSpan(published - timedelta(days=7), published, "week")
    end = published - timedelta(days=1) if part == "earlier" and published > monday else published
    return DateSpan(monday, end, "week")


def _relative_month(which: str, part: str | None, published: date) -> DateSpan:
    if which == "last":
        year, month = (
            (published.year, published.month - 1)
            if published.month > 1
            else (published.year - 1, 12)
        )
        if part and part != "earlier":
            return _part_of_month(year, month, part)
        return DateSpan(date(year, month, 1), _month_end(year, month), "month")
    first = published.replace(day=1)
    if part == "earlier":
        end = max(first, published - timedelta(days=1))
        return DateSpan(first, end, "month")
    if part:
        return _part_of_month(published.year, published.month, part)
    return DateSpan(first, published, "month")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
