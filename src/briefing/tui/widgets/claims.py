"""The claims pane: claims grouped by status with counts; a claim opens onto the statements
that assert or dispute it and the history of its status."""

from __future__ import annotations

from textual import on, work
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from briefing.model import STATUSES, ClaimView
from briefing.store import Store
from briefing.tui.format import grade_badge, status_badge, status_mark, when
from briefing.tui.messages import OpenStatement
from briefing.tui.widgets.vim_list import VimOptionList
from briefing.wording import counted

CLAIMS_PER_STATUS = 100
STANCE_MARKS = {"asserts": "+", "disputes": "−", "reports": "~"}


class ClaimsLoaded(Message):
    def __init__(self, claims: dict[str, list[ClaimView]], counts: dict[str, int]) -> None:
        super().__init__()
        self.claims = claims
        self.counts = counts


class ClaimsPane(VimOptionList):
    """Option ids: ``c<id>`` a claim, ``s<id>`` one of its statements."""

    BORDER_TITLE = "4 claims"
    BINDINGS = [
        Binding("space", "toggle", "Open/close", show=False),
        Binding("right", "expand", "Open", show=False),
        Binding("left", "collapse", "Close", show=False),
    ]

    def __init__(self, store: Store, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.claims: dict[int, ClaimView] = {}
        self.counts: dict[str, int] = {}
        self.order: list[int] = []
        self.expanded: set[int] = set()

    def on_mount(self) -> None:
        self.reload()

    @work(thread=True, exclusive=True, group="claims", exit_on_error=False)
    def reload(self) -> None:
        counts = self.store.claim_counts()
        claims = {
            status: self.store.claims_by_status(status, CLAIMS_PER_STATUS)
            for status in STATUSES
            if counts.get(status)
        }
        self.post_message(ClaimsLoaded(claims, counts))

    @on(ClaimsLoaded)
    def _loaded(self, message: ClaimsLoaded) -> None:
        message.stop()
        self.counts = message.counts
        self.claims = {c.id: c for group in message.claims.values() for c in group}
        self.order = [c.id for status in STATUSES for c in message.claims.get(status, [])]
        self._render(self.current_claim_id)

    def _render(self, keep: int | None) -> None:
        self.clear_options()
        if not self.counts:
            self.add_option(Option("No claims yet. Claims appear when articles report,\n"
                                   "deny or confirm something.", disabled=True))  # fmt: skip
            return
        options: list[Option] = []
        for status in STATUSES:
            if not self.counts.get(status):
                continue
            options.append(Option(Content.assemble(
                status_badge(status), Content.from_markup(f"  [dim]{self.counts[status]}[/]")
            ), disabled=True))  # fmt: skip
            for claim_id in (i for i in self.order if self.claims[i].status == status):
                options.extend(self._claim_rows(self.claims[claim_id]))
        self.add_options(options)
        if keep is not None and f"c{keep}" in self._ids():
            self.highlighted = self.get_option_index(f"c{keep}")
        elif self.option_count > 1:
            self.highlighted = 1

    def _claim_rows(self, claim: ClaimView) -> list[Option]:
        open_ = claim.id in self.expanded
        rows = [Option(Content.assemble(
            Content.from_markup(f"{'▾' if open_ else '▸'} $summary", summary=claim.summary),
            grade_badge(claim.credibility),
        ), id=f"c{claim.id}")]  # fmt: skip
        if not open_:
            return rows
        documents = len({statement.document_id for statement, _ in claim.statements})
        if claim.event and documents > 1:
            rows.append(Option(Content.from_markup(
                "    [dim]about $event · joined across $count[/]",
                event=claim.event, count=counted(documents, "document"),
            ), disabled=True))  # fmt: skip
        for statement, stance in claim.statements:
            rows.append(Option(Content.assemble(
                Content.from_markup(f"    [bold]{STANCE_MARKS.get(stance, '?')}[/] "),
                status_mark(statement.status),
                Content.from_markup(" $stance · [bold]$who[/]", stance=stance,
                                    who=statement.speaker or "unattributed"),
                grade_badge(statement.speaker_reliability),
                Content.from_markup(" · [dim]$when[/]", when=when(statement)),
            ), id=f"s{statement.id}-{claim.id}"))  # fmt: skip
        for note in claim.notes:
            rows.append(Option(Content.from_markup(
                "    [$accent]✎[/] $text [dim]— $who[/]", text=note.text, who=note.who or "?",
            ), disabled=True))  # fmt: skip
        for change in claim.history:
            note = f" — {change.note}" if change.note else ""
            rows.append(Option(Content.from_markup(
                "    [dim]$at $who: $old → $new$note[/]", at=change.at[:16].replace("T", " "),
                who=change.who or "?", old=change.from_status or "new", new=change.to_status, note=note,
            ), disabled=True))  # fmt: skip
        return rows

    def _ids(self) -> set[str]:
        return {self.get_option_at_index(i).id or "" for i in range(self.option_count)}

    @property
    def current_claim_id(self) -> int | None:
        option = self.highlighted_option
        if option is None or not option.id:
            return None
        if option.id.startswith("c"):
            return int(option.id[1:])
        return int(option.id.split("-")[1])

    @property
    def current_statement_id(self) -> int | None:
        """The linked statement highlighted under an open claim, if that is what is highlighted."""
        option = self.highlighted_option
        if option is None or not option.id or not option.id.startswith("s"):
            return None
        return int(option.id[1:].split("-")[0])

    def show_claim(self, claim_id: int) -> None:
        self.expanded.add(claim_id)
        self._render(claim_id)
        self.call_after_refresh(self.scroll_to_highlight, top=True)

    def action_toggle(self) -> None:
        claim_id = self.current_claim_id
        if claim_id is not None:
            self.expanded ^= {claim_id}
            self._render(claim_id)
            if claim_id in self.expanded:  # bring its statements and history into view
                self.call_after_refresh(self.scroll_to_highlight, top=True)

    def action_expand(self) -> None:
        if self.current_claim_id is not None and self.current_claim_id not in self.expanded:
            self.action_toggle()

    def action_collapse(self) -> None:
        if self.current_claim_id in self.expanded:
            self.action_toggle()

    @on(VimOptionList.OptionSelected)
    def _selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("s"):
            self.post_message(OpenStatement(int(option_id[1:].split("-")[0])))
        else:
            self.action_toggle()
