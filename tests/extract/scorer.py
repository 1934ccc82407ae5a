"""Scores the extractor against the hand-annotated gold set.

Each ``gold/*.yaml`` lists the statements an analyst expects in the article of
the same name (``*.md``), or in the seed article named by ``seed:``. A gold
statement is found when a predicted statement contains its key text and has
the right speaker; precision counts predicted statements that are found gold
statements, recall counts gold statements found. Fields are then compared on
the found pairs. Run it directly to see every miss (``unseen`` scores the articles
in ``unseen/``, written after the rules and never tuned on):

    .venv/bin/python tests/extract/scorer.py [unseen]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from briefing.extract import extract
from briefing.extract.gazetteer import gazetteer
from briefing.folding import name_key
from briefing.model import Document, ExtractedStatement
from briefing.read.text import parse_text_document

GOLD = Path(__file__).resolve().parent / "gold"
UNSEEN = Path(__file__).resolve().parent / "unseen"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
FIELDS = ("date", "outlet", "places", "status")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    precise: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.precise / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def accuracy(self, name: str) -> float:
        right, total = self.fields[name]
        return right / total if total else 1.0

    def table(self) -> str:
        lines = [
            f"statements: precision {self.precision:.3f} ({self.precise}/{self.predicted}), "
            f"recall {self.recall:.3f} ({self.found}/{self.gold}) with the right speaker"
        ]
        for name in FIELDS:
            right, total = self.fields[name]
            lines.append(f"{name:>10}: {self.accuracy(name):.3f} ({right}/{total})")
        return "\n".join(lines)


def load_cases(folder: Path = GOLD) -> list[tuple[str, Document, list[dict[str, Any]]]]:
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "seed" in spec:
            seed = SEEDS / spec["seed"]
            if not seed.exists():
                continue
            document = Document(
                seed.read_text(encoding="utf-8"),
                published=spec["published"],
                publisher=spec.get("publisher"),
            )
        else:
            article = path.with_suffix(".md")
            document = parse_text_document(article.read_bytes(), str(article))
        cases.append((path.stem, document, spec["statements"]))
    return cases


def score(cases: list[tuple[str, Document, list[dict[str, Any]]]] | None = None) -> Score:
    total = Score()
    for name, document, expected in cases if cases is not None else load_cases():
        predicted = list(extract(document).statements)
        _score_article(name, predicted, expected, total)
    return total


def _score_article(
    name: str, predicted: list[ExtractedStatement], expected: list[dict[str, Any]], total: Score
) -> None:
    total.gold += len(expected)
    total.predicted += len(predicted)
    used: set[int] = set()
    for gold in expected:
        key = _normal(gold["text"])
        candidates = [
            i for i, p in enumerate(predicted) if i not in used and key in _normal(p.text)
        ]
        right = [i for i in candidates if _speaker_ok(gold["speaker"], predicted[i])]
        if not right:
            why = "no statement" if not candidates else f"speaker {_who(predicted[candidates[0]])}"
            total.misses.append(f"{name}: MISSED {gold['text']!r} ({why})")
            continue
        index = right[0]
        used.add(index)
        total.found += 1
        total.precise += 1
        _score_fields(name, gold, predicted[index], total)
    for index, statement in enumerate(predicted):
        if index not in used:
            total.misses.append(f"{name}: EXTRA {_who(statement)}: {statement.text[:70]!r}")


def _score_fields(
    name: str, gold: dict[str, Any], statement: ExtractedStatement, total: Score
) -> None:
    checks = {
        "date": _date_ok(gold.get("date"), statement),
        "outlet": _one_of(gold.get("outlet"), statement.outlet),
        "places": {_place_key(p) for p in gold.get("places", [])}
        == {_place_key(p.name) for p in statement.places},
        "status": gold.get("status", "unverified") == statement.status,
    }
    for field_name, ok in checks.items():
        total.fields[field_name][1] += 1
        total.fields[field_name][0] += ok
        if not ok:
            got = {
                "date": f"{statement.date.start}..{statement.date.end}",
                "outlet": statement.outlet,
                "places": [p.name for p in statement.places],
                "status": statement.status,
            }[field_name]
            total.misses.append(
                f"{name}: {field_name} of {gold['text'][:40]!r}: "
                f"want {gold.get(field_name)!r}, got {got!r}"
            )


def _place_key(name: str) -> str:
    """One key for every spelling of a place ("Wad Madani" is the gazetteer's "Wad Medani")."""
    entries = gazetteer().lookup(name)
    return name_key(entries[0].name if entries else name)


def _normal(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def _speaker_ok(wanted: Any, statement: ExtractedStatement) -> bool:
    options = wanted if isinstance(wanted, list) else [wanted]
    speaker = statement.speaker
    for option in options:
        if option is None and (speaker is None or speaker.kind == "unattributed"):
            return True
        if option == "anonymous" and speaker is not None and speaker.kind == "anonymous":
            return True
        if option not in (None, "anonymous") and speaker is not None and speaker.is_named:
            names = {name_key(speaker.name), *(name_key(a) for a in speaker.aliases)}
            if name_key(option) in names:
                return True
    return False


def _date_ok(wanted: Any, statement: ExtractedStatement) -> bool:
    when = statement.date
    if wanted is None:
        return when.precision == "undated"
    start, end = (wanted, wanted) if isinstance(wanted, date) else (wanted[0], wanted[1])
    if when.start is None or when.end is None:
        return False
    return start <= when.start and when.end <= end


def _one_of(wanted: Any, got: str | None) -> bool:
    options = wanted if isinstance(wanted, list) else [wanted]
    return any(
        (option is None and got is None) or (option and got and name_key(option) == name_key(got))
        for option in options
    )


def _who(statement: ExtractedStatement) -> str:
    speaker = statement.speaker
    return f"{speaker.name} [{speaker.kind}]" if speaker else "nobody"


if __name__ == "__main__":
    # "unseen": articles written after the rules, to check they hold beyond the gold set
    folder = UNSEEN if "unseen" in sys.argv else GOLD
    result = score(load_cases(folder))
    if "-q" not in sys.argv:
        print("\n".join(result.misses))
    print(result.table())
