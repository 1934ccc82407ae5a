"""The document reader: the article with every statement's span marked by status.

The chosen statement is underlined and scrolled into view; n and p walk the
statements in text order. Each paragraph is its own widget so scrolling to a
statement is scrolling to its paragraph.
"""

from __future__ import annotations

from pathlib import PurePath

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.model import DocumentView, StatementView
from briefing.tui.format import grade_badge, status_badge, when

SPAN_STYLES = {
    "unverified": "on $panel",
    "corroborated": "on $accent-muted",
    "confirmed": "on $success-muted",
    "disputed": "on $warning-muted",
    "denied": "on $error-muted",
    "retracted": "strike on $panel",
}


class DocumentScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back", id="document.back"),
        Binding("q", "back", "Back", show=False),
        Binding("n", "next", "Next statement", id="document.next"),
        Binding("p", "previous", "Previous statement", id="document.previous"),
        Binding("j", "scroll(1)", "Down", show=False),
        Binding("k", "scroll(-1)", "Up", show=False),
        Binding("g", "top", "Top", show=False),
        Binding("G", "bottom", "Bottom", show=False),
    ]

    def __init__(
        self, document: DocumentView, statements: list[StatementView], chosen: int
    ) -> None:
        super().__init__()
        self.document = document
        self.statements = sorted(statements, key=lambda s: s.span.start)
        self.position = next((i for i, s in enumerate(self.statements) if s.id == chosen), 0)
        self.paragraphs = _paragraph_spans(document.text)

    def compose(self) -> ComposeResult:
        yield Static(_header(self.document), id="document-header")
        with VerticalScroll(id="document-body"):
            for number, _ in enumerate(self.paragraphs):
                yield Static(id=f"paragraph-{number}", classes="paragraph")
        yield Static(id="document-statement")
        yield Footer()

    def on_mount(self) -> None:
        self._render_all()
        self.call_after_refresh(self._scroll_to_current)

    @property
    def current(self) -> StatementView | None:
        return self.statements[self.position] if self.statements else None

    def action_next(self) -> None:
        if self.position + 1 < len(self.statements):
            self.position += 1
            self._render_all()
            self._scroll_to_current()

    def action_previous(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._render_all()
            self._scroll_to_current()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        self.query_one("#document-body", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_top(self) -> None:
        self.query_one("#document-body", VerticalScroll).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#document-body", VerticalScroll).scroll_end(animate=False)

    def _render_all(self) -> None:
        chosen = self.current
        for number, (start, end) in enumerate(self.paragraphs):
            content = Content(self.document.text[start:end])
            for statement in self.statements:
                a, b = max(statement.span.start, start), min(statement.span.end, end)
                if a < b:
                    style = SPAN_STYLES.get(statement.status, "on $panel")
                    if chosen is not None and statement.id == chosen.id:
                        style = f"bold underline {style}"
                    content = content.stylize(style, a - start, b - start)
            self.query_one(f"#paragraph-{number}", Static).update(content)
        self.query_one("#document-statement", Static).update(_caption(chosen, self))

    def _scroll_to_current(self) -> None:
        chosen = self.current
        if chosen is None:
            return
        for number, (start, end) in enumerate(self.paragraphs):
            if start <= chosen.span.start < end:
                paragraph = self.query_one(f"#paragraph-{number}", Static)
                self.query_one("#document-body", VerticalScroll).scroll_to_widget(
                    paragraph, animate=False, top=False
                )
                return


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans or [(0, len(text))]


def _header(document: DocumentView) -> Content:
    title = document.title or "(untitled)"
    published = document.published.isoformat() if document.published else "no date"
    return Content.from_markup(
        "[bold]$title[/]\n[dim]$publisher · $published · $url\nread from $source[/]",
        title=title,
        publisher=document.publisher or "unknown publisher",
        published=published,
        url=document.url or "no url",
        source=_source(document.source),
    )


def _source(source: str | None) -> str:
    """Where the document was read from: a file by its name, a feed entry or page by its
    address, standard input as such."""
    if not source:
        return "an unknown source"
    if source.startswith(("http://", "https://")) or source.startswith("<"):
        return source
    return PurePath(source).name


def _caption(statement: StatementView | None, screen: DocumentScreen) -> Content:
    if statement is None:
        return Content("No statements were found in this document.")
    where = f"{screen.position + 1}/{len(screen.statements)}"
    parts = [
        Content.assemble(statement.speaker or "unattributed",
                         grade_badge(statement.speaker_reliability)),
        Content(when(statement)),
    ]  # fmt: skip
    if statement.outlet:
        parts.append(Content.assemble(statement.outlet, grade_badge(statement.outlet_reliability)))
    if statement.venue:
        parts.append(Content(statement.venue))
    return Content.assemble(
        Content.from_markup("[dim]$where[/]  ", where=where),
        status_badge(statement.status),
        "  ",
        Content(" · ").join(parts),
    )
