"""An article's or an analyst's control characters never reach a terminal: ESC starts a
sequence the terminal obeys (and Textual passes it through), BEL rings, backspace rewrites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.model import Document
from briefing.store import Store

HOSTILE = "Ruth Ames said the levy \x1b[5mwould stay\x1b[0m in Odesa\x07\x08.\x0cNext\x9b."


def test_a_documents_control_characters_are_shown_one_for_one() -> None:
    document = Document(HOSTILE, title="Levy \x1b]0;pwned\x1b\\ vote", publisher="Wire\x1b[31m")
    assert document.text == (
        "Ruth Ames said the levy \ufffd[5mwould stay\ufffd[0m in Odesa\ufffd\ufffd. Next\ufffd."
    )
    assert len(document.text) == len(HOSTILE)  # every span stays where it was
    assert document.title == "Levy \ufffd]0;pwned\ufffd\\ vote"
    assert document.publisher == "Wire\ufffd[31m"
    assert Document("Tabs\tand\nlines\r\nstay.").text == "Tabs\tand\nlines\r\nstay."


def test_what_the_cli_prints_of_a_hostile_article_holds_no_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "levy.md"
    article.write_text(f'---\ntitle: "Levy \\e[2J"\n---\n{HOSTILE}\n', encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(article), "--db", db]) == 0
    capsys.readouterr()
    assert main(["search", "Ames", "--db", db]) == 0
    printed = capsys.readouterr().out
    assert "Ruth Ames said the levy \ufffd[5mwould stay" in printed
    assert not any(char in printed for char in "\x1b\x07\x08\x9b")


def test_an_extraction_line_with_a_control_character_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Ruth Ames said the levy would stay."
    line = {
        "schema": "briefing-extraction/1",
        "document": {"text": text},
        "extraction": {"statements": [{
            "text": "the levy \x1b[2J", "kind": "indirect", "span": {"start": 0, "end": 10},
        }], "claims": [], "warnings": []},
    }  # fmt: skip
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert main(["ingest", "--db", str(tmp_path / "s.db"), "--extractions", str(lines)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"briefing: {lines}: line 1: not a briefing extraction "
        "(a string holds a control character (\\u001b))"
    )


def test_an_analysts_text_with_a_control_character_is_refused_by_the_parser(
    sample_store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sample_store_path)  # the parser refuses before the store is opened
    with pytest.raises(SystemExit) as exit_info:
        main(["claim", "summary", "1", "Levy \x1b[2J", "--db", db])
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert exit_info.value.code == 2
    assert error.endswith("the text holds a control character (\\u001b); write it without")


@pytest.mark.parametrize(
    "command",
    [
        ["feeds", "add", "https://wire.example/rss", "--name", "Wire \x1b[2J"],
        ["feeds", "add", "https://wire.example/\x1b]0;x\x07"],
        ["note", "speaker", "1", "seen \x07"],
    ],
)
def test_text_given_on_the_command_line_with_a_control_character_is_refused(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--db", str(tmp_path / "s.db")])
    assert exit_info.value.code == 2
    assert "holds a control character" in capsys.readouterr().err


def test_text_pasted_into_the_app_is_stored_printable(sample_store_copy: Path) -> None:
    with Store(sample_store_copy) as store:
        claim_id = store.create_claim(1, "Levy \x1b[2J held")
        assert store.claim(claim_id).summary == "Levy \ufffd[2J held"
        store.edit_summary(claim_id, "Levy \x1b]52;c;cHduZWQ=\x07 held")  # the clipboard
        assert store.claim(claim_id).summary == "Levy \ufffd]52;c;cHduZWQ=\ufffd held"
        store.add_note("claim", claim_id, "pasted \x07note")
        assert [note.text for note in store.notes_on("claim", claim_id)] == ["pasted \ufffdnote"]


def test_an_exports_notes_and_summaries_come_in_printable(
    sample_store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "desk.json"
    assert (
        main(["export", "--format", "json", "-o", str(exported), "--db", str(sample_store_path)])
        == 0
    )
    export = json.loads(exported.read_text(encoding="utf-8"))
    statement_id = export["statements"][0]["id"]
    export["notes"].append(
        {
            "target_kind": "statement",
            "target_id": statement_id,
            "text": "seen \x1b]52;c;cHduZWQ=\x07",
            "at": "2024-01-15T09:30:00",
        }
    )
    export["claims"][0].update(summary="Levy \x1b[2J held", summary_by_analyst=True)
    exported.write_text(json.dumps(export), encoding="utf-8")
    db = tmp_path / "imported.db"
    assert main(["ingest", str(exported), "--db", str(db)]) == 0
    with Store(db) as store:
        notes = [note.text for note in store.notes_matching("seen")]
        summaries = [claim.summary for claim in store.all_claims() if "Levy" in claim.summary]
    assert notes == ["seen \ufffd]52;c;cHduZWQ=\ufffd"]
    assert summaries == ["Levy \ufffd[2J held"]


def test_a_store_filled_before_is_made_printable_once_and_its_files_still_found(
    tmp_path: Path,
) -> None:
    import hashlib
    import sqlite3

    import sqlite_utils

    from briefing.extract import extract
    from briefing.store import writes
    from briefing.store.printable_text import make_text_printable
    from briefing.store.schema import MIGRATIONS, migrate

    path = tmp_path / "older.db"
    db = sqlite_utils.Database(path)
    migrate(db, target=MIGRATIONS.index(make_text_printable))  # the version before it
    document = Document("Ruth Ames said the levy on grain would stay in Odesa.", title="Levy")
    with db.conn:
        writes.insert_document(db.conn, document, extract(document), "2024-01-15T09:30:00")
    escape = "char(27)"  # what an older store could hold: an ESC where a space was
    db.conn.executescript(f"""
        UPDATE documents SET text = substr(text, 1, 4) || {escape} || substr(text, 6),
                             title = 'Levy' || {escape} || '[2J';
        UPDATE statements SET text = substr(text, 1, 4) || {escape} || substr(text, 6);
        INSERT INTO notes (target_kind, target_id, text, at, who)
            VALUES ('statement', 1, 'seen' || {escape} || ']0;x', '2024-01-15', 'analyst');
    """)  # fmt: skip
    db.conn.close()

    with Store(path) as store:  # brought up to date as it opens
        assert store.counts()["documents"] == 1
    conn = sqlite3.connect(path)
    text, title, content_hash = conn.execute(
        "SELECT text, title, content_hash FROM documents"
    ).fetchone()
    assert text == "Ruth\ufffdAmes said the levy on grain would stay in Odesa."
    assert title == "Levy\ufffd[2J"
    assert content_hash == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert conn.execute("SELECT text FROM statements").fetchone()[0].startswith("Ruth\ufffdAmes")
    assert conn.execute("SELECT text FROM notes").fetchone()[0] == "seen\ufffd]0;x"
    conn.close()
    with Store(path) as store:  # the same file read again is the document stored
        assert store.document_id(Document(f"Ruth\x1bAmes{text[9:]}").content_hash) == 1
