"""The article reader says where a document was read from."""

from __future__ import annotations

from briefing.tui.screens.document import _source


def test_a_file_by_its_name_a_page_by_its_address() -> None:
    assert _source("/home/analyst/briefings/2024-05-02-kharkiv.md") == "2024-05-02-kharkiv.md"
    assert _source("https://wire.example/2024/05/02/kharkiv") == (
        "https://wire.example/2024/05/02/kharkiv"
    )
    assert _source("<stdin>") == "<stdin>"
    assert _source(None) == "an unknown source"
