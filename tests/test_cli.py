"""The briefing command: exit codes, one-line errors, the JSON contract, the default store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.config import default_db_path
from briefing.resources import sample_briefings

STATEMENT_FIELDS = {
    "id", "document_id", "speaker_id", "speaker", "kind", "text", "said_on", "said_from",
    "said_to", "date_precision", "outlet", "venue", "places", "status", "claim_id", "span",
}  # fmt: skip


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ingest_then_export_prints_the_json_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(["ingest", "--db", db, str(sample_briefings()[0].parent)], capsys)
    assert code == 0
    assert out.startswith(f"{len(sample_briefings())} new, 0 unchanged, 0 failed")

    code, out, _ = run(["export", "--db", db, "--format", "json"], capsys)
    assert code == 0
    exported = json.loads(out)
    assert exported["schema"] == "briefing/1"
    assert set(exported) == {
        "schema", "documents", "speakers", "outlets", "places", "claims", "statements", "notes",
    }  # fmt: skip
    assert len(exported["documents"]) == len(sample_briefings())
    assert {s["document_id"] for s in exported["statements"]} == {
        d["id"] for d in exported["documents"]
    }
    for statement in exported["statements"]:
        assert set(statement) >= STATEMENT_FIELDS
        assert statement["kind"] in ("direct", "indirect")
        start, end = statement["span"]
        assert 0 <= start < end
    for claim in exported["claims"]:
        assert {"id", "summary", "status", "history", "statements"} <= set(claim)
        assert all(set(link) == {"id", "stance"} for link in claim["statements"])


def test_environment_variable_names_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "env.db"))
    code, _, _ = run(["ingest", str(sample_briefings()[0])], capsys)
    assert code == 0
    assert (tmp_path / "env.db").exists()
    assert not default_db_path().exists()


def test_export_to_a_file_writes_it_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    run(["ingest", "--db", db, str(sample_briefings()[0])], capsys)
    target = tmp_path / "out.json"
    code, out, _ = run(["export", "--db", db, "-o", str(target)], capsys)
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["schema"] == "briefing/1"


def test_flags_override_front_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    source = str(sample_briefings()[0])
    args = ["ingest", "--db", db, "--publisher", "Desk", "--published", "2024-01-02", source]
    assert run(args, capsys)[0] == 0
    _, out, _ = run(["export", "--db", db], capsys)
    document = json.loads(out)["documents"][0]
    assert document["publisher"] == "Desk"
    assert document["published"] == "2024-01-02"


def test_a_missing_file_fails_with_one_line_and_the_rest_still_go_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    missing = str(tmp_path / "missing.md")
    code, out, err = run(["ingest", "--db", db, missing, str(sample_briefings()[0])], capsys)
    assert code == 1
    assert err.strip().splitlines() == [
        f"briefing: {missing}: cannot read file (No such file or directory)"
    ]
    assert out.startswith("1 new, 0 unchanged, 1 failed")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("flag", "value", "said"),
    [
        ("--published", "soon", "'soon' is not an ISO date (YYYY-MM-DD)"),
        ("--published", "2024-02-30", "'2024-02-30' is not a real date"),
        ("--published", "0001-01-01", "0001-01-01 is out of range (1800-01-01 to 2199-12-31)"),
    ],
)
def test_a_bad_date_flag_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str, said: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", "--db", str(tmp_path / "x.db"), flag, value, "a.md"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"briefing ingest: error: argument {flag}: {said}"
    )
    assert not (tmp_path / "x.db").exists()


def test_a_store_in_a_folder_that_does_not_exist_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no such folder" / "x.db"
    code, _, err = run(["stats", "--db", str(missing)], capsys)
    assert code == 2
    assert err == f"briefing: {missing}: folder {missing.parent} does not exist\n"
    assert not missing.parent.exists()


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["bogus"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest"])
    assert exit_info.value.code == 2


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("briefing ")


def test_default_store_is_created_with_the_samples_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["stats"], capsys)
    assert code == 0
    assert err == (
        f"briefing: created {default_db_path()} with {len(sample_briefings())} sample briefings\n"
    )
    assert f"documents: {len(sample_briefings())}" in out
    code, _, err = run(["stats"], capsys)
    assert code == 0 and err == ""


def test_an_explicit_new_store_starts_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["stats", "--db", str(tmp_path / "new.db")], capsys)
    assert code == 0 and err == ""
    assert "documents: 0" in out


def test_search_prints_ranked_typed_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    run(["ingest", "--db", db, str(sample_briefings()[0].parent)], capsys)
    code, out, _ = run(["search", "--db", db, "avdeevka"], capsys)
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("place") and "Avdiivka" in first and "(as Avdeevka)" in first


def test_search_json_and_kind_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    run(["ingest", "--db", db, str(sample_briefings()[0].parent)], capsys)
    code, out, _ = run(
        ["search", "--db", db, "corridor", "--kind", "statement", "--json", "--limit", "3"], capsys
    )
    assert code == 0
    hits = [json.loads(line) for line in out.splitlines()]
    assert 1 <= len(hits) <= 3
    assert {h["kind"] for h in hits} == {"statement"}
    assert {"kind", "target_id", "label", "score", "matched", "highlight"} <= set(hits[0])


def test_search_with_a_bad_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "x", "--limit", "0"])
    assert exit_info.value.code == 2


def test_a_store_path_that_is_a_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["stats", "--db", str(tmp_path)], capsys)
    assert code == 1
    assert err == f"briefing: {tmp_path}: is a folder, not a store file\n"
