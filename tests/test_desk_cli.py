"""The desk commands for scripts: one line per edit, clear errors, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import ingest_samples
from briefing.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "desk.db"
    with Store(path) as store:
        ingest_samples(store)
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out.strip(), captured.err.strip()


def search_id(capsys, db: str, query: str, kind: str) -> int:
    _, out, _ = run(capsys, "search", query, "--kind", kind, "--limit", "1", "--json", "--db", db)
    return json.loads(out)["target_id"]


def test_the_walkthrough_from_a_shell(db: str, capsys) -> None:
    assert run(capsys, "grade", "outlet", "reuters", "B", "--db", db) == (
        0, "outlet Reuters: – → B", "")  # fmt: skip
    assert (
        run(capsys, "grade", "outlet", "Substack", "e", "--db", db)[1] == "outlet Substack: – → E"
    )
    talks = search_id(capsys, db, "zaluzhnyi gerasimov", "claim")
    lavrov = search_id(capsys, db, "lavrov osce", "statement")
    code, out, _ = run(capsys, "claim", "status", str(talks), "denied", "--note", "both deny",
                       "--db", db)  # fmt: skip
    assert (code, out) == (0, f"claim {talks}: disputed → denied")
    assert run(capsys, "claim", "link", str(talks), str(lavrov), "--stance", "disputes",
               "--db", db)[1] == f"statement {lavrov} disputes claim {talks}"  # fmt: skip
    assert run(capsys, "grade", "claim", str(talks), "5", "--db", db)[1].endswith("credibility 5")
    code, out, _ = run(capsys, "merge", "speaker", "Ukrainian General Staff", "Nazar Voloshyn",
                       "--db", db)  # fmt: skip
    assert code == 0 and out.startswith(
        "speaker Nazar Voloshyn merged into Ukrainian General Staff"
    )
    assert run(capsys, "note", "speaker", "lavrov", "routine denials", "--db", db)[1] == (
        "note added to speaker Sergey Lavrov")  # fmt: skip
    assert run(capsys, "undo", "--db", db)[1] == "undone: note on speaker " + str(
        search_id(capsys, db, "lavrov", "speaker")
    )
    _, brief, _ = run(capsys, "export", "--format", "markdown", "--db", db)
    assert (
        "- outlet Reuters: reliability B" in brief and "- outlet Substack: reliability E" in brief
    )
    assert "Nazar Voloshyn is filed under Ukrainian General Staff" in brief
    assert "credibility 5" in brief and "both deny" in brief
    assert "  - disputes: Russian Foreign Minister Sergey Lavrov" in brief
    _, edits, _ = run(capsys, "edits", "--db", db)
    assert "(undone) note on speaker" in edits and "merged into" in edits


def test_split_and_errors(db: str, capsys) -> None:
    run(capsys, "merge", "speaker", "Ukrainian General Staff", "Nazar Voloshyn", "--db", db)
    assert (
        run(capsys, "split", "speaker", "Nazar Voloshyn", "--db", db)[1]
        == "speaker Nazar Voloshyn split back out"
    )
    code, _, err = run(capsys, "grade", "outlet", "Nowhere Gazette", "B", "--db", db)
    assert (
        code == 1
        and err
        == "briefing: no outlet called 'Nowhere Gazette'; try: briefing search 'Nowhere Gazette'"
    )
    code, _, err = run(capsys, "grade", "claim", "1", "9", "--db", db)
    assert code == 1 and "credibility '9' is not one of 1 2 3 4 5 6" in err
    code, _, err = run(capsys, "claim", "link", "1", "99999", "--db", db)
    assert code == 1 and err == "briefing: no statement 99999"
    with pytest.raises(SystemExit) as usage:
        main(["claim", "status", "1", "maybe", "--db", db])
    assert usage.value.code == 2
    assert run(capsys, "undo", "--db", db)[1].startswith("undone: speaker Nazar Voloshyn split")


def test_speakers_explain_says_why_names_were_joined_and_merged(db: str, capsys) -> None:
    code, out, _ = run(capsys, "speakers", "explain", "IAEA", "--db", db)
    assert code == 0
    assert out.splitlines()[0].startswith("International Atomic Energy Agency (#")
    assert "  IAEA: another name of International Atomic Energy Agency" in out
    run(capsys, "merge", "speaker", "Ukrainian General Staff", "Nazar Voloshyn", "--db", db)
    _, out, _ = run(capsys, "speakers", "explain", "Ukrainian General Staff", "--db", db)
    assert "  Nazar Voloshyn: merged by the analyst" in out
    _, exported, _ = run(capsys, "export", "--format", "json", "--db", db)
    speakers = {s["name"]: s for s in json.loads(exported)["speakers"]}
    assert {"name": "IAEA", "why": "another name of International Atomic Energy Agency "
            "(data/organisations.json)"} in speakers["International Atomic Energy Agency"]["joined"]  # fmt: skip
    code, _, err = run(capsys, "speakers", "explain", "Nobody Here", "--db", db)
    assert code != 0 and err.startswith("briefing: no speaker called 'Nobody Here'")
