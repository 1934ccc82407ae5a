"""Search and pane queries at 10k, 100k and 1M statements, beside the bare-library floor.

Usage: .venv/bin/python benchmarks/store_speed.py [10000 100000 1000000] [--keep DIR]

For each size it builds a synthetic store (make_corpus.py), then types ~200
realistic queries one character at a time and times every keystroke through
``SearchIndex.search`` (all kinds, and names only). The floor is what the bare
libraries cost on the same data for the same keystroke: rapidfuzz ``ratio``
over every folded name key plus one FTS5 prefix query over statements.
"""

from __future__ import annotations

import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent))

import arguments
import machine

from briefing.folding import fold_translit
from briefing.model import TimelineFilter
from briefing.search import SearchIndex, prefix_query
from briefing.store import Store

WORDS = (
    "corridor evacuations drones shelling withdrawn breakthrough grain port talks power aid "
    "convoys positions front overnight restored resume"
).split()


def queries(path: Path, rng: random.Random) -> list[str]:
    """~200 queries an analyst would type: names, misspelled names, places, words."""
    conn = sqlite3.connect(path)
    speakers = [
        r[0]
        for r in conn.execute("SELECT name FROM speakers ORDER BY statement_count DESC LIMIT 300")
    ]
    places = [
        r[0] for r in conn.execute("SELECT alias FROM place_aliases ORDER BY rowid LIMIT 2000")
    ]
    conn.close()
    found = []
    for name in rng.sample(speakers, min(70, len(speakers))):
        surname = name.split()[-1].lower()
        found.append(surname if rng.random() < 0.6 else _typo(surname, rng))
    for name in rng.sample(speakers, min(30, len(speakers))):
        found.append(name.lower())
    found += [p.lower() for p in rng.sample(places, min(80, len(places)))]
    found += rng.sample(WORDS, min(20, len(WORDS)))
    return found


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    position = rng.randrange(1, len(word) - 1)
    return word[:position] + rng.choice("aeiouy") + word[position + 1 :]


def keystrokes(items: list[str]) -> list[str]:
    return [query[:end] for query in items for end in range(1, len(query) + 1)]


def millis(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return (time.perf_counter() - started) * 1000


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"


def run(size: int, folder: Path) -> None:
    path = folder / f"corpus-{size}.db"
    print(f"\n== {size:,} statements ==")
    # Built in a child process, so this one's RSS is the store and search alone.
    builder = Path(__file__).with_name("make_corpus.py")
    started = time.perf_counter()
    if path.exists():  # kept by an earlier --keep run
        with Store(path):  # brought to the current schema first
            pass
        print(f"store kept from an earlier run, migrated in {time.perf_counter() - started:.1f} s")
    else:
        subprocess.run(
            [sys.executable, str(builder), str(size), str(path)], check=True, capture_output=True
        )
        print(f"build (bulk ingest of the generated corpus): {time.perf_counter() - started:.1f} s")
    print(f"{path.stat().st_size / 2**20:.0f} MiB on disk")
    rng = random.Random(11)
    typed = keystrokes(queries(path, rng))
    with Store(path) as store:
        index = SearchIndex(store)
        started = time.perf_counter()
        index.refresh()
        print(
            f"search index load (first keystroke only): {(time.perf_counter() - started) * 1000:.0f} ms"
        )
        everything = [millis(index.search, q) for q in typed]
        names = [millis(index.search, q, ("speaker", "place", "outlet")) for q in typed]
        print(f"search, {len(typed)} keystrokes, all kinds : {percentiles(everything)}")
        print(f"search, names only              : {percentiles(names)}")
        keys = list(index._names.key_owners)
        conn = sqlite3.connect(path)

        def floor(prefix: str) -> None:
            process.extract(fold_translit(prefix), keys, scorer=fuzz.ratio, limit=10)
            match = prefix_query(prefix)
            if match:
                conn.execute(
                    "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT 40",
                    (match,),
                ).fetchall()

        bare = [millis(floor, q) for q in typed]
        print(f"bare floor (ratio over {len(keys):,} keys + FTS5 prefix): {percentiles(bare)}")
        _panes(store, conn)
        conn.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process RSS (max so far, store + search + queries): {rss:.0f} MB")


def _panes(store: Store, conn: sqlite3.Connection) -> None:
    speaker = conn.execute(
        "SELECT id FROM speakers ORDER BY statement_count DESC LIMIT 1"
    ).fetchone()[0]
    place = conn.execute("SELECT id FROM places ORDER BY statement_count DESC LIMIT 1").fetchone()[
        0
    ]
    first = store.timeline_page(limit=100)
    page = first
    for _ in range(20):
        page = store.timeline_page(after=page.next_cursor, limit=100)
    timings = {
        "timeline, first page (100)": lambda: store.timeline_page(limit=100),
        "timeline, page 21 by cursor": lambda: store.timeline_page(
            after=page.next_cursor, limit=100
        ),
        "timeline, by speaker": lambda: store.timeline_page(TimelineFilter(speaker_id=speaker)),
        "timeline, by place": lambda: store.timeline_page(TimelineFilter(place_id=place)),
        "timeline, by status": lambda: store.timeline_page(TimelineFilter(status="disputed")),
        "speaker profile (busiest)": lambda: store.speaker_profile(speaker),
        "claims by status (disputed)": lambda: store.claims_by_status("disputed", limit=100),
        "claim counts": store.claim_counts,
    }
    for name, function in timings.items():
        samples = [millis(function) for _ in range(15)]
        print(
            f"{name:<30}: median {statistics.median(samples):6.2f} ms, max {max(samples):6.2f} ms"
        )


def main() -> None:
    """``--keep DIR`` keeps each built store in DIR (``corpus-SIZE.db``) for app_start.py."""
    parser = arguments.parser(__doc__)
    parser.add_argument(
        "sizes", nargs="*", type=arguments.count, default=[10_000, 100_000, 1_000_000]
    )
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep each store in DIR")
    given = parser.parse_args()
    sizes, keep = given.sizes, given.keep
    print(f"machine: {machine.describe()}")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            run(size, keep or Path(folder))


if __name__ == "__main__":
    main()
