"""The main screen's edit keys: status, claims, links, grades, notes, merges and undo.

Each key works on what has the focus — the statement highlighted in the timeline,
the speaker pane or an open claim; the claim highlighted in the claims pane; the
speaker in the speaker pane — asks what it needs in a small dialog, makes one
edit (one transaction, logged), and refreshes every pane so the change shows at
once. ``u`` undoes the newest edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.model import StatementView
from briefing.tui.format import shortened
from briefing.tui.screens.desk_modals import (
    CREDIBILITY_MEANINGS,
    RELIABILITY_MEANINGS,
    STANCE_MEANINGS,
    ChoiceModal,
    MergeModal,
    TextModal,
)
from briefing.tui.screens.status_modal import StatusChoice, StatusModal
from briefing.tui.widgets.claims import ClaimsPane
from briefing.tui.widgets.speaker_profile import SpeakerPane, SpeakerStatements
from briefing.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from briefing.search import SearchIndex
    from briefing.store import Store


class DeskActions:
    """Mixed into the main screen, which provides the store, the index and the panes."""

    store: Store
    index: SearchIndex
    active: str

    # --- what is in focus --------------------------------------------------

    def _statement_in_focus(self) -> StatementView | None:
        focused = self.focused  # type: ignore[attr-defined]
        if isinstance(focused, SpeakerStatements):
            option = focused.highlighted_option
            return self.store.statement(int(option.id)) if option and option.id else None
        if isinstance(focused, ClaimsPane):
            statement_id = focused.current_statement_id
            return self.store.statement(statement_id) if statement_id else None
        return self.query_one(Timeline).current  # type: ignore[attr-defined]

    def _claim_in_focus(self) -> int | None:
        if self.active == "claims":
            return self.query_one(ClaimsPane).current_claim_id  # type: ignore[attr-defined]
        current = self._statement_in_focus()
        return current.claim_id if current is not None else None

    def _speaker_in_focus(self) -> tuple[int, str] | None:
        if self.active == "speaker":
            profile = self.query_one(SpeakerPane).profile  # type: ignore[attr-defined]
            return (profile.speaker.id, profile.speaker.name) if profile else None
        statement = self._statement_in_focus()
        if statement is None or statement.speaker_id is None:
            return None
        return statement.speaker_id, statement.speaker or "?"

    # --- edits -------------------------------------------------------------

    def action_mark(self) -> None:
        claim_id = self._claim_in_focus()
        claim = self.store.claim(claim_id) if claim_id is not None else None
        if claim is None:
            self._tell("Choose a claim first: in the claims pane (4), or a statement marked ◆.")
            return

        def save(choice: StatusChoice | None) -> None:
            if choice is not None:
                self._edit(f"Claim marked {choice.status}.", self.store.set_claim_status,
                           claim.id, choice.status, choice.note)  # fmt: skip

        self.app.push_screen(StatusModal(claim.summary, claim.status), save)  # type: ignore[attr-defined]

    def action_new_claim(self) -> None:
        statement = self._statement_in_focus()
        if statement is None:
            self._tell("Choose a statement first: in the timeline (2).")
            return

        def save(summary: str | None) -> None:
            if summary:
                self._edit("New claim made; it is in the claims pane.", self.store.create_claim,
                           statement.id, summary)  # fmt: skip

        self._ask(TextModal("New claim from this statement", shortened(statement.text),
                            statement.text, "what is claimed, in a line"), save)  # fmt: skip

    def action_link(self) -> None:
        """Link the statement in focus to the claim highlighted in the claims pane."""
        statement = self._statement_in_focus()
        claim_id = self.query_one(ClaimsPane).current_claim_id  # type: ignore[attr-defined]
        claim = self.store.claim(claim_id) if claim_id is not None else None
        if statement is None or claim is None:
            self._tell("Highlight a claim in the claims pane (4), then a statement, then l.")
            return

        def save(stance: str | None) -> None:
            if stance:
                self._edit(f"Statement linked: {stance}.", self.store.link_statement,
                           claim.id, statement.id, stance)  # fmt: skip

        subject = f"{shortened(statement.text)}\n→ {shortened(claim.summary)}"
        self._ask(ChoiceModal("Link to claim", subject, STANCE_MEANINGS, "disputes"), save)

    def action_unlink(self) -> None:
        pane = self.query_one(ClaimsPane)  # type: ignore[attr-defined]
        if self.active != "claims" or pane.current_statement_id is None:
            self._tell("In the claims pane, highlight a linked statement, then x.")
            return
        self._edit("Statement taken off the claim.", self.store.unlink_statement,
                   pane.current_claim_id, pane.current_statement_id)  # fmt: skip

    def action_edit_summary(self) -> None:
        claim_id = self._claim_in_focus()
        claim = self.store.claim(claim_id) if claim_id is not None else None
        if claim is None:
            self._tell("Choose a claim first: in the claims pane (4).")
            return

        def save(summary: str | None) -> None:
            if summary:
                self._edit("Summary saved.", self.store.edit_summary, claim.id, summary)

        self._ask(TextModal("Edit the claim's summary", f"claim {claim.id}", claim.summary), save)

    def action_grade(self) -> None:
        if self.active == "claims":
            self._grade_claim()
            return
        speaker = self._speaker_in_focus()
        if speaker is None:
            self._tell("No named speaker here to grade.")
            return
        current = self.store.speaker(speaker[0])
        self._grade_source("speaker", speaker[0], speaker[1],
                           current.reliability if current else None)  # fmt: skip

    def action_grade_outlet(self) -> None:
        statement = self._statement_in_focus()
        if statement is None or statement.outlet is None:
            self._tell("This statement came through no named outlet.")
            return
        found = self.store.find_outlet_by_name(statement.outlet)
        if found is not None:
            self._grade_source("outlet", found.id, found.name, found.reliability)

    def _grade_source(self, kind: str, target_id: int, name: str, current: str | None) -> None:
        def save(grade: str | None) -> None:
            if grade:
                self._edit(f"{name} graded {grade}.", self.store.grade_source, kind, target_id,
                           grade)  # fmt: skip

        self._ask(ChoiceModal(f"Source reliability: {kind}", name, RELIABILITY_MEANINGS, current),
                  save)  # fmt: skip

    def _grade_claim(self) -> None:
        claim_id = self._claim_in_focus()
        claim = self.store.claim(claim_id) if claim_id is not None else None
        if claim is None:
            return

        def save(value: str | None) -> None:
            if value:
                self._edit(f"Claim rated {value}.", self.store.grade_claim, claim.id, int(value))

        current = str(claim.credibility) if claim.credibility else None
        self._ask(ChoiceModal("Information credibility", shortened(claim.summary),
                              CREDIBILITY_MEANINGS, current), save)  # fmt: skip

    def action_note(self) -> None:
        if self.active == "claims":
            claim_id = self._claim_in_focus()
            target = ("claim", claim_id, f"claim {claim_id}") if claim_id else None
        elif self.active == "speaker":
            speaker = self._speaker_in_focus()
            target = ("speaker", speaker[0], speaker[1]) if speaker else None
        else:
            statement = self._statement_in_focus()
            target = ("statement", statement.id, shortened(statement.text)) if statement else None
        if target is None:
            self._tell("Nothing here to write a note on.")
            return
        kind, target_id, subject = target

        def save(text: str | None) -> None:
            if text:
                self._edit("Note saved.", self.store.add_note, kind, target_id, text)

        self._ask(TextModal(f"Note on this {kind}", subject, "", "your note"), save)

    def action_merge(self) -> None:
        speaker = self._speaker_in_focus()
        if speaker is None:
            self._tell("Show a speaker first (3), then M to merge a duplicate into it.")
            return

        def save(duplicate: int | None) -> None:
            if duplicate:
                self._edit(f"Merged into {speaker[1]}. u undoes it.", self.store.merge_speakers,
                           speaker[0], duplicate)  # fmt: skip

        self._ask(MergeModal(self.index, speaker[0], speaker[1]), save)

    def action_undo(self) -> None:
        try:
            edit = self.store.undo_last()
        except BriefingError as error:
            self._tell(str(error), "error")
            return
        self._tell(f"Undone: {edit.summary}" if edit else "Nothing to undo.")
        self.refresh_panes()

    # --- plumbing ----------------------------------------------------------

    def _edit(self, done: str, edit: Callable[..., object], *args: object) -> None:
        if self.store.read_only:  # type: ignore[attr-defined]
            self._tell("The store is read-only: edits are off.", "error")
            return
        try:
            edit(*args)
        except BriefingError as error:
            self._tell(str(error), "error")
            return
        self._tell(done)
        self.refresh_panes()

    def refresh_panes(self) -> None:
        """Show an edit everywhere at once."""
        self.query_one(ClaimsPane).reload()  # type: ignore[attr-defined]
        self.query_one(Timeline).show_new_statements()  # type: ignore[attr-defined]
        pane = self.query_one(SpeakerPane)  # type: ignore[attr-defined]
        if pane.speaker_id is not None:
            pane.load(pane.speaker_id)

    def _ask(self, modal, then) -> None:
        self.app.push_screen(modal, then)  # type: ignore[attr-defined]

    def _tell(self, message: str, severity: str = "information") -> None:
        self.notify(message, severity=severity)  # type: ignore[attr-defined]
