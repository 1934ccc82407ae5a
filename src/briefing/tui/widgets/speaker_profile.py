"""The speaker pane: who is speaking, what they said over time and through which outlets."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static
from textual.widgets.option_list import Option

from briefing.model import StatementView
from briefing.overviews import SpeakerProfile
from briefing.store import Store
from briefing.tui.format import grade_badge, quoted, status_mark, when
from briefing.tui.messages import JumpToStatement
from briefing.tui.widgets.day_chart import DayChart
from briefing.tui.widgets.vim_list import VimOptionList


class ProfileLoaded(Message):
    def __init__(self, speaker_id: int | None, profile: SpeakerProfile | None) -> None:
        super().__init__()
        self.speaker_id = speaker_id
        self.profile = profile


class SpeakerStatements(VimOptionList):
    """The speaker's statements, newest first; enter moves the timeline there."""


class SpeakerPane(Vertical):
    BORDER_TITLE = "3 speaker"

    speaker_id: reactive[int | None] = reactive(None, init=False)

    def __init__(self, store: Store, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.profile: SpeakerProfile | None = None

    def compose(self) -> ComposeResult:
        yield Static("Move through the timeline to see who is speaking.", id="speaker-card")
        yield DayChart(rows=2, unit=7, id="speaker-chart")
        yield SpeakerStatements(id="speaker-statements")

    def watch_speaker_id(self, speaker_id: int | None) -> None:
        self.load(speaker_id)

    @work(thread=True, exclusive=True, group="speaker", exit_on_error=False)
    def load(self, speaker_id: int | None) -> None:
        profile = self.store.speaker_profile(speaker_id) if speaker_id is not None else None
        self.post_message(ProfileLoaded(speaker_id, profile))

    def show_unnamed(self, description: str) -> None:
        """An anonymous or unattributed source has no profile: say what it is."""
        self.profile = None
        self.speaker_id = None
        self.query_one("#speaker-card", Static).update(
            Content.from_markup(
                "[bold]$who[/]\n[dim]no profile: not a named speaker[/]", who=description
            )
        )
        self.query_one(DayChart).display = False
        self.query_one(SpeakerStatements).clear_options()

    @on(ProfileLoaded)
    def _loaded(self, message: ProfileLoaded) -> None:
        message.stop()
        if message.speaker_id != self.speaker_id or message.profile is None:
            return
        profile = self.profile = message.profile
        self.query_one("#speaker-card", Static).update(_card(profile))
        chart = self.query_one(DayChart)
        chart.display = True
        chart.show(profile.daily_counts)
        statements = self.query_one(SpeakerStatements)
        statements.clear_options()
        statements.add_options(
            Option(
                Content.assemble(
                    status_mark(s.status), _claim_mark(s), " ",
                    Content.from_markup("[dim]$when[/]", when=when(s)), " ", quoted(s, 120),
                ),
                id=str(s.id),
            )
            for s in profile.recent
        )  # fmt: skip
        if statements.has_focus and statements.option_count:
            statements.highlighted = 0  # the reader came here to act on one of them

    @on(SpeakerStatements.OptionSelected)
    def _chosen(self, event: SpeakerStatements.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(JumpToStatement(int(event.option.id)))


def _card(profile: SpeakerProfile) -> Content:
    speaker = profile.speaker
    lines = [Content.from_markup("[bold]$name[/]", name=speaker.name)]
    if speaker.role:
        lines.append(Content(speaker.role))
    if speaker.affiliation and speaker.affiliation not in (speaker.role or ""):
        lines.append(Content.from_markup("[dim]$who[/]", who=speaker.affiliation))
    seen = ""
    if profile.first_seen and profile.last_seen:
        seen = f" · {profile.first_seen:%Y-%m-%d} → {profile.last_seen:%Y-%m-%d}"
    outlets = len(profile.outlets)
    lines.append(
        Content.from_markup(
            "$count · $outlets$seen",
            count=_plural(profile.statement_count, "statement"),
            outlets=_plural(outlets, "outlet"),
            seen=seen,
        )
    )
    aliases = [a for a in speaker.aliases if a != speaker.name][:6]
    if aliases:
        lines.append(Content.from_markup("[dim]also: $aliases[/]", aliases=", ".join(aliases)))
    if speaker.reliability:
        lines.append(Content.assemble(Content.from_markup("[dim]reliability[/]"),
                                      grade_badge(speaker.reliability)))  # fmt: skip
    for note in profile.notes:
        lines.append(Content.from_markup("[$accent]✎[/] $text [dim]— $who[/]", text=note.text,
                                         who=note.who or "?"))  # fmt: skip
    if profile.outlets:
        used = ", ".join(f"{name} {n}" for name, n in profile.outlets[:4])
        lines.append(Content.from_markup("[dim]via[/] $used", used=used))
    if profile.places:
        named = ", ".join(f"{name} {n}" for name, n in profile.places[:4])
        lines.append(Content.from_markup("[dim]on[/] $named", named=named))
    return Content("\n").join(lines)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _claim_mark(statement: StatementView) -> Content:
    """ "◆✕": on a claim, and the claim's status, beside the statement's own."""
    if statement.claim_status is None:
        return Content("")
    return Content.assemble(
        Content.from_markup(" [$accent]◆[/]"), status_mark(statement.claim_status)
    )
