"""The synthetic corpus the scale benchmarks build stays in step with the store's schema."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from make_corpus import build

from briefing.search import SearchIndex
from briefing.store import Store


def test_a_small_synthetic_store_opens_and_searches(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    build(2_000, path)
    with Store(path) as store:
        assert store.counts()["statements"] == 2_000
        index = SearchIndex(store)
        assert index.search("avdiivka", limit=5)
