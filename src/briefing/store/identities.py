"""Finding or creating the one row that stands for a speaker, outlet or place.

A person named ``Jens Stoltenberg`` in one article and ``Mr. Stoltenberg`` in
another is one speaker: names match on their folded key, or on an alias
(every person is also known by their surname) when that alias points to one
person only. Beyond that, in this order: a body's usual name from
``data/organisations.json`` and its name without an inner possessive; a name several
speakers share, told apart by the role the article gives; the same name in another
romanisation (``Zelensky``/``Zelenskyy``); a full name for a speaker first known by
surname; a body's initials (``IAEA``); the same first name with a surname one letter
apart or a middle name added. Each of these records why (``speaker_aliases.reason``,
shown by ``briefing speakers explain``); an analyst's merge or separation wins, since
a separated name is a speaker of its own, found by its own name first. Places match on
their gazetteer id, else on name and country.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from briefing import organisations
from briefing.extract.first_names import genders_fit, name_gender
from briefing.folding import fold_translit, name_key, surname_key
from briefing.model import PlaceMention, SpeakerMention


def speaker_id(conn: sqlite3.Connection, mention: SpeakerMention) -> int | None:
    """The speaker row for a named mention; None for anonymous or unattributed sources."""
    if not mention.is_named:
        return None
    written, reason = mention.name, None
    if mention.kind == "organisation" and (usual := organisations.usual_name(mention.name)):
        if name_key(usual) != name_key(written):
            reason = f"another name of {usual} (data/organisations.json)"
        mention = replace(mention, name=usual, aliases=(*mention.aliases, mention.name))
    if mention.kind == "organisation" and _INNER_POSSESSIVE.search(mention.name):
        plain = _INNER_POSSESSIVE.sub(r"\1", mention.name)  # "Port's Administration"
        reason = reason or f"{mention.name} without the possessive"
        mention = replace(mention, name=plain, aliases=(*mention.aliases, mention.name))
    key = name_key(mention.name)
    if not key:
        return None
    found, why = _find_speaker(conn, mention.kind, key, mention.gender)
    if found is None:
        found, why = _by_role(conn, mention, key)
    if found is None and mention.kind == "organisation":
        found, why = _by_initials(conn, mention.name)
    if found is None and mention.kind == "person":
        found, why = _same_person_spelt_apart(conn, key)
    reason = reason or why
    if found is None:
        found = conn.execute(
            "INSERT INTO speakers (name, key, kind, role, affiliation) VALUES (?, ?, ?, ?, ?)",
            (mention.name, key, mention.kind, mention.role, mention.affiliation),
        ).lastrowid
    else:
        _upgrade_speaker(conn, found, mention, key)
    names = {mention.name, *mention.aliases}
    if mention.kind == "person" and " " in key:
        names.add(mention.name.split()[-1])
    aliases = sorted(names)  # one order in every process: a set's follows the hash seed
    for alias in aliases:
        _add_alias(conn, "speaker_aliases", "speaker_id", found, alias)
    if reason:
        conn.execute(
            "UPDATE speaker_aliases SET reason = COALESCE(reason, ?) "
            "WHERE speaker_id = ? AND key = ?",
            (reason, found, name_key(written)),
        )
    for form in aliases:
        index_name(conn, "speaker", found, form, "name" if form == mention.name else "alias")
    if mention.kind == "organisation" and (letters := organisations.initials(mention.name)):
        index_name(conn, "speaker", found, letters, "initials")
    index_name(conn, "speaker", found, mention.role, "role")
    return found


_INNER_POSSESSIVE = re.compile(r"(\w)['’]s\b(?=\s+\w)")
"""A possessive inside a body's name: "the Port's Administration" is the Port Administration."""


def _find_speaker(
    conn: sqlite3.Connection, kind: str, key: str, gender: str | None = None
) -> tuple[int | None, str | None]:
    """The speaker this name stands for, and why when it is not spelt like its name. A
    surname known to be a man's or a woman's ("Mr. Obama") takes only a speaker whose first
    name fits."""
    named = None
    if gender is not None and " " not in key:
        # "Ms. Ferrer": the one Ferrer whose first name is a woman's, before a bare "Ferrer"
        named = _known_as(conn, kind, key)
        sure = {speaker for speaker, name in named if name_gender(name) == gender}
        if len(sure) == 1:
            return sure.pop(), None
    row = conn.execute("SELECT id FROM speakers WHERE kind = ? AND key = ?", (kind, key)).fetchone()
    if row:
        return int(row[0]), None
    named = _known_as(conn, kind, key) if named is None else named
    candidates = [speaker for speaker, name in named if genders_fit(gender, name)]
    if len(candidates) == 1:
        return int(candidates[0]), None  # a name it was known by before, with its reason
    spelled = _same_spelling(conn, kind, key)
    if spelled is not None:
        return spelled, "the same name in another romanisation"
    if kind == "person" and " " in key:
        # A full name whose surname is already a one-word speaker ("Hersh").
        surname = surname_key(key)
        row = conn.execute(
            "SELECT id FROM speakers WHERE kind = 'person' AND key = ?", (surname,)
        ).fetchone()
        if row:
            return int(row[0]), "the full name of a speaker first named by surname alone"
    return None, None


