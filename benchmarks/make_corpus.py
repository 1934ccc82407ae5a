"""Build a large synthetic store for benchmarks: 10k, 100k or 1M statements, in minutes.

Usage: .venv/bin/python benchmarks/make_corpus.py STATEMENTS PATH

The store has the real schema and indexes (it is opened through
``briefing.store.Store`` first) and is filled by bulk insert in one
transaction: thousands of speakers with transliteration variants of their
names, real towns from the gazetteer with their aliases, 150 outlets, five
years of dates, Zipf-distributed speakers and places (a few are quoted all the
time, most rarely), claims with linked statements and status history.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from pathlib import Path

from briefing.extract.gazetteer import gazetteer
from briefing.folding import fold_translit, name_key
from briefing.model import STATUSES
from briefing.store import Store
from briefing.store.place_coordinates import PLACE_TALLY_BACKFILL
from briefing.store.schema import TALLY_BACKFILL
from briefing.store.speaker_days import SPEAKER_DAYS_BACKFILL

FIRST = (
    "Oleksandr Olena Andriy Iryna Serhiy Natalia Dmytro Oksana Mykola Yulia Viktor Halyna "
    "Ihor Tetiana Vitaliy Svitlana Sergey Anna Dmitry Maria Alexei Elena Ivan Olga Mohammed "
    "Fatima Ahmed Layla Omar Yusuf Hassan Amira Jens Karin Lars Ingrid Ramon Maria Jose Lin "
    "Wei Chen Mei John Sarah David Emma Michael Laura"
).split()
SURNAME_ROOTS = (
    "Zaluzh Kovalenk Tkachenk Shevchenk Bondarenk Kravchenk Oliynyk Moroz Lysenk Savchenk "
    "Rudenk Marchenk Petrenk Hrytsenk Voloshyn Syniehub Zhdan Barabash Pletenchuk Gerasim "
    "Lavr Peskov Shoigu Medvedev Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov "
    "Haddad Masri Rashid Khalil Nasser Saleh Hamdan Qassem Yassin Barghouti Eriksen Holm "
    "Lindqvist Dizon Santos Reyes Cruz Lin Zhang Wang Liu Chen Smith Johnson Brown Taylor"
).split()
ENDINGS = ("o", "yi", "iy", "ov", "ova", "enko", "", "y", "a")
OUTLET_WORDS = (
    "Daily Post Times Herald Wire Courier Gazette Monitor Tribune Observer Report Journal "
    "Radio TV Channel News Agency Bulletin Review Dispatch Press"
).split()
VENUES = (None, None, "press conference", "interview", "statement", "briefing", "post")
PRECISIONS = ("day",) * 6 + ("week", "part-of-month", "month", "undated", "undated")
VERBS = "said told wrote added warned denied confirmed acknowledged dismissed claimed".split()
TOPICS = (
    "the front line near {place} was holding",
    "shelling hit {place} overnight",
    "talks on {place} would resume next week",
    "aid convoys had reached {place}",
    "forces had withdrawn from positions outside {place}",
    "power had been restored in {place}",
    "reports of a breakthrough near {place} were false",
    "the port of {place} remained open to grain ships",
    "{place} had been struck by drones",
    "evacuations from {place} would continue",
)


def zipf_choice(rng: random.Random, items: list, skew: float = 1.1) -> object:
    """Pick with a long tail: item k with weight ~ 1 / k**skew."""
    rank = int(rng.paretovariate(skew)) - 1
    return items[min(rank, len(items) - 1)] if rank < len(items) else rng.choice(items)


def variants(surname: str, rng: random.Random) -> list[str]:
    """The spellings wire services use for one name."""
    swaps = (("yi", "iy"), ("iy", "y"), ("kh", "h"), ("ov", "ow"), ("y", "i"), ("ii", "iy"))
    spelled = {surname}
    for old, new in rng.sample(swaps, 3):
        if old in surname:
            spelled.add(surname.replace(old, new, 1))
    return sorted(spelled)


def build(statements: int, path: Path, seed: int = 7) -> dict[str, float]:
    rng = random.Random(seed)
    started = time.perf_counter()
    path.unlink(missing_ok=True)
    Store(path).close()  # the real schema, indexes and the FTS triggers it keeps
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    conn.execute("BEGIN")

    speaker_count = max(500, min(20_000, statements // 50))
    speakers = _speakers(conn, speaker_count, rng)
    places = _places(conn, max(300, min(12_000, statements // 80)))
    outlets = _outlets(conn, rng)
    _statements(conn, statements, speakers, places, outlets, rng)
    _claims(conn, statements, rng)
    _counts(conn)
    conn.execute("COMMIT")
    conn.execute("PRAGMA optimize")
    conn.close()
    return {"seconds": time.perf_counter() - started, "bytes": path.stat().st_size}


def _speakers(conn, count: int, rng: random.Random) -> list[int]:
    rows, aliases, names = [], [], []
    seen: set[str] = set()
    while len(rows) < count:
        surname = rng.choice(SURNAME_ROOTS) + rng.choice(ENDINGS)
        name = f"{rng.choice(FIRST)} {surname.capitalize()}"
        key = name_key(name)
        if key in seen:
            continue
        seen.add(key)
        speaker_id = len(rows) + 1
        role = rng.choice((None, "spokesman for the ministry", "regional governor", "analyst",
                           "military commander", "foreign minister", "mayor"))  # fmt: skip
        rows.append((speaker_id, name, key, "person", role))
        for alias in {name, *(v.capitalize() for v in variants(surname, rng))}:
            aliases.append((speaker_id, alias, name_key(alias)))
            names.append(("speaker", speaker_id, alias, fold_translit(alias), "alias"))
        if role:
            names.append(("speaker", speaker_id, role, fold_translit(role), "role"))
    conn.executemany(
        "INSERT INTO speakers (id, name, key, kind, role) VALUES (?, ?, ?, ?, ?)", rows
    )
    conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, key) VALUES (?, ?, ?)", aliases
    )
    _names(conn, names)
    return [row[0] for row in rows]


def _places(conn, count: int) -> list[tuple[int, str]]:
    entries = {}
    known = gazetteer()
    for positions in known.index.values():
        for entry in map(known.entries.__getitem__, positions):
            if entry.geonameid and entry.feature == "town":
                entries.setdefault(entry.geonameid, entry)
    ranked = sorted(entries.values(), key=lambda e: (e.country != "Ukraine", -e.population))[:count]
    rows, aliases, names = [], [], []
    for place_id, entry in enumerate(ranked, 1):
        rows.append(
            (place_id, entry.name, name_key(entry.name), entry.country, entry.geonameid,
             entry.latitude, entry.longitude)
        )  # fmt: skip
        for alias in {entry.name, *entry.aliases[:4]}:
            aliases.append((place_id, alias, name_key(alias)))
            field = "name" if alias == entry.name else "alias"
            names.append(("place", place_id, alias, fold_translit(alias), field))
    conn.executemany(
        "INSERT INTO places (id, name, key, country, geonameid, latitude, longitude) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO place_aliases (place_id, alias, key) VALUES (?, ?, ?)", aliases
    )
    _names(conn, names)
    return [(row[0], row[1]) for row in rows]


def _outlets(conn, rng: random.Random) -> list[int]:
    names = sorted({f"{rng.choice(FIRST)} {rng.choice(OUTLET_WORDS)}" for _ in range(400)})[:150]
    conn.executemany(
        "INSERT INTO outlets (id, name, key) VALUES (?, ?, ?)",
        [(i, name, name_key(name)) for i, name in enumerate(names, 1)],
    )
    _names(
        conn, [("outlet", i, name, fold_translit(name), "name") for i, name in enumerate(names, 1)]
    )
    return list(range(1, len(names) + 1))


def _names(conn, rows: list[tuple[str, int, str, str, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO search_names (kind, target_id, form, key, field) "
        "VALUES (?, ?, ?, ?, ?)",
        [row for row in rows if row[3]],
    )


def _statements(conn, count, speakers, places, outlets, rng: random.Random) -> None:
    first_day = date(2020, 1, 1)
    per_document = 10
    for document_start in range(0, count, per_document * 1000):
        documents, statements, links = [], [], []
        for document in range(
            document_start // per_document,
            min(count, document_start + per_document * 1000) // per_document,
        ):
            day = first_day + timedelta(days=rng.randrange(5 * 365))
            sentences, offset = [], 0
            for index in range(per_document):
                statement_id = document * per_document + index + 1
                place_id, place = zipf_choice(rng, places)
                text = f"{rng.choice(TOPICS).format(place=place)}."
                text = text[0].upper() + text[1:]
                precision = rng.choice(PRECISIONS)
                said = None if precision == "undated" else day - timedelta(days=rng.randrange(3))
                said_to = said + timedelta(days=6) if said and precision == "week" else said
                statements.append((
                    statement_id, document + 1, zipf_choice(rng, speakers), rng.choice(("direct", "indirect")),
                    text, _iso(said), _iso(said_to), precision, _iso(said) or day.isoformat(),
                    rng.choice(outlets + [None] * 40), rng.choice(VENUES), rng.choice(STATUSES),
                    offset, offset + len(text),
                ))  # fmt: skip
                links.append((statement_id, place_id, _iso(said) or day.isoformat()))
                sentences.append(text)
                offset += len(text) + 1
            body = " ".join(sentences)
            documents.append((document + 1, f"synthetic-{document + 1}", f"Briefing {document + 1}",
                              day.isoformat(), "Synthetic Wire", body, "2024-01-01T00:00:00+00:00"))  # fmt: skip
        conn.executemany(
            "INSERT INTO documents (id, content_hash, title, published, publisher, text, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            documents,
        )
        conn.executemany(
            "INSERT INTO statements (id, document_id, speaker_id, kind, text, said_from, said_to, "
            "date_precision, sort_day, outlet_id, venue, status, span_start, span_end) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            statements,
        )
        conn.executemany("INSERT OR IGNORE INTO statement_places VALUES (?, ?, ?)", links)
        conn.execute(  # what the writer does for each document (store/index_sync.py)
            "INSERT INTO statements_fts (rowid, text) SELECT id, text FROM statements "
            "WHERE id BETWEEN ? AND ?",
            (statements[0][0], statements[-1][0]),
        )


def _claims(conn, count: int, rng: random.Random) -> None:
    claims, links, history = [], [], []
    for claim_id in range(1, max(10, count // 100) + 1):
        status = rng.choice(STATUSES)
        first = rng.randrange(1, count + 1)
        claims.append((claim_id, f"Claim {claim_id}: forces took the town", status, "2024-01-01"))
        for offset, stance in enumerate(("asserts", "disputes", "reports")[: rng.randint(1, 3)]):
            links.append((claim_id, min(count, first + offset), stance))
        history.append((claim_id, None, status, "2024-01-01", "benchmark", None))
    conn.executemany(
        "INSERT INTO claims (id, summary, status, created_at) VALUES (?, ?, ?, ?)", claims
    )
    conn.executemany("INSERT OR IGNORE INTO claim_statements VALUES (?, ?, ?)", links)
    conn.executemany(
        "INSERT INTO status_history (claim_id, from_status, to_status, at, who, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        history,
    )


def _counts(conn) -> None:
    for step in [
        *TALLY_BACKFILL.split(";"),
        *PLACE_TALLY_BACKFILL.split(";"),
        SPEAKER_DAYS_BACKFILL,
    ]:
        if step.strip():
            conn.execute(step)
    for table, column, source in (
        ("speakers", "speaker_id", "statements"),
        ("outlets", "outlet_id", "statements"),
        ("places", "place_id", "statement_places"),
    ):
        conn.execute(
            f"UPDATE {table} SET statement_count = (SELECT count(*) FROM {source} "
            f"WHERE {source}.{column} = {table}.id)"
        )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


if __name__ == "__main__":
    import arguments

    parser = arguments.parser(__doc__)
    parser.add_argument("statements", type=arguments.count)
    parser.add_argument("path", type=Path, help="the store to build")
    given = parser.parse_args()
    figures = build(given.statements, given.path)
    print(f"built in {figures['seconds']:.1f} s, {figures['bytes'] / 2**20:.0f} MiB")
