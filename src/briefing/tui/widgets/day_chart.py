"""A bar chart of statements over time: one column per day (or per week, or per several
when the span is wider than the pane), the claim-status changes marked under it.

Drawn by hand rather than with Textual's Sparkline, which scales bars from the
smallest value, so on a place spoken of every day a one-statement day draws as
nothing; and rather than with plotext, whose import and axes cost start-up time
and rows a side pane does not have. Bars are eighth blocks, ``rows`` lines tall.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from briefing.overviews import StatusMark
from briefing.tui.format import status_mark

EIGHTHS = " ▁▂▃▄▅▆▇█"
MARK_RANK = ("unverified", "corroborated", "confirmed", "retracted", "disputed", "denied")
"""Which status a column shows when several changed in it: the most telling."""


@dataclass(frozen=True)
class Columns:
    """Counts gathered into at most ``width`` columns of ``days`` days each from ``start``."""

    start: date
    days: int
    counts: tuple[int, ...]
    marks: dict[int, str]
    cell: int = 1
    """Characters per column: a short span is drawn wider, up to four, to fill the pane."""

    def day_of(self, column: int) -> date:
        return self.start + timedelta(days=column * self.days)


def gather(
    counts: tuple[tuple[date, int], ...],
    width: int,
    unit: int = 1,
    marks: tuple[StatusMark, ...] = (),
) -> Columns | None:
    """Daily counts as columns of ``unit`` days (7 starts each on a Monday), widened to a
    multiple of ``unit`` when the span does not fit ``width`` columns."""
    if not counts or width < 1:
        return None
    first, last = counts[0][0], counts[-1][0]
    if unit == 7:
        first -= timedelta(days=first.weekday())
    span = (last - first).days + 1
    days = unit * max(1, ceil(span / unit / width))
    columns = [0] * ceil(span / days)
    for day, count in counts:
        columns[(day - first).days // days] += count
    shown: dict[int, str] = {}
    for mark in marks:
        column = (mark.day - first).days // days
        if 0 <= column < len(columns) and _rank(mark.status) >= _rank(shown.get(column)):
            shown[column] = mark.status
    cell = max(1, min(4, width // len(columns)))
    return Columns(first, days, tuple(columns), shown, cell)


def _rank(status: str | None) -> int:
    return MARK_RANK.index(status) if status in MARK_RANK else -1


def draw(columns: Columns, rows: int, noun: str = "") -> Content:
    """The bars, the marks row (when there are marks) and a line saying what a column is."""
    peak = max(columns.counts) or 1
    heights = [0 if n == 0 else max(1, round(n / peak * rows * 8)) for n in columns.counts]
    wide, gap = (columns.cell - 1, " ") if columns.cell > 1 else (1, "")
    lines = []
    for row in reversed(range(rows)):
        bars = "".join(EIGHTHS[min(8, max(0, h - row * 8))] * wide + gap for h in heights)
        lines.append(Content.from_markup("[$accent]$bars[/]", bars=bars))
    if columns.marks:
        marks = Content.assemble(*(
            Content.assemble(status_mark(columns.marks[i]), " " * (columns.cell - 1))
            if i in columns.marks else " " * columns.cell
            for i in range(len(columns.counts))
        ))  # fmt: skip
        lines.append(marks)
    per = {1: "day", 7: "week"}.get(columns.days, f"{columns.days} days")
    last = columns.day_of(len(columns.counts)) - timedelta(days=1)  # the last column's end
    until = f"{last:%m-%d}" if last.year == columns.start.year else f"{last:%Y-%m-%d}"
    what = f"{noun} per {per}" if noun else f"per {per}"
    caption = f"{columns.start:%Y-%m-%d} → {until} · {what} · peak {peak}"
    lines.append(Content.from_markup("[dim]$caption[/]", caption=caption))
    return Content("\n").join(lines)


class DayChart(Widget):
    """Statements per day or per week; ``show`` gives it the counts, it fits its width."""

    DEFAULT_CSS = """
    DayChart { height: auto; }
    """

    counts: reactive[tuple[tuple[date, int], ...]] = reactive((), layout=True)

    def __init__(self, rows: int = 4, unit: int = 1, noun: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.noun = noun
        self.rows = rows
        self.unit = unit
        self.marks: tuple[StatusMark, ...] = ()

    def show(
        self, counts: tuple[tuple[date, int], ...], marks: tuple[StatusMark, ...] = ()
    ) -> None:
        self.marks = marks
        self.counts = counts
        self.refresh(layout=True)

    def render(self) -> Content:
        columns = gather(self.counts, self.size.width, self.unit, self.marks)
        if columns is None:
            return Content.from_markup("[dim]no dated statements to chart[/]")
        return draw(columns, self.rows, self.noun)

    def get_content_height(self, container, viewport, width: int) -> int:
        columns = gather(self.counts, width, self.unit, self.marks)
        if columns is None:
            return 1
        return self.rows + (1 if columns.marks else 0) + 1
