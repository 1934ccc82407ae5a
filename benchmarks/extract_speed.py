"""Extraction speed: articles per second on one core, and the sentence splitter against pysbd.

Run: .venv/bin/python benchmarks/extract_speed.py
The corpus is every sample briefing plus the gold-set articles, repeated to
about 200 articles; the gazetteer is loaded once before timing, as in a long ingest.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

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


def main() -> None:
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
    print(f"extract, {size:.0f}-word articles: {median:,.0f}/s median, {best:,.0f} best")

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
