"""``briefing archive DIR --scheduler local``: extraction on a Dask local cluster of two
worker processes gives the store a plain ingest gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.resources import sample_briefings
from tests.exports import exported


def test_a_dask_local_cluster_stores_what_a_plain_ingest_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(sample_briefings()[0].parent)
    on_dask = tmp_path / "dask.db"
    code = main(["archive", folder, "--db", str(on_dask), "--scheduler", "local", "--workers", "2"])
    assert code == 0
    assert capsys.readouterr().out.startswith(f"{len(sample_briefings())} new, 0 unchanged")
    assert main(["ingest", "--db", str(tmp_path / "plain.db"), folder, "--jobs", "1"]) == 0
    assert exported(on_dask, capsys) == exported(tmp_path / "plain.db", capsys)


def test_archive_wants_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["archive", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db")])
    assert code == 2
    assert capsys.readouterr().err == f"briefing: {tmp_path / 'nowhere'}: not a folder\n"
