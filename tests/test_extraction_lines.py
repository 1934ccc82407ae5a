"""``briefing extract`` (no store, one JSON line per document) and ``ingest
--extractions``: the same store as a plain ingest, idempotent, bad lines refused alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.resources import sample_briefings
from tests.exports import exported


def test_extract_then_load_is_a_plain_ingest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(sample_briefings()[0].parent)
    lines = tmp_path / "extractions.jsonl"
    assert main(["extract", folder, "-o", str(lines), "--jobs", "2"]) == 0
    assert len(lines.read_text(encoding="utf-8").splitlines()) == len(sample_briefings())
    assert main(["ingest", "--db", str(tmp_path / "loaded.db"), "--extractions", str(lines)]) == 0
    assert capsys.readouterr().out.startswith(f"{len(sample_briefings())} new, 0 unchanged")
    assert main(["ingest", "--db", str(tmp_path / "plain.db"), folder]) == 0
    loaded = exported(tmp_path / "loaded.db", capsys)
    assert loaded == exported(tmp_path / "plain.db", capsys)
    main(["ingest", "--db", str(tmp_path / "loaded.db"), "--extractions", str(lines)])
    assert capsys.readouterr().out.startswith(f"0 new, {len(sample_briefings())} unchanged")


def test_a_bad_line_is_refused_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = tmp_path / "extractions.jsonl"
    assert main(["extract", str(sample_briefings()[0]), "-o", str(lines)]) == 0
    good = lines.read_text(encoding="utf-8").strip()
    record = json.loads(good)
    record["extraction"]["statements"][0]["span"] = {"start": 0, "end": 10**9}
    shouted = good.replace('"kind": "direct"', '"kind": "shouted"', 1)
    half_pair = good.replace('"text": "', '"text": "\\ud800', 1)
    lines.write_text(
        "\n".join(["not json", json.dumps(record), shouted, half_pair, good]) + "\n",
        encoding="utf-8",
    )
    code = main(["ingest", "--db", str(tmp_path / "x.db"), "--extractions", str(lines)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out.startswith("1 new, 0 unchanged, 4 failed")
    assert captured.err.splitlines() == [
        f"briefing: {lines}: line 1: not a briefing extraction (Expecting value: line 1 "
        "column 1 (char 0))",
        f"briefing: {lines}: line 2: not a briefing extraction (a statement's span lies "
        "outside the text)",
        f"briefing: {lines}: line 3: not a briefing extraction ('shouted' is not one of "
        "('direct', 'indirect'))",
        f"briefing: {lines}: line 4: not a briefing extraction (a string holds a lone "
        "surrogate (\\ud800))",
    ]
