"""Search finds the right town or person first, however it is spelled, and nothing for noise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.ingest import ingest_paths, ingest_samples
from briefing.search import SearchIndex, prefix_query
from briefing.store import Store

NAMES = Path(__file__).with_name("names.md")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    path = tmp_path_factory.mktemp("search") / "search.db"
    with Store(path) as store:
        ingest_samples(store)
        assert ingest_paths(store, [str(NAMES)]).failed == 0
        yield SearchIndex(store)


def test_two_spellings_of_one_name_are_one_speaker(index: SearchIndex) -> None:
    first = next(h for h in index.search("Zelenskyy") if h.kind == "speaker")
    second = next(h for h in index.search("Zelensky") if h.kind == "speaker")
    assert first.target_id == second.target_id


@pytest.mark.parametrize(
    ("query", "kind", "label"),
    [
        ("Avdiivka", "place", "Avdiivka"),
        ("avdeevka", "place", "Avdiivka"),
        ("Avdiyivka", "place", "Avdiivka"),
        ("Maryinka", "place", "Maryinka"),
        ("marinka", "place", "Maryinka"),
        ("Mariinka", "place", "Maryinka"),
        ("Zelenskyy", "speaker", "Volodymyr Zelensky"),  # one speaker, first spelling kept
        ("Zelensky", "speaker", "Volodymyr Zelensky"),
        ("Zaluzhny", "speaker", "Valerii Zaluzhnyi"),
        ("zaluzhnyi", "speaker", "Valerii Zaluzhnyi"),
        ("Gerasimov", "speaker", "Valery Gerasimov"),
        ("gerasymov", "speaker", "Valery Gerasimov"),
        ("kiev", "place", "Kyiv"),
        ("Kyiv", "place", "Kyiv"),
        ("odessa", "place", "Odesa"),
        ("Odesa", "place", "Odesa"),
        ("kharkov", "place", "Kharkiv"),
        ("Kharkiv", "place", "Kharkiv"),
        ("khan yunis", "place", "Khan Younis"),
        ("Khan Younis", "place", "Khan Younis"),
        ("Artemivsk", "place", "Bakhmut"),
        ("lavrow", "speaker", "Sergey Lavrov"),
        ("avd", "place", "Avdiivka"),
        ("stolt", "speaker", "Jens Stoltenberg"),
        ("stoltenburg", "speaker", "Jens Stoltenberg"),
        ("reuters", "outlet", "Reuters"),
    ],
)
def test_every_spelling_finds_its_target_first(
    index: SearchIndex, query: str, kind: str, label: str
) -> None:
    hits = index.search(query)
    assert hits, f"nothing for {query!r}"
    assert (hits[0].kind, hits[0].label) == (kind, label)


@pytest.mark.parametrize("query", ["xqzv", "banana", "qwertyuiop", "zz"])
def test_nonsense_finds_nothing(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_every_prefix_of_a_name_keeps_it_on_top_once_it_is_three_letters(
    index: SearchIndex,
) -> None:
    for end in range(3, len("stoltenberg") + 1):
        hits = index.search("stoltenberg"[:end])
        assert hits[0].label == "Jens Stoltenberg", "stoltenberg"[:end]


def test_results_carry_a_highlight_inside_the_label(index: SearchIndex) -> None:
    hit = index.search("odessa")[0]
    assert hit.highlight is not None
    start, end = hit.highlight
    assert hit.label[start:end].lower().startswith("odes")


def test_statement_text_is_found_by_word_prefixes(index: SearchIndex) -> None:
    hits = index.search("corrid", kinds=("statement",))
    assert hits and all(h.kind == "statement" for h in hits)
    assert all("corrid" in h.label.lower() for h in hits)


def test_kinds_restrict_the_results(index: SearchIndex) -> None:
    assert {h.kind for h in index.search("kharkiv", kinds=("place",))} == {"place"}


def test_the_same_query_gives_the_same_answer(index: SearchIndex) -> None:
    first = index.search("ukraine", limit=30)
    assert first == index.search("ukraine", limit=30)


def test_new_ingests_are_searchable_without_rebuilding(tmp_path: Path) -> None:
    with Store(tmp_path / "grow.db") as store:
        index = SearchIndex(store)
        assert index.search("Gerasimov") == []
        ingest_paths(store, [str(NAMES)])
        assert index.search("Gerasimov")[0].label == "Valery Gerasimov"


def test_prefix_query_quotes_every_word() -> None:
    assert prefix_query('avd "ukr') == '"avd"* "ukr"*'
    assert prefix_query("---") == ""


def test_a_place_brings_its_statements_whatever_spelling_they_use(index: SearchIndex) -> None:
    hits = index.search("maryinka")
    assert hits[0].kind == "place" and hits[0].label == "Maryinka"
    texts = [h.label for h in hits if h.kind == "statement"]
    assert any("Mariinka" in text for text in texts)
    assert any("Marinka" in text for text in texts)
    assert all(
        h.detail.startswith("about Maryinka") for h in hits if h.kind == "statement"
    )  # none of them says "Maryinka" itself: each came through the place
    assert len({h.target_id for h in hits if h.kind == "statement"}) == len(texts)


def test_before_typing_the_most_quoted_of_the_last_week_are_offered(index: SearchIndex) -> None:
    period, offered = index.most_mentioned(days=7, limit=3)
    assert period == "Dec 7–13"  # the store's own last week, not today's
    speakers = [h for h in offered if h.kind == "speaker"]
    places = [h for h in offered if h.kind == "place"]
    assert 0 < len(speakers) <= 3 and 0 < len(places) <= 3
    counts = [h.score for h in speakers]
    assert counts == sorted(counts, reverse=True)
    assert all(h.detail.endswith(("statement", "statements")) for h in offered)
    assert "Maryinka" in {h.label for h in places}
