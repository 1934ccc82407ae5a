"""Ingest speed into a store that already holds many statements and claims.

Usage: .venv/bin/python benchmarks/ingest_at_scale.py [STATEMENTS] [DOCUMENTS]

Builds a synthetic store (``make_corpus``, default 100,000 statements) whose claims are
about events at real towns, as the extractor makes them (kind, places, an anchor
index), then times the ingest of DOCUMENTS new articles (default 300: the sample and
identity gold articles, each made unique), which extract, store, and look for a claim
to join. Run it on two versions to see what joining claims across documents costs.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import arguments
import machine
from make_corpus import build

from briefing.extract import extract
from briefing.read import read_source
from briefing.resources import sample_briefings
from briefing.store import Store

ROOT = Path(__file__).resolve().parents[1]


def articles(count: int) -> list:
    sources = sample_briefings() + sorted((ROOT / "tests" / "identity" / "gold").glob("*.md"))
    base = [d for path in sources for d in read_source(str(path)).documents]
    return [
        replace(base[i % len(base)], text=base[i % len(base)].text + f"\n\nCopy {i}.")
        for i in range(count)
    ]


def give_claims_events(path: Path) -> int:
    """Anchor the synthetic claims on towns, as extracted claims are (when the schema has
    events); returns how many claims were anchored."""
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(claims)")}
    if "event" not in columns:
        conn.close()
        return 0
    rng = random.Random(3)
    towns = [row[0].lower() for row in conn.execute("SELECT name FROM places LIMIT 2000")]
    towns += ["maryinka", "avdiivka", "zaporizhzhia", "kerem shalom crossing", "red sea"]
    documents = [row[0] for row in conn.execute("SELECT id FROM documents")]
    claims = [row[0] for row in conn.execute("SELECT id FROM claims")]
    kinds = ("control", "talks", "power", "blocked", "strike-ships")
    with conn:
        for claim_id in claims:
            kind, town = rng.choice(kinds), rng.choice(towns)
            conn.execute(
                "UPDATE claims SET event = ?, proposition = ?, document_id = ? WHERE id = ?",
                (kind, f"{kind}|{town}||", rng.choice(documents), claim_id),
            )
            conn.execute(
                "INSERT OR IGNORE INTO claim_anchors (anchor, claim_id) VALUES (?, ?)",
                (f"{kind}:p:{town}", claim_id),
            )
    conn.close()
    return len(claims)


def main() -> None:
    parser = arguments.parser(__doc__)
    parser.add_argument("statements", nargs="?", type=arguments.count, default=100_000)
    parser.add_argument("documents", nargs="?", type=arguments.count, default=300)
    given = parser.parse_args()
    statements, count = given.statements, given.documents
    print(f"machine: {machine.describe()}")
    documents = articles(count)
    extractions = [extract(d) for d in documents]  # extraction is timed elsewhere
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scale.db"
        build(statements, path)
        anchored = give_claims_events(path)
        with Store(path) as store:
            started = time.perf_counter()
            for document, extraction in zip(documents, extractions, strict=True):
                store.ingest(document, extraction)
            seconds = time.perf_counter() - started
    print(f"store of {statements:,} statements, {anchored:,} claims with events")
    print(f"stored {count} documents in {seconds:.2f} s: {count / seconds:.0f} documents/s")


if __name__ == "__main__":
    main()