def _known_as(conn: sqlite3.Connection, kind: str, key: str) -> list[tuple[int, str]]:
    """(id, name) of the speakers of this kind known by this name (at most eight)."""
    return conn.execute(
        "SELECT DISTINCT a.speaker_id, s.name FROM speaker_aliases a "
        "JOIN speakers s ON s.id = a.speaker_id WHERE a.key = ? AND s.kind = ? LIMIT 8",
        (key, kind),
    ).fetchall()


def _same_spelling(conn: sqlite3.Connection, kind: str, key: str) -> int | None:
    """The one speaker whose full name is this one spelt another way (``Zelensky`` /
    ``Zelenskyy`` / ``Zelenskiy``): the same transliteration-folded key as a name, never
    for a one-word name, and only when exactly one speaker has it (after an analyst's
    split there are two, and nothing is joined again)."""
    if " " not in key:
        return None
    rows = conn.execute(
        "SELECT DISTINCT n.target_id FROM search_names n JOIN speakers s ON s.id = n.target_id "
        "WHERE n.kind = 'speaker' AND n.key = ? AND n.field = 'name' AND s.kind = ? LIMIT 2",
        (fold_translit(key), kind),
    ).fetchall()
    return int(rows[0][0]) if len(rows) == 1 else None


def _by_role(
    conn: sqlite3.Connection, mention: SpeakerMention, key: str
) -> tuple[int | None, str | None]:
    """A name several speakers are known by ("Lindqvist"), told apart by the role the
    article gives ("the UN humanitarian chief"): the one speaker whose role shares it."""
    words = _role_words(mention.role, mention.affiliation)
    if not words:
        return None, None
    fitting = []
    for speaker, role, affiliation in conn.execute(
        "SELECT DISTINCT s.id, s.role, s.affiliation FROM speaker_aliases a "
        "JOIN speakers s ON s.id = a.speaker_id WHERE a.key = ? AND s.kind = ? "
        "AND s.merged_into IS NULL",
        (key, mention.kind),
    ):
        shared = words & _role_words(role, affiliation)
        if shared:
            fitting.append((len(shared), int(speaker)))
    fitting.sort(reverse=True)
    if not fitting or (len(fitting) > 1 and fitting[0][0] == fitting[1][0]):
        return None, None
    return fitting[0][1], f"a name several speakers share; the role ({mention.role}) fits this one"


_ROLE_NOISE = frozenset("the a an of for and in at to s".split())


def _role_words(*parts: str | None) -> set[str]:
    return {
        word
        for part in parts
        if part
        for word in name_key(part).split()
        if word not in _ROLE_NOISE and len(word) > 1
    }


def _by_initials(conn: sqlite3.Connection, name: str) -> tuple[int | None, str | None]:
    """``IAEA`` and ``International Atomic Energy Agency``: one body, whichever came first."""
    if organisations.is_acronym(name):
        rows = conn.execute(
            "SELECT DISTINCT n.target_id FROM search_names n JOIN speakers s ON s.id = n.target_id "
            "WHERE n.kind = 'speaker' AND n.field = 'initials' AND n.key = ? "
            "AND s.kind = 'organisation' LIMIT 2",
            (fold_translit(name.replace(".", "")),),
        ).fetchall()
        if len(rows) != 1:
            return None, None
        return int(rows[0][0]), "the initials of the body's full name"
    letters = organisations.initials(name)
    if letters is None:
        return None, None
    row = conn.execute(
        "SELECT id FROM speakers WHERE kind = 'organisation' AND key = ?", (letters,)
    ).fetchone()
    if row is None:
        return None, None
    return int(row[0]), "the full name of a body first named by its initials"


