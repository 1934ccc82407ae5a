"""Scores identity across documents against the hand-annotated gold set in ``gold/``.

The twelve articles report the same events from different outlets and sides over
several days. ``gold/annotations.yaml`` says, for statements named by words they
contain, which are by the same speaker and which speak to the same claim with which
stance. The articles are stored in order of publication in a fresh store, and the
scorer prints:

- speakers: B-cubed precision and recall of the store's speakers over the annotated
  statements that have a named speaker (a statement not found stands alone);
- claims: pairwise precision and recall over annotated statements (two statements are
  a pair when they share a claim), and stance accuracy on the statements placed in
  the claim they belong to;
- every claim summary that does not read as a sentence.

Run it directly to see the figures and each disagreement (``unseen`` scores the
articles written after the rules, kept apart as a check on text they were not tuned on):

    .venv/bin/python tests/identity/scorer.py [gold|unseen]
"""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

from briefing.extract import extract
from briefing.read import read_source
from briefing.store import Store

GOLD = Path(__file__).resolve().parent / "gold"
_CUE_OPENING = re.compile(
    r"^(?:[\w.'’-]+\s){1,5}(?:said|denied|rejected|dismissed|acknowledged|reported|claimed)\b"
)
_PRONOUN_OPENING = re.compile(r"^(?:It|Its|They|Their|He|His|She|Her|Had|Has|Any)\b")


@dataclass(frozen=True)
class Gold:
    article: str
    text: str
    speaker: str | None
    claim: str | None
    stance: str | None


@dataclass
class Found:
    gold: Gold
    statement_id: int | None = None
    speaker_id: int | None = None
    claim_id: int | None = None
    stance: str | None = None


@dataclass
class IdentityScore:
    speaker_precision: float
    speaker_recall: float
    claim_precision: float
    claim_recall: float
    stance_accuracy: float
    bad_summaries: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"speakers  B-cubed precision {self.speaker_precision:.3f}  "
            f"recall {self.speaker_recall:.3f}",
            f"claims    pairwise precision {self.claim_precision:.3f}  "
            f"recall {self.claim_recall:.3f}  stance accuracy {self.stance_accuracy:.3f}",
            f"summaries that are not sentences: {len(self.bad_summaries)}",
        ]


def gold_statements(folder: Path = GOLD) -> list[Gold]:
    annotations = yaml.safe_load((folder / "annotations.yaml").read_text(encoding="utf-8"))
    return [
        Gold(article, item["text"], item.get("speaker"), item.get("claim"), item.get("stance"))
        for article, items in annotations["articles"].items()
        for item in items
    ]


def build_store(path: Path, folder: Path = GOLD) -> dict[str, int]:
    """Store the gold articles in order of publication; returns article → document id."""
    documents = []
    for source in sorted(folder.glob("*.md")):
        for document in read_source(str(source)).documents:
            documents.append((document.published, source.stem, document))
    ids = {}
    with Store(path) as store:
        for _, name, document in sorted(documents, key=lambda item: (item[0], item[1])):
            ids[name] = store.ingest(document, extract(document)).document_id
    return ids


def score(path: Path, ids: dict[str, int], folder: Path = GOLD) -> IdentityScore:
    found = []
    misses = []
    with Store(path) as store:
        for gold in gold_statements(folder):
            item = Found(gold)
            for statement in store.document_statements(ids[gold.article]):
                if gold.text.lower() in statement.text.lower():
                    item.statement_id = statement.id
                    item.speaker_id = statement.speaker_id
                    item.claim_id = statement.claim_id
                    break
            if item.statement_id is None:
                misses.append(f"not found: {gold.article}: {gold.text}")
            found.append(item)
        claims = {}
        for item in found:
            if item.claim_id is not None and item.claim_id not in claims:
                claims[item.claim_id] = store.claim(item.claim_id)
        for item in found:
            claim = claims.get(item.claim_id) if item.claim_id is not None else None
            if claim is not None:
                item.stance = next(
                    (stance for view, stance in claim.statements if view.id == item.statement_id),
                    None,
                )
        summaries = [view.summary for view in claims.values() if view is not None]
    speaker_p, speaker_r = _b_cubed(
        [(i.gold.speaker, i.speaker_id, n) for n, i in enumerate(found) if i.gold.speaker]
    )
    claim_p, claim_r = _pairwise([(i.gold.claim, i.claim_id) for i in found])
    stance_accuracy, stance_misses = _stances(found)
    bad = [summary for summary in summaries if not reads_as_sentence(summary)]
    misses += _speaker_misses(found) + stance_misses + _claim_misses(found)
    return IdentityScore(speaker_p, speaker_r, claim_p, claim_r, stance_accuracy, bad, misses)


