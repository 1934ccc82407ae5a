"""Ingest throughput with one process and with several, on the same files in one run.

Usage: .venv/bin/python benchmarks/parallel_ingest.py [ARTICLES] [JOBS...]

Writes ARTICLES (default 600) distinct ~750-word articles, made from the sample and gold
briefings, as text files with front matter, then times ``briefing ingest --jobs N`` into
a fresh store for each N (default 1 and 2), through the CLI as an analyst runs it, and
checks that every store holds the same statements.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import arguments
import machine
from extract_speed import corpus, long_articles

from briefing.store import Store


def write_articles(folder: Path, count: int) -> int:
    articles = long_articles(corpus())
    words = 0
    for index in range(count):
        article = articles[index % len(articles)]
        published = article.published.isoformat() if article.published else "2024-01-01"
        text = f"---\npublished: {published}\n---\nDispatch {index}.\n\n{article.text}\n"
        (folder / f"article-{index:05}.md").write_text(text, encoding="utf-8")
        words += len(article.text.split())
    return words // count


def main() -> int:
    parser = arguments.parser(__doc__)
    parser.add_argument("articles", nargs="?", type=arguments.count, default=600)
    parser.add_argument("jobs", nargs="*", type=arguments.count, default=[1, 2])
    given = parser.parse_args()
    count, jobs = given.articles, given.jobs
    print(machine.describe())
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "articles"
        folder.mkdir()
        words = write_articles(folder, count)
        print(f"{count} articles of ~{words} words")
        held = []
        base = None
        for n in jobs:
            db = Path(temporary) / f"jobs-{n}.db"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "briefing", "--db", str(db), "ingest", str(folder),
                 "--jobs", str(n)],
                check=True, capture_output=True,
            )  # fmt: skip
            seconds = time.perf_counter() - started
            with Store(db) as store:
                statements = store.counts()["statements"]
                held.append(
                    sorted((s.document_id, s.span.start, s.text) for s in store.all_statements())
                )
            rate = count / seconds
            base = base or rate
            print(
                f"--jobs {n}: {seconds:6.2f} s, {rate:6.1f} articles/s, "
                f"{statements / seconds:7.0f} statements/s, ×{rate / base:.2f}"
            )
        same = all(h == held[0] for h in held)
        print("same statements in every store" if same else "STORES DIFFER")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
