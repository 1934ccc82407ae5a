"""Extraction time on adversarial texts: quote marks by the thousand, run-on sentences,
statements packed end to end. Every case should cost about what ordinary copy costs per
megabyte, never more as it grows (no quadratic pass), so a hostile file under the 10 MB
limit cannot stall a batch.

    .venv/bin/python benchmarks/hostile_extraction.py
"""

from __future__ import annotations

import time

from machine import describe

from briefing.extract import extract
from briefing.extract.gazetteer import gazetteer
from briefing.model import Document

CASES = {
    "straight quote marks only": lambda n: '"' * n,
    "curly opening marks only": lambda n: "“" * n,
    "tiny quotes in one run-on sentence": lambda n: '"a" ' * (n // 4),
    "quoted words with a cue, no full stop": lambda n: 'He said "yes" and ' * (n // 18),
    "short quoted statements": lambda n: '"Yes," he said. ' * (n // 16),
    "one reported statement per sentence": lambda n: (
        "Ruth Ames said the levy was fair. " * (n // 34)
    ),
    "one 'sentence' of words": lambda n: "word " * (n // 5),
    "names saying names, varied": lambda n: _names_saying_names(n),
    "place names, no full stop, one statement": lambda n: (
        "Kyiv Odesa Lviv Kharkiv Paris " * (n // 30) + ". Ruth Ames said the levy was fair."
    ),
    "full names, no full stop, one statement": lambda n: (
        "Paris Hilton met John Smith and Mary Jones " * (n // 43)
        + ". Ruth Ames said the levy was fair."
    ),
}


def _names_saying_names(size: int) -> str:
    """Every sentence a statement by one of 100 people about three others: the cast, the
    surnames and the places a real article has, at the densest."""
    first = ["John", "Mary", "Anna", "Peter", "Maria", "David", "Laura", "Ivan", "Olga", "Paul"]
    last = ["Smith", "Jones", "Lind", "Odum", "Reyes", "Keller", "Brandt", "Ruiz", "Holt", "Vidal"]
    people = [f"{f} {s}" for f in first for s in last]
    sentences = []
    for i in range(size // 60 + 1):
        a, b, c = people[i % 100], people[(i * 7 + 3) % 100], people[(i * 13 + 5) % 100]
        sentences.append(f"{a} said {b} and {c} met {last[i % 10]}.")
    return " ".join(sentences)[:size]


def main() -> None:
    import arguments

    arguments.parser(__doc__).parse_args()
    print(describe())
    gazetteer()
    extract(Document(text="Mary Smith said it was fine."))  # the first-name list, loaded once
    print(f"{'case':<40}{'64 KB':>10}{'256 KB':>10}{'1 MB':>10}   s per MB at 1 MB")
    for label, make in CASES.items():
        row = []
        for size in (64_000, 256_000, 1_000_000):
            text = make(size)
            started = time.perf_counter()
            extract(Document(text=text))
            row.append(time.perf_counter() - started)
        cells = "".join(f"{seconds:>9.2f}s" for seconds in row)
        print(f"{label:<40}{cells}   {row[-1]:.2f}")


if __name__ == "__main__":
    main()
