"""Which statements an export holds: every one, or those matching the command's filters.

Names match the way search does — on the transliteration-folded form, so
``--speaker zelensky`` also takes "Zelenskyy" and ``--place odessa`` "Odesa".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from briefing.folding import fold_translit
from briefing.model import ClaimView, StatementView
from briefing.store import Store


@dataclass(frozen=True)
class Selection:
    speaker: str | None = None
    place: str | None = None
    outlet: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def everything(self) -> bool:
        return self == Selection()

    def matches(self, statement: StatementView) -> bool:
        if self.status and statement.status != self.status:
            return False
        if self.speaker and not _names_match(self.speaker, [statement.speaker or ""]):
            return False
        if self.outlet and not _names_match(self.outlet, [statement.outlet or ""]):
            return False
        if self.place and not _names_match(self.place, statement.places):
            return False
        if self.since and (statement.said_to is None or statement.said_to < self.since):
            return False
        return not (
            self.until and (statement.said_from is None or statement.said_from > self.until)
        )

    def statements(self, store: Store) -> Iterator[StatementView]:
        return (s for s in store.all_statements() if self.matches(s))

    def claims(self, store: Store) -> Iterator[ClaimView]:
        """Every claim, or those with at least one selected statement."""
        for claim in store.all_claims():
            if self.everything or any(self.matches(s) for s, _ in claim.statements):
                yield claim


EVERYTHING = Selection()


def _names_match(wanted: str, names: object) -> bool:
    key = fold_translit(wanted)
    return any(key and key in fold_translit(name) for name in names)  # type: ignore[attr-defined]
