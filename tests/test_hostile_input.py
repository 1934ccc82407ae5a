"""Hostile and careless input at the command line: one line, an exit code, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import Store


def briefing_file(folder: Path, name: str, published: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return path


def test_dates_at_the_ends_of_the_calendar_fail_one_file_not_the_batch(
    tmp_path: Path, capsys
) -> None:
    briefing_file(tmp_path, "a.md", "0001-01-01", "The mayor said yesterday the bridge was shut.")
    briefing_file(tmp_path, "b.md", "9999-12-31", "The mayor said on January 2 it was shut.")
    briefing_file(tmp_path, "c.md", "2023-12-01", "The mayor said on Tuesday it was shut.")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path), "--db", str(db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"briefing: {tmp_path / 'a.md'}: published date 0001-01-01 is out of range "
        "(1800-01-01 to 2199-12-31)",
        f"briefing: {tmp_path / 'b.md'}: published date 9999-12-31 is out of range "
        "(1800-01-01 to 2199-12-31)",
    ]
    with Store(db) as store:
        assert store.counts()["documents"] == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_month_or_weekday_with_a_long_s_is_read_as_the_word(
    tmp_path: Path, capsys, jobs: str
) -> None:
    """Under ``re.I`` "ſ" matches "s": "on Tueſday" beside an "on Tuesday" stopped the ingest
    with a KeyError traceback, and the files after it were not stored."""
    briefing_file(
        tmp_path, "a.md", "2023-12-01", "Officials said on Tue\u017fday and on Tuesday it was shut."
    )
    briefing_file(tmp_path, "b.md", "2023-12-01", "The mayor said on \u017feptember 3 it shut.")
    briefing_file(tmp_path, "c.md", "2023-12-01", "The mayor said on Friday it was shut.")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path), "--db", str(db), "--jobs", jobs]) == 0
    assert capsys.readouterr().err == ""
    with Store(db) as store:
        assert store.counts()["documents"] == 3


def _failing_on(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    """The extractor's pipeline failing, as a fault of its own would, on texts with ``word``."""
    from briefing.extract import pipeline

    real = pipeline.extract

    def failing(document):  # type: ignore[no-untyped-def]
        if word in document.text:
            raise KeyError("tue\u017fday")
        return real(document)

    monkeypatch.setattr(pipeline, "extract", failing)


def test_a_document_the_extractor_fails_on_is_one_line_and_the_batch_goes_on(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_on(monkeypatch, "Kherson")
    briefing_file(tmp_path, "a.md", "2023-12-01", "The mayor of Kherson said the port was shut.")
    briefing_file(tmp_path, "b.md", "2023-12-01", "The mayor said on Tuesday it was shut.")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path), "--db", str(db), "--jobs", "1"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"briefing: {tmp_path / 'a.md'}: the extractor failed on it (KeyError: 'tue\u017fday')"
    ]
    with Store(db) as store:
        assert store.counts()["documents"] == 1


def test_a_file_the_extractor_fails_on_in_a_worker_is_one_error_and_no_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.read.overrides import Overrides
    from briefing.workers import prepare

    _failing_on(monkeypatch, "Kherson")
    path = briefing_file(tmp_path, "a.md", "2023-12-01", "The mayor of Kherson said so.")
    prepared = prepare(str(path), Overrides(), extract_now=True)
    assert prepared.outcome.documents == ()
    assert prepared.outcome.error == "the extractor failed on it (KeyError: 'tue\u017fday')"


def test_reextract_keeps_a_document_the_extractor_fails_on_and_goes_on(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    briefing_file(tmp_path, "a.md", "2023-12-01", "The mayor of Kherson said the port was shut.")
    briefing_file(tmp_path, "b.md", "2023-12-01", "The mayor said on Tuesday it was shut.")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path), "--db", str(db), "--jobs", "1"]) == 0
    with Store(db) as store:
        before = store.counts()
    _failing_on(monkeypatch, "Kherson")
    capsys.readouterr()
    assert main(["reextract", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"briefing: warning: {tmp_path / 'a.md'}: kept as it was: "
        "the extractor failed on it (KeyError: 'tue\u017fday')"
    ]
    assert out.startswith("1 document re-read")
    with Store(db) as store:
        assert store.counts() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "avd", "--limit", "99999999999999999999"],
        ["search", "avd", "--limit", "0"],
        ["claim", "status", "9223372036854775808", "disputed"],
        ["claim", "link", "1", "-3"],
    ],
)
def test_numbers_out_of_range_are_usage_errors(argv: list[str], tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--db", str(tmp_path / "s.db")])
    assert exit_.value.code == 2
    assert "must be from" in capsys.readouterr().err


def test_a_speaker_number_too_large_for_sqlite_is_a_name_not_found(
    sample_store_path: Path, capsys
) -> None:
    code = main(["grade", "speaker", "9223372036854775808", "A", "--db", str(sample_store_path)])
    assert code == 1
    assert capsys.readouterr().err.startswith("briefing: no speaker called '9223372036854775808'")


@pytest.mark.parametrize("argv", [["stats"], ["export"], ["search", "avdiivka"]])
def test_a_full_stdout_is_one_line_and_exit_1(argv: list[str], sample_store_path: Path) -> None:
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "briefing", *argv, "--db", str(sample_store_path)],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == "briefing: cannot write output: No space left on device\n"


def test_a_closed_pipe_ends_quietly(sample_store_path: Path) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "briefing", "export", "--db", str(sample_store_path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        err = process.stderr.read()
        code = process.wait(timeout=60)
    assert (code, err) == (0, b"")


def damaged_exports(sample_store_path: Path) -> dict[str, str]:
    import io
    import json

    from briefing.export import WRITERS, Selection

    with Store(sample_store_path) as store:
        out = io.StringIO()
        WRITERS["json"](store, out, Selection())
    good = json.loads(out.getvalue())

    def changed(change) -> str:
        export = json.loads(json.dumps(good))
        change(export)
        return json.dumps(export)

    return {
        "huge credibility": changed(lambda e: e["claims"][-1].update(credibility=10**30)),
        "word credibility": changed(lambda e: e["claims"][-1].update(credibility="high")),
        "bad reliability": changed(lambda e: e["outlets"][-1].update(reliability="Q")),
        "bogus status": changed(lambda e: e["claims"][-1].update(status="bogus")),
        "lone surrogate": changed(lambda e: e["documents"][0].update(title="Levy \ud800")),
        "deep nesting": '{"schema": "briefing/1", "documents": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
    }


@pytest.mark.parametrize(
    "case",
    [
        "huge credibility",
        "word credibility",
        "bad reliability",
        "bogus status",
        "lone surrogate",
        "deep nesting",
    ],
)
def test_a_damaged_export_is_refused_whole_with_one_line(
    case: str, sample_store_path: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "damaged.json"
    path.write_text(damaged_exports(sample_store_path)[case])
    db = tmp_path / "s.db"
    assert main(["ingest", str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"briefing: {path}: ") and "\n" not in err and "Traceback" not in err
    assert any(why in err for why in ("malformed briefing export", "nested too deeply",
                                      "a string holds a lone surrogate (\\ud800)"))  # fmt: skip
    with Store(db) as store:
        assert store.counts()["documents"] == 0  # nothing half-imported
