"""What an analyst decided, carried across a re-extraction or an import.

Statements and claims get new ids when a document is extracted again, so the
judgements travel by character span in the document text (and by name, for
speakers, places and outlets) and are given back by ``store.judgements``.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import EXTRACTOR, StatusChange


@dataclass(frozen=True)
class KeptNote:
    """A note carried over a re-extraction or an import; ``span`` finds its statement."""

    text: str
    at: str
    who: str | None
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class KeptClaim:
    """A claim's judgement, found again by the spans of its statements.

    Carried by a Document when it comes back from a JSON export or goes through
    ``reextract``, so that an analyst's work outlives the extraction run: status
    and history, the statements linked (with ``stances``, parallel to ``spans``,
    when the links themselves are kept), an edited summary, credibility, notes.
    """

    spans: tuple[tuple[int, int], ...]
    status: str
    history: tuple[StatusChange, ...]
    stances: tuple[str, ...] = ()
    summary: str | None = None
    credibility: int | None = None
    notes: tuple[KeptNote, ...] = ()
    links_edited: bool = False
    origin: tuple[int, int] | None = None
    """The span of the statement the claim was made from, in its own document."""
    last_summary: str = ""
    """The summary it had, edited or not: a claim that has to be made again takes it."""
    homes: tuple[str | None, ...] = ()
    """Parallel to ``spans``: the content hash of the document a linked statement is in
    when that is not the claim's own document (None, or no entry, for its own)."""

    @property
    def judged(self) -> bool:
        """Touched by the analyst, not only kept because other documents' statements joined it."""
        return bool(
            self.summary is not None
            or self.links_edited
            or self.credibility
            or self.notes
            or any(change.who != EXTRACTOR for change in self.history)
        )

    def links(self) -> list[tuple[str | None, tuple[int, int], str]]:
        """(home document or None, span, stance) of every kept link."""
        homes = self.homes or (None,) * len(self.spans)
        return list(zip(homes, self.spans, self.stances, strict=False))


@dataclass(frozen=True)
class DeskState:
    """Judgements on speakers and outlets, by name: what an import gives back after its
    documents (grades, merges, notes on speakers)."""

    outlet_grades: tuple[tuple[str, str], ...] = ()
    speaker_grades: tuple[tuple[str, str], ...] = ()
    merges: tuple[tuple[str, str], ...] = ()
    """(speaker kept, speaker merged into it)"""
    place_merges: tuple[tuple[str, str], ...] = ()
    aparts: tuple[tuple[str, str], ...] = ()
    """(speaker, name the analyst took apart from it)"""
    speaker_notes: tuple[tuple[str, KeptNote], ...] = ()
