"""Text and Markdown briefings with front matter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.read import read_source
from briefing.read.text import parse_text_document

FRONT = b"""---
title: Corridor open
published: 2023-11-22
publisher: Harbor Post
url: https://harbor-post.example/x
---
The corridor stayed open, officials said.
"""


def test_front_matter_fills_the_metadata() -> None:
    document = parse_text_document(FRONT, "a.md")
    assert document.title == "Corridor open"
    assert document.published == date(2023, 11, 22)
    assert document.publisher == "Harbor Post"
    assert document.url == "https://harbor-post.example/x"
    assert document.text == "The corridor stayed open, officials said."


def test_plain_text_without_front_matter_has_no_metadata() -> None:
    document = parse_text_document(b"Officials said the port reopened.\n", "b.txt")
    assert document.title is None and document.published is None
    assert document.text == "Officials said the port reopened."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Kyiv said “yes”.".encode("utf-16"), "Kyiv said “yes”."),
        ("Café owner said so.".encode("latin-1"), "Café owner said so."),
        ("\ufeffOdesa said so.".encode(), "Odesa said so."),
    ],
)
def test_text_encodings_are_decoded(data: bytes, expected: str) -> None:
    assert parse_text_document(data, "x.txt").text == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty document"),
        (b"---\ntitle: x\n---\n\n", "empty document"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"---\ntitle: [unclosed\n---\nText.\n", "malformed front matter"),
        (b"---\npublished: 2023-02-30\n---\nText.\n", "not a real date"),
        (b"---\npublished: last Tuesday\n---\nText.\n", "not an ISO date"),
    ],
)
def test_bad_input_is_an_input_error_naming_the_problem(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_text_document(data, "bad.txt")


def test_unknown_extension_names_the_type(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    path.write_bytes(b"PK")
    outcome = read_source(str(path))
    assert outcome.error is not None and ".odt" in outcome.error


def test_an_impossible_day_in_front_matter_is_not_a_real_date() -> None:
    with pytest.raises(InputError, match=r"^published date '2024-02-30' is not a real date$"):
        parse_text_document(b"---\npublished: 2024-02-30\n---\nText.\n", "a.md")


def test_a_title_that_looks_like_a_date_stays_text() -> None:
    document = parse_text_document(b"---\ntitle: 2024-05-01\n---\nText.\n", "a.md")
    assert document.title == "2024-05-01"