def _same_person_spelt_apart(conn: sqlite3.Connection, key: str) -> tuple[int | None, str | None]:
    """The one person with the same first name and a surname one letter apart in its
    romanisation (``Yahya Saree`` / ``Yahya Sarea``), or the same first name and surname
    around a middle name (``Rafael Grossi`` / ``Rafael Mariano Grossi``). Two people who
    share only a surname (``Maria`` and ``Marta Lindqvist``) stay two."""
    words = key.split()
    if len(words) < 2:
        return None, None
    first, last = words[0], words[-1]
    candidates: dict[int, str] = {}
    for speaker, other in conn.execute(
        "SELECT id, key FROM speakers WHERE kind = 'person' AND merged_into IS NULL "
        "AND key LIKE ? ESCAPE '\\'",
        (first.replace("%", "\\%").replace("_", "\\_") + " %",),
    ):
        other_words = other.split()
        if other_words[0] != first:
            continue
        other_last = other_words[-1]
        if other_last == last and (len(other_words) > 2 or len(words) > 2):
            candidates[int(speaker)] = "the same first name and surname, with a middle name"
        elif len(last) >= 5 and (
            Levenshtein.distance(fold_translit(last), fold_translit(other_last)) <= 1
        ):
            candidates[int(speaker)] = "the same first name, the surname one letter apart"
    return candidates.popitem() if len(candidates) == 1 else (None, None)


def _upgrade_speaker(
    conn: sqlite3.Connection, found: int, mention: SpeakerMention, key: str
) -> None:
    """Keep the fullest name and fill a missing role or affiliation."""
    (old_key,) = conn.execute("SELECT key FROM speakers WHERE id = ?", (found,)).fetchone()
    if len(key.split()) > len(old_key.split()):
        exists = conn.execute(
            "SELECT 1 FROM speakers WHERE kind = ? AND key = ? AND id != ?",
            (mention.kind, key, found),
        ).fetchone()
        if not exists:
            conn.execute(
                "UPDATE speakers SET name = ?, key = ? WHERE id = ?", (mention.name, key, found)
            )
    conn.execute(
        "UPDATE speakers SET role = COALESCE(role, ?), affiliation = COALESCE(affiliation, ?) "
        "WHERE id = ?",
        (mention.role, mention.affiliation, found),
    )


def outlet_id(conn: sqlite3.Connection, name: str | None) -> int | None:
    if not name:
        return None
    key = name_key(name)
    row = conn.execute("SELECT id FROM outlets WHERE key = ?", (key,)).fetchone()
    if row:
        return int(row[0])
    found = conn.execute("INSERT INTO outlets (name, key) VALUES (?, ?)", (name, key)).lastrowid
    assert found is not None
    index_name(conn, "outlet", found, name)
    return found


def place_id(conn: sqlite3.Connection, place: PlaceMention) -> int:
    found = None
    if place.geonameid is not None:
        row = conn.execute(
            "SELECT id FROM places WHERE geonameid = ?", (place.geonameid,)
        ).fetchone()
        found = row[0] if row else None
    key = name_key(place.name)
    if found is None:
        row = conn.execute(
            "SELECT id FROM places WHERE key = ? AND country IS ? AND geonameid IS ?",
            (key, place.country, place.geonameid),
        ).fetchone()
        found = row[0] if row else None
    if found is None:
        found = conn.execute(
            "INSERT INTO places (name, key, country, feature, geonameid, population, latitude, "
            "longitude, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                place.name,
                key,
                place.country,
                place.feature,
                place.geonameid,
                place.population,
                place.latitude,
                place.longitude,
                place.region,
            ),
        ).lastrowid
    aliases = {place.name, *place.aliases}
    (known,) = conn.execute(
        "SELECT count(*) FROM place_aliases WHERE place_id = ?", (found,)
    ).fetchone()
    if known < len({name_key(alias) for alias in aliases} - {""}):
        # a place seen before has its names indexed already, one row a key (counting its
        # names instead, two of one key, "Kyiv" and "KYIV", indexed it again every time)
        for alias in sorted(aliases):  # the first of two spellings of one key is kept
            _add_alias(conn, "place_aliases", "place_id", found, alias)
            index_name(conn, "place", found, alias, "name" if alias == place.name else "alias")
    return int(found)


def index_name(
    conn: sqlite3.Connection, kind: str, target_id: int, form: str | None, field: str = "name"
) -> None:
    """Make a name, alias or role findable by search under its transliteration-folded key."""
    key = fold_translit(form) if form else ""
    if key:
        conn.execute(
            "INSERT OR IGNORE INTO search_names (kind, target_id, form, key, field) "
            "VALUES (?, ?, ?, ?, ?)",
            (kind, target_id, form, key, field),
        )


def _add_alias(
    conn: sqlite3.Connection, table: str, owner_column: str, owner: int, alias: str
) -> None:
    key = name_key(alias)
    if key:
        conn.execute(
            f"INSERT OR IGNORE INTO {table} ({owner_column}, alias, key) VALUES (?, ?, ?)",
            (owner, alias, key),
        )
