"""The built wheel carries its data and styles and works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (found,) = out.glob("briefing-*.whl")
    return found


def test_wheel_ships_data_and_styles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefing/data/places.json" in names
    assert "briefing/data/outlets.json" in names
    assert any(name.startswith("briefing/data/briefings/") for name in names)
    assert any(name.startswith("briefing/styles/") and name.endswith(".tcss") for name in names)


def test_installed_wheel_runs_version_and_ingests_a_sample(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check",
         str(wheel)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    # Dependencies come from the test environment; briefing itself only from the wheel.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(purelib, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    briefing = venv / "bin" / "briefing"
    env = {**os.environ, "BRIEFING_DB": str(tmp_path / "wheel.db")}

    version = subprocess.run([str(briefing), "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0
    assert version.stdout.startswith("briefing ")

    where = subprocess.run(
        [str(python), "-c", "import briefing.resources as r; print(r.sample_briefings()[0])"],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    sample = Path(where.stdout.strip())
    assert sample.is_relative_to(Path(purelib)), sample

    ingest = subprocess.run(
        [str(briefing), "ingest", str(sample)], capture_output=True, text=True, env=env
    )
    assert ingest.returncode == 0, ingest.stderr
    assert ingest.stdout.startswith("1 new, 0 unchanged, 0 failed")
