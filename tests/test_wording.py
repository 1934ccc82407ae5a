"""Counts read as English: "1 statement", "2 statements"."""

from __future__ import annotations

from pathlib import Path

from briefing.cli import main
from briefing.wording import counted


def test_one_is_singular_and_the_rest_plural() -> None:
    assert [counted(n, "claim") for n in (0, 1, 2, 1200)] == [
        "0 claims", "1 claim", "2 claims", "1,200 claims",
    ]  # fmt: skip
    assert counted(2, "body") == "2 bodies"


def test_an_ingest_of_one_statement_says_one_statement(tmp_path: Path, capsys) -> None:
    article = tmp_path / "one.md"
    article.write_text('---\npublished: 2023-12-01\n---\n"We hold," Ruth Ames said.\n')
    assert main(["ingest", str(article), "--db", str(tmp_path / "s.db")]) == 0
    assert capsys.readouterr().out.startswith("1 new, 0 unchanged, 0 failed; 1 statement added")
