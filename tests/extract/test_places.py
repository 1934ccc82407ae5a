"""Places: the gazetteer, the article's country, and places the text introduces."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from briefing.extract.gazetteer import gazetteer
from briefing.extract.places import PlaceFinder, _introductions, _naming_another
from briefing.model import Span


def names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country) for m in PlaceFinder(text).within(0, len(text))]


def test_odesa_in_a_ukrainian_story_is_the_ukrainian_city() -> None:
    text = "Ukrainian officials said a drone hit a warehouse in Odessa."
    assert ("Odesa", "Ukraine") in names(text)


def test_odessa_in_texas_is_the_texan_city() -> None:
    text = "In Texas, the city of Odessa was spared by the storm."
    assert ("Odessa", "United States") in names(text)


def test_spelling_variants_resolve_to_one_place() -> None:
    for spelling in ("Avdiivka", "Avdeevka", "Avdiyivka"):
        assert names(f"Ukrainian troops held {spelling}, officials said.")[0][0] == "Avdiivka"


def test_the_town_of_x_introduces_a_place_the_gazetteer_lacks() -> None:
    text = "Russian troops entered the village of Zoryane in eastern Ukraine."
    assert ("Zoryane", "Ukraine") in names(text)


def test_another_countrys_name_for_a_feature_becomes_its_alias() -> None:
    text = (
        "Philippine boats reached Second Thomas Shoal on Monday.\n"
        "Beijing said the boats entered waters near Xianbin Jiao, China's name for the shoal."
    )
    shoal = [m for m in PlaceFinder(text).mentions if m.name == "Second Thomas Shoal"]
    assert len(shoal) == 2
    assert "Xianbin Jiao" in shoal[-1].aliases


def test_a_speakers_name_is_not_a_place() -> None:
    text = "Zhdanov said the town would fall."
    assert [m.name for m in PlaceFinder(text).mentions] == ["Mariupol"]  # its old name
    assert PlaceFinder(text, [Span(0, 7)]).mentions == []


def test_a_common_noun_after_the_is_not_a_place_name() -> None:
    text = '"The crossing will stay closed," Oleksandr Prokudin wrote from Kherson.'
    assert names(text) == [("Kherson", "Ukraine")]


def test_the_first_words_of_every_longer_name_and_only_those_open_one() -> None:
    """The place finder stops reading on at a run of words that opens no longer name."""
    places = gazetteer()
    keys = sorted(places.index)
    for key in keys:
        words = key.split(" ")
        assert all(" ".join(words[:count]) in places.openings for count in range(1, len(words)))
    for opening in places.openings:  # some longer key goes on from it, found by bisection
        after = keys[bisect.bisect_left(keys, opening + " ")]
        assert after.startswith(opening + " ")
    assert places.opens_longer("NEW") and places.opens_longer("New  South")
    assert not places.opens_longer("Avdiivka")


_PIECES = [" ", "  ", "\n", "of", "for", "Kyiv", "x", "town", "downtown", "region", "name", "term"]
_MORE_PIECES = [*_PIECES, "the ", "K", "É", "_", "report", "port", "-", "Town", "Ka Ba", ","]
_INTRODUCED_ANYWHERE = re.compile(  # the pattern as it was searched over the whole text
    r"(?=[tvcsphdr])\b(?:the\s+)?"
    r"(?P<feature>town|village|city|settlement|port|hamlet|district|region)\s+of\s+"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
)


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_cheap_test_before_the_naming_pattern_is_the_patterns_hint(
    pieces: list[str],
) -> None:
    """ "Ayungin, the Philippine name for the shoal": the whole article is read for it only
    when what it needs is there."""
    text = "".join(pieces)
    assert _naming_another(text) == bool(re.search(r"(?:name|term)\s+for\s", text))


@given(st.lists(st.sampled_from(_MORE_PIECES), max_size=16))
def test_the_town_of_x_is_found_where_the_whole_text_search_found_it(pieces: list[str]) -> None:
    """ "the town of Maryinka": read where "of" and a capital follow a feature word, the same
    names and features at the same places as the pattern searched over the whole text."""
    text = "".join(pieces)

    def found(matches: Iterator[re.Match[str]]) -> list[tuple[str, int, str, int]]:
        return [(m["name"], m.start("name"), m["feature"], m.start("feature")) for m in matches]

    assert found(_introductions(text)) == found(_INTRODUCED_ANYWHERE.finditer(text))