def reads_as_sentence(summary: str) -> bool:
    """Starts with its subject (a capital, not a pronoun or a verb) and is not a cue clause."""
    return (
        summary[:1].isupper()
        and not _PRONOUN_OPENING.match(summary)
        and not _CUE_OPENING.match(summary)
        and len(summary.split()) >= 4
    )


def _b_cubed(items: list[tuple[str, int | None, int]]) -> tuple[float, float]:
    """Each item: gold label, predicted cluster (None: alone), a unique number."""
    predicted = [cluster if cluster is not None else f"alone-{n}" for _, cluster, n in items]
    gold = [label for label, _, _ in items]
    precision = recall = 0.0
    for i in range(len(items)):
        same_predicted = {j for j in range(len(items)) if predicted[j] == predicted[i]}
        same_gold = {j for j in range(len(items)) if gold[j] == gold[i]}
        both = len(same_predicted & same_gold)
        precision += both / len(same_predicted)
        recall += both / len(same_gold)
    count = len(items) or 1
    return precision / count, recall / count


def _pairwise(items: list[tuple[str | None, int | None]]) -> tuple[float, float]:
    gold_pairs = predicted_pairs = both = 0
    for (gold_a, claim_a), (gold_b, claim_b) in combinations(items, 2):
        same_gold = gold_a is not None and gold_a == gold_b
        same_predicted = claim_a is not None and claim_a == claim_b
        gold_pairs += same_gold
        predicted_pairs += same_predicted
        both += same_gold and same_predicted
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / gold_pairs if gold_pairs else 1.0
    return precision, recall


def _stances(found: list[Found]) -> tuple[float, list[str]]:
    """Stance accuracy over statements in the predicted claim most of their gold claim is in."""
    home: dict[str, int] = {}
    for label in {i.gold.claim for i in found if i.gold.claim}:
        votes = [i.claim_id for i in found if i.gold.claim == label and i.claim_id is not None]
        if votes:
            home[label] = max(set(votes), key=votes.count)
    judged = right = 0
    misses = []
    for item in found:
        if item.gold.claim is None or item.claim_id is None:
            continue
        if home.get(item.gold.claim) != item.claim_id:
            continue
        judged += 1
        if item.stance == item.gold.stance:
            right += 1
        else:
            misses.append(
                f"stance {item.stance} for {item.gold.stance}: {item.gold.article}: "
                f"{item.gold.text}"
            )
    return (right / judged if judged else 1.0), misses


def _speaker_misses(found: list[Found]) -> list[str]:
    by_label: dict[str, set[int | None]] = {}
    for item in found:
        if item.gold.speaker and item.statement_id is not None:
            by_label.setdefault(item.gold.speaker, set()).add(item.speaker_id)
    return [
        f"speaker {label} is {len(ids)} speakers: {sorted(map(str, ids))}"
        for label, ids in sorted(by_label.items())
        if len(ids) > 1
    ]


def _claim_misses(found: list[Found]) -> list[str]:
    return [
        f"claim {item.gold.claim} → {item.claim_id}: {item.gold.article}: {item.gold.text}"
        for item in found
        if item.statement_id is not None and (item.gold.claim is None) != (item.claim_id is None)
    ]


def main() -> int:
    articles = GOLD.parent / (sys.argv[1] if len(sys.argv) > 1 else "gold")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "identity.db"
        result = score(path, build_store(path, articles), articles)
    for line in result.lines():
        print(line)
    for summary in result.bad_summaries:
        print(f"  not a sentence: {summary}")
    for miss in result.misses:
        print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
