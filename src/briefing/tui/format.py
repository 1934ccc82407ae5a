"""How statements, statuses and dates read on screen, shared by every pane.

Colours are theme variables ($success, $warning, …) so every built-in theme works.
"""

from __future__ import annotations

from textual.content import Content

from briefing.labels import when_label
from briefing.model import StatementView

STATUS_MARKS = {
    "unverified": ("○", "$text-muted"),
    "corroborated": ("◑", "$accent"),
    "confirmed": ("●", "$success"),
    "disputed": ("◐", "$warning"),
    "denied": ("✕", "$error"),
    "retracted": ("⊘", "$text-muted"),
}


def status_badge(status: str) -> Content:
    mark, colour = STATUS_MARKS.get(status, ("?", "$text-muted"))
    return Content.from_markup(f"[{colour}]{mark} {status}[/]")


def status_mark(status: str) -> Content:
    mark, colour = STATUS_MARKS.get(status, ("?", "$text-muted"))
    return Content.from_markup(f"[{colour}]{mark}[/]")


def grade_badge(grade: str | int | None) -> Content:
    """A source grade (A–F) or a credibility rating (1–6), shown after what it grades."""
    if grade is None:
        return Content("")
    colour = (
        "$success" if str(grade) in "AB12" else "$warning" if str(grade) in "CD34" else "$error"
    )
    return Content.from_markup(f" [b {colour}]\\[$grade][/]", grade=str(grade))


def when(statement: StatementView) -> str:
    return when_label(statement.said_from, statement.said_to, statement.date_precision)


def shortened(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def quoted(statement: StatementView, width: int = 200) -> str:
    """Direct speech in quote marks, indirect speech as it stands, cut to ``width``."""
    text = " ".join(statement.text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f"“{text}”" if statement.kind == "direct" else text


def statement_line(statement: StatementView, width: int = 200) -> Content:
    """Two lines: who, through which outlet, with what status and places; then what."""
    who = Content.assemble(
        Content.from_markup("[bold]$who[/]", who=statement.speaker or "unattributed"),
        grade_badge(statement.speaker_reliability),
    )
    outlet = Content.assemble(
        f" ({statement.outlet}", grade_badge(statement.outlet_reliability), ")"
    ) if statement.outlet else ""  # fmt: skip
    places = Content.from_markup(
        "  [dim]· $places[/]", places=", ".join(statement.places[:3])
    ) if statement.places else ""  # fmt: skip
    claim = Content.assemble(
        Content.from_markup("  [$accent]◆ $stance claim[/] ", stance=statement.claim_stance or ""),
        status_badge(statement.claim_status or "unverified"),
    ) if statement.claim_id else ""  # fmt: skip
    return Content.assemble(
        who, outlet, "  ", status_badge(statement.status), claim, places,
        "\n  ", quoted(statement, width),
    )  # fmt: skip
