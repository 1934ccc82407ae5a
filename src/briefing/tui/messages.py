"""Messages the panes post; the main screen routes them, so no pane reaches into another."""

from __future__ import annotations

from textual.message import Message

from briefing.model import SearchHit, TimelineFilter


class StatementHighlighted(Message):
    """The cursor rests on a statement: the speaker pane follows."""

    def __init__(self, statement_id: int, speaker_id: int | None) -> None:
        super().__init__()
        self.statement_id = statement_id
        self.speaker_id = speaker_id


class OpenStatement(Message):
    """Show a statement in its document."""

    def __init__(self, statement_id: int) -> None:
        super().__init__()
        self.statement_id = statement_id


class JumpToStatement(Message):
    """Move the timeline to a statement (from the speaker pane)."""

    def __init__(self, statement_id: int) -> None:
        super().__init__()
        self.statement_id = statement_id


class SearchChosen(Message):
    """The analyst pressed enter on a search result."""

    def __init__(self, hit: SearchHit) -> None:
        super().__init__()
        self.hit = hit


class SearchDismissed(Message):
    """Escape in the search pane: go back where the analyst was."""


class FiltersChanged(Message):
    """The timeline's filters changed (a chip removed, the filter bar applied)."""

    def __init__(self, filters: TimelineFilter) -> None:
        super().__init__()
        self.filters = filters


class ClaimStatusChanged(Message):
    """A claim's status was set: every pane that shows it refreshes."""

    def __init__(self, claim_id: int) -> None:
        super().__init__()
        self.claim_id = claim_id
