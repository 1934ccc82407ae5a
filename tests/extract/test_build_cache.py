"""The gazetteer and the first-name list kept between runs: read back when their sources are
the same, built again when they change or the file is damaged, and never a failure when the
cache cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import CACHE_ENV
from briefing.extract import build_cache
from briefing.extract.first_names import first_name_gender
from briefing.extract.gazetteer import Gazetteer, gazetteer

PLAIN = ([("Kyiv", "Ukraine", "town", 2_900_000)], {"kyiv": (0,)}, {"UA": "Ukraine"}, 1, {})


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


class Builds:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> tuple:
        self.count += 1
        return PLAIN


def test_built_once_then_read_back(cache: Path) -> None:
    build = Builds()
    assert build_cache.kept("gazetteer", [b"v1"], build) == PLAIN
    assert build_cache.kept("gazetteer", [b"v1"], build) == PLAIN
    assert build.count == 1 and len(list(cache.glob("gazetteer-*.marshal"))) == 1


def test_new_sources_build_again_and_the_old_file_goes(cache: Path) -> None:
    build = Builds()
    build_cache.kept("gazetteer", [b"v1"], build)
    (old,) = cache.glob("gazetteer-*.marshal")
    build_cache.kept("gazetteer", [b"v2"], build)
    assert build.count == 2
    assert not old.exists() and len(list(cache.glob("gazetteer-*.marshal"))) == 1


def test_a_damaged_file_is_built_again_and_replaced(cache: Path) -> None:
    build = Builds()
    build_cache.kept("gazetteer", [b"v1"], build)
    (path,) = cache.glob("gazetteer-*.marshal")
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    assert build_cache.kept("gazetteer", [b"v1"], build) == PLAIN and build.count == 2
    assert build_cache.kept("gazetteer", [b"v1"], build) == PLAIN and build.count == 2


def test_a_folder_that_cannot_be_written_means_building_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked / "cache"))
    build = Builds()
    assert build_cache.kept("gazetteer", [b"v1"], build) == PLAIN
    assert build_cache.kept("gazetteer", [b"v1"], build) == PLAIN
    assert build.count == 2 and blocked.read_text(encoding="utf-8") == "not a folder"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gazetteer-")]


def test_the_kept_form_is_the_same_index() -> None:
    built = gazetteer()
    again = Gazetteer.from_plain(built.as_plain())
    assert again == built
    for name in ("Kyiv", "Avdiivka", "Marinka", "Second Thomas Shoal", "Kherson"):
        assert again.lookup(name) == built.lookup(name) and built.lookup(name)


def test_each_kind_keeps_its_own_file_and_replaces_only_its_own(cache: Path) -> None:
    build = Builds()
    build_cache.kept("gazetteer", [b"v1"], build)
    build_cache.kept("first-names", [b"v1"], build)
    build_cache.kept("first-names", [b"v2"], build)
    assert build.count == 3
    assert len(list(cache.glob("gazetteer-*.marshal"))) == 1
    assert len(list(cache.glob("first-names-*.marshal"))) == 1
    assert build_cache.kept("gazetteer", [b"v1"], build) == PLAIN and build.count == 3


def test_the_kept_first_names_answer_as_gender_guesser_does() -> None:
    """Every name of gender-guesser's list, and a few it lacks, as its detector answers."""
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)

    def answered(word: str) -> str | None:
        answer = detector.get_gender(word)
        if answer in ("male", "female"):
            return answer
        return "either" if answer in ("mostly_male", "mostly_female", "andy") else None

    words = [name.capitalize() for name in detector.names if name.isalpha()]
    assert len(words) > 40_000
    words += ["Reince", "Kpler", "Zz", "Łukasz", "Über"]
    found = {word: first_name_gender.__wrapped__(word) for word in words}
    assert found == {word: answered(word) for word in words}
    assert found["Anna"] == "female" and found["Reince"] is None
