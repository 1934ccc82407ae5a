"""Shared fixtures: a store built in tmp_path from the sample briefings, isolated user dirs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.config import CACHE_ENV
from briefing.ingest import ingest_samples
from briefing.store import Store
from tests.seed import HAS_SEED, SEED_FOLDER


@pytest.fixture(scope="session", autouse=True)
def shared_gazetteer_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The gazetteer kept once for the whole run (every worker, every CLI subprocess), and
    never in the real user's cache."""
    folder = tmp_path_factory.getbasetemp().parent / "briefing-cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(folder))
        yield


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user's store or config."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("BRIEFING_DB", raising=False)
    monkeypatch.delenv("BRIEFING_CONFIG", raising=False)


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "samples.db"
    with Store(path) as store:
        summary = ingest_samples(store)
    assert summary.failed == 0
    return path


@pytest.fixture
def sample_store(sample_store_path: Path) -> Iterator[Store]:
    with Store(sample_store_path) as store:
        yield store


@pytest.fixture
def sample_store_copy(sample_store_path: Path, tmp_path: Path) -> Path:
    """A copy of the sample store that one test may change."""
    path = tmp_path / "samples-copy.db"
    shutil.copyfile(sample_store_path, path)
    return path


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "empty.db") as store:
        yield store


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """Say plainly whether the seed article's tests ran (they need ``../shared/seeds``)."""
    if HAS_SEED:
        terminalreporter.write_line(f"seed article: {SEED_FOLDER} found; its tests ran")
    else:
        terminalreporter.write_line(
            f"seed article: {SEED_FOLDER} not found; test_seed_article.py was NOT run "
            "(the gold set's own articles cover the same constructions)"
        )
