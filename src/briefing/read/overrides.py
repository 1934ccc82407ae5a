"""Metadata given by the analyst rather than read from the file: ``ingest --published``,
``documents set --title``. A value given wins over front matter; a value not given
(None or empty) leaves what is there."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from briefing.model import Document, DocumentView


@dataclass(frozen=True)
class Overrides:
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    url: str | None = None

    def given(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def apply(self, document: Document) -> Document:
        return replace(document, **self.given())

    def differences(self, stored: DocumentView) -> list[str]:
        """One line per field that would change: ``published: 2024-05-01 → 2024-05-02``."""
        return [
            f"{name}: {_shown(getattr(stored, name))} → {_shown(value)}"
            for name, value in self.given().items()
            if value != getattr(stored, name)
        ]

    def applied_to(self, stored: DocumentView) -> Document:
        """The stored document as it reads with these values."""
        document = Document(
            text=stored.text, title=stored.title, published=stored.published,
            publisher=stored.publisher, url=stored.url, source=stored.source,
        )  # fmt: skip
        return self.apply(document)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "none"
    return value.isoformat() if isinstance(value, date) else str(value)
