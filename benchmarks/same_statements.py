"""Every statement and claim the extractor reads from a set of articles, one line each, so
that two versions of the code can be compared byte for byte (``cmp``) after a change meant
to leave behaviour as it was: a speed-up, a tidy-up, a module split.

    .venv/bin/python benchmarks/same_statements.py OUT [PATH/TO/PolNeAR]

The articles are the sample briefings and the gold set, and with a PolNeAR checkout its
dev split and the first 300 articles of train (never test). Run it before and after the
change (``git stash`` between) and compare the two files. To compare speed without this
machine's noise, count instructions instead of seconds, e.g. ``valgrind
--tool=callgrind`` over a script that extracts the same articles.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import arguments
from extract_speed import corpus

from briefing.extract import extract
from briefing.model import Document


def articles(polnear: Path | None) -> list[tuple[str, Document]]:
    found = [(f"sample-{index}", document) for index, document in enumerate(corpus())]
    if polnear is not None:
        train = sorted((polnear / "data" / "train" / "text").glob("*.txt"))[:300]
        dev = sorted((polnear / "data" / "dev" / "text").glob("*.txt"))
        for path in [*train, *dev]:
            text = path.read_text(encoding="utf-8")
            found.append((path.stem, Document(text, published=date(2016, 9, 20))))
    return found


def main() -> int:
    parser = arguments.parser(__doc__)
    parser.add_argument("out", type=Path, help="the file of statement lines to write")
    parser.add_argument("polnear", nargs="?", type=arguments.polnear_checkout, help="PolNeAR")
    given = parser.parse_args()
    out, polnear = given.out, given.polnear
    lines = []
    chosen = articles(polnear)
    for name, document in chosen:
        extraction = extract(document)
        lines += [f"{name}|{statement!r}" for statement in extraction.statements]
        lines += [f"{name}|{claim!r}" for claim in extraction.claims]
        lines.append(f"{name}|{extraction.warnings!r}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines):,} lines from {len(chosen)} articles in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
