"""Extraction speed: articles per second on one core, and the sentence splitter against pysbd.

Run: .venv/bin/python benchmarks/extract_speed.py [PATH/TO/PolNeAR]
The corpus is every sample briefing plus the gold-set articles, repeated to
about 200 articles; the gazetteer is loaded once before timing, as in a long ingest.
Our briefings are dense: joined into ~750-word articles they hold about three times the
statements of newspaper copy. Given a PolNeAR checkout, real copy is timed too: its train
and dev articles (never test), which average about 750 words.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import arguments
import machine

from briefing.extract import extract
from briefing.extract.sentences import split_sentences
from briefing.model import Document
from briefing.read import read_source
from briefing.resources import sample_briefings

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[Document]:
    documents = []
    for path in sample_briefings():
        documents.extend(read_source(str(path)).documents)
    for path in sorted((ROOT / "tests" / "extract" / "gold").glob("*.md")):
        documents.extend(read_source(str(path)).documents)
    return documents


def long_articles(documents: list[Document], words: int = 700) -> list[Document]:
    """Articles of about ``words`` words, made by joining whole briefings in turn."""
    articles, paragraphs, count = [], [], 0
    for document in documents * 3:
        paragraphs.append(document.text)
        count += len(document.text.split())
        if count >= words:
            articles.append(Document("\n\n".join(paragraphs), published=document.published))
            paragraphs, count = [], 0
    return articles


def per_second(function, items: list, rounds: int = 5) -> tuple[float, float]:
    """Median and best items per second over several rounds."""
    rates = []
    for _ in range(rounds):
        started = time.perf_counter()
        for item in items:
            function(item)
        rates.append(len(items) / (time.perf_counter() - started))
    return statistics.median(rates), max(rates)


def real_copy(polnear: Path) -> list[Document]:
    """PolNeAR's train and dev articles (never test), as `polnear.py` reads their texts."""
    folders = [polnear / "data" / split / "text" for split in ("train", "dev")]
    return [Document(path.read_text()) for f in folders for path in sorted(f.rglob("*.txt"))]


def time_real_copy(polnear: Path) -> None:
    documents = real_copy(polnear)
    words = sum(len(d.text.split()) for d in documents) / len(documents)
    statements = sum(len(extract(d).statements) for d in documents) / len(documents)
    median, best = per_second(extract, documents, rounds=3)
    print(
        f"extract, real copy ({len(documents)} PolNeAR train and dev articles, {words:.0f} words"
        f" and {statements:.1f} statements on average): {median:,.0f}/s median, {best:,.0f} best"
    )


def main() -> None:
    parser = arguments.parser(__doc__)
    parser.add_argument("polnear", nargs="?", type=arguments.polnear_checkout, help="PolNeAR")
    polnear = parser.parse_args().polnear
    documents = corpus()
    words = sum(len(d.text.split()) for d in documents) / len(documents)
    batch = (documents * (200 // len(documents) + 1))[:200]
    extract(documents[0])  # load the gazetteer and outlet data once
    print(f"machine: {machine.describe()}")
    print(f"corpus: {len(documents)} distinct articles, {words:.0f} words on average")

    median, best = per_second(extract, batch)
    print(f"extract: {median:,.0f} articles/s median, {best:,.0f} best (one core)")
    long = long_articles(documents)
    size = sum(len(d.text.split()) for d in long) / len(long)
    median, best = per_second(extract, long)
    statements = sum(len(extract(d).statements) for d in long) / len(long)
    print(
        f"extract, {size:.0f}-word articles of our briefings ({statements:.1f} statements on"
        f" average): {median:,.0f}/s median, {best:,.0f} best"
    )
    if polnear is not None:
        time_real_copy(polnear)

    texts = [d.text for d in batch]
    ours, _ = per_second(split_sentences, texts)
    print(f"sentences (briefing): {ours:,.0f} articles/s")
    try:
        import pysbd
    except ImportError:
        print("sentences (pysbd): not installed")
        return
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    theirs, _ = per_second(segmenter.segment, texts, rounds=2)
    print(f"sentences (pysbd 0.3): {theirs:,.0f} articles/s")


if __name__ == "__main__":
    main()
