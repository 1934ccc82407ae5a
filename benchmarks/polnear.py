"""Real-copy benchmark: briefing's statements against PolNeAR's human attributions.

PolNeAR (Political News Attribution Relations; Newell, Margolin and Ruths, LREC
2018) annotates attributions in 1,008 US news articles from seven publishers, in
BRAT standoff (``Source``, ``Cue``, ``Content`` tied by ``E`` lines) with CoreNLP
XML beside each text. Only the **train** and **dev** splits are used here: the
test split is kept for independent evaluation, as the corpus authors ask.
Nothing of the corpus is in this repository; give the path of a checkout:

    .venv/bin/python benchmarks/polnear.py PATH/TO/PolNeAR --split dev [--misses 40]

The split's texts go through the CLI (``briefing ingest`` into a temporary store,
then ``briefing export --format json``), and the statements are scored:

- gold: the attributions that have a Source and a speech or report cue (a cue
  word whose CoreNLP lemma is in ``CUE_LEMMAS``; thoughts and beliefs are not
  statements);
- a statement matches a gold attribution when their word overlap is at least
  half of the shorter of the two (the statement's text, the gold Content), one
  to one, best overlaps first;
- precision: a statement is correct when it matches, or when it overlaps (by the
  same rule) an annotated attribution of any cue and covers words no other
  statement matched to it covers; a statement that overlaps no annotation is wrong;
- speaker accuracy: of the matched pairs, those whose speaker shares a name word
  with the gold Source, a pronoun or description Source read as its CoreNLP
  coreference chain's representative mention, and a relative pronoun Source
  (``…, the AP, which first reported``) read as the words just before it, which
  CoreNLP does not chain; a body named in full matches its initials ("the FBI");
- attributed recall: matched with the right speaker / gold; F1 of precision and
  attributed recall; each figure also per publisher.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CUE_LEMMAS = frozenset(
    """
    say tell add write state report announce claim deny insist argue note explain ask
    respond reply tweet post declare warn suggest acknowledge admit confirm accord
    comment describe call praise criticize criticise slam blast attack accuse charge
    promise vow pledge predict testify recall quote cite joke boast complain concede
    contend assert maintain reiterate repeat emphasize stress urge demand threaten
    announce disclose reveal inform dismiss reject dispute question challenge defend
    counter rebut retort quip muse lament mock thank apologize apologise recount
    describe estimate project forecast show find indicate conclude allege affirm
    remark observe point caution signal propose recommend advise order instruct
    release publish air broadcast tout hail applaud condemn denounce decry lambaste
    fire push press label brand dub characterize refer mention speak talk brag
    """.split()
)
"""Lemmas of cue words that make an attribution a statement: speech, writing and
reports, not thought ("believe", "think", "want", "feel", "hope" are left out)."""

NAME_NOISE = frozenset(
    """
    the a an of mr mrs ms dr sen senator rep gov president presidential candidate
    nominee former s his her their its he she they it him them who that this these
    those
    """.split()
)
"""Words that say nothing of who a source is: determiners, titles, pronouns."""
PRONOUNS = frozenset("he she they it his her their its him them we i you who".split())
WORD = re.compile(r"\w+")


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    cue_words: list[tuple[int, int]]
    speech: bool = False
    speaker_words: set[str] = field(default_factory=set)


@dataclass
class Tally:
    gold: int = 0
    statements: int = 0
    correct: int = 0
    matched: int = 0
    right_speaker: int = 0

    def add(self, other: Tally) -> None:
        for name in ("gold", "statements", "correct", "matched", "right_speaker"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        precision = self.correct / self.statements if self.statements else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        speaker = self.right_speaker / self.matched if self.matched else 0.0
        attributed = self.right_speaker / self.gold if self.gold else 0.0
        f1 = 2 * precision * attributed / (precision + attributed) if precision + attributed else 0
        return {
            "precision": precision,
            "recall": recall,
            "speaker accuracy": speaker,
            "attributed recall": attributed,
            "F1": f1,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a checkout of networkdynamics/PolNeAR")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses of each kind")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    split = args.corpus / "data" / args.split
    if not (split / "text").is_dir():
        print(f"polnear: no {split / 'text'}; give the path of a PolNeAR checkout", file=sys.stderr)
        return 2
    names = annotated_articles(args.corpus, args.split)
    if args.limit:
        names = names[: args.limit]
    statements = extract_through_cli(split / "text", names)
    totals, by_publisher = Tally(), defaultdict(Tally)
    misses: dict[str, list[str]] = defaultdict(list)
    for name, annotation in names:
        text = (split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        gold = read_annotation(split / "attributions" / annotation, text, split, name)
        found: dict[str, list[str]] = defaultdict(list)
        tally = score(text, gold, statements.get(name, []), found)
        for kind, lines in found.items():
            misses[kind] += [f"{name}: {line}" for line in lines]
        totals.add(tally)
        by_publisher[name.split("_")[0]].add(tally)
    print(f"PolNeAR {args.split}: {len(names)} articles")
    print(f"{'':<14}" + "".join(f"{k:>19}" for k in totals.figures()) + f"{'gold':>7}{'found':>7}")
    for label, tally in [*sorted(by_publisher.items()), ("all", totals)]:
        row = "".join(f"{v:>19.3f}" for v in tally.figures().values())
        print(f"{label:<14}{row}{tally.gold:>7}{tally.statements:>7}")
    print(
        f"counts: {totals.correct} of {totals.statements} statements correct, {totals.matched} "
        f"of {totals.gold} gold found, {totals.right_speaker} with the right speaker"
    )
    for kind, lines in misses.items():
        for line in lines[: args.misses]:
            print(f"{kind}: {line}")
    return 0


def annotated_articles(corpus: Path, split: str) -> list[tuple[str, str]]:
    """(article, annotation file) for each article of the split, its first annotator's."""
    chosen = []
    for line in (corpus / "data" / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if cells[0] != split:
            continue
        for annotator in cells[3].split("|"):
            path = corpus / "data" / split / "attributions" / f"{cells[1]}_{annotator}.ann"
            if path.exists():
                chosen.append((cells[1], path.name))
                break
    return sorted(chosen)


def extract_through_cli(texts: Path, names: list[tuple[str, str]]) -> dict[str, list[dict]]:
    """Article name → its statements, as ``briefing export --format json`` gives them."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "articles"
        folder.mkdir()
        for name, _ in names:
            published = name.split("_")[1]
            text = (texts / f"{name}.txt").read_text(encoding="utf-8")
            (folder / f"{name}.txt").write_text(f"---\npublished: {published}\n---\n{text}")
        db = Path(temporary) / "polnear.db"
        cli = [sys.executable, "-m", "briefing", "--db", str(db)]
        subprocess.run(
            [*cli, "ingest", str(folder)],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        exported = subprocess.run(
            [*cli, "export", "--format", "json"], check=True, capture_output=True, text=True
        ).stdout
    export = json.loads(exported)
    documents = {d["id"]: d for d in export["documents"]}
    found: dict[str, list[dict]] = defaultdict(list)
    for statement in export["statements"]:
        document = documents[statement["document_id"]]
        name = Path(str(document["source"])).stem
        original = (texts / f"{name}.txt").read_text(encoding="utf-8")
        shift = original.find(document["text"][:200])
        statement["span"] = [statement["span"][0] + shift, statement["span"][1] + shift]
        found[name].append(statement)
    # The corpus has a few articles twice under two dates; the store keeps one copy (the
    # same text is the same document), whose statements are the other's too.
    stored = {Path(str(d["source"])).stem for d in export["documents"]}
    by_text = {(texts / f"{name}.txt").read_text(encoding="utf-8"): name for name in stored}
    for name, _ in names:
        if name not in stored:
            twin = by_text.get((texts / f"{name}.txt").read_text(encoding="utf-8"))
            if twin is not None:
                found[name] = found[twin]
    return found


def read_annotation(path: Path, text: str, split: Path, name: str) -> list[Attribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("T") and len(cells) >= 2:
            label, _, places = cells[1].partition(" ")
            pieces = [tuple(int(n) for n in p.split()) for p in places.split(";")]
            spans[cells[0]] = (label, [(a, b) for a, b in pieces])
        elif line.startswith("E") and len(cells) >= 2:
            relations.append(dict(part.split(":", 1) for part in cells[1].split()))
    lemmas, chains = read_corenlp(split / "corenlp" / f"{name}.txt.xml")
    attributions = []
    for relation in relations:
        roles = {
            role.rstrip("0123456789"): spans[ref][1]
            for role, ref in relation.items()
            if ref in spans
        }
        if "Content" not in roles:
            continue
        source = roles["Source"][0] if "Source" in roles else None
        cue = roles.get("Cue", [])
        attribution = Attribution(roles["Content"], source, cue)
        cue_lemmas = {lemmas.get(a + m.start(), m.group().lower()) for a, b in cue
                      for m in WORD.finditer(text[a:b])}  # fmt: skip
        attribution.speech = source is not None and bool(cue_lemmas & CUE_LEMMAS)
        if source is not None:
            said_by = text[source[0] : source[1]]
            attribution.speaker_words = name_words(said_by) or {
                w.lower() for w in WORD.findall(said_by) if w.lower() not in PRONOUNS | {"the", "a"}
            }
            if said_by.lower() in RELATIVE_PRONOUNS:
                attribution.speaker_words |= name_words(antecedent(text, source[0]))
            for chain in chains:
                if any(a < source[1] and source[0] < b for a, b, _ in chain):
                    representative = next((t for _, _, t in chain), "")
                    attribution.speaker_words |= name_words(representative)
                    break
        attributions.append(attribution)
    return attributions


RELATIVE_PRONOUNS = frozenset("who which whom that".split())


def antecedent(text: str, at: int) -> str:
    """The words before a relative pronoun up to five back, within its clause: "the AP"."""
    before = re.split(r"[.;:!?\n]", text[max(0, at - 80) : at])[-1]
    before = re.sub(r"(?:\s*(?:,|--|—|\bof)\s*)+$", "", before)  # "many of whom"
    return " ".join(before.split()[-5:])


def read_corenlp(path: Path) -> tuple[dict[int, str], list[list[tuple[int, int, str]]]]:
    """Token start → lemma, and coreference chains as (start, end, text), representative first."""
    if not path.exists():
        return {}, []
    root = ElementTree.parse(path).getroot()
    lemmas: dict[int, str] = {}
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    for sentence in root.iter("sentence"):
        sentence_id = int(sentence.get("id", "0"))
        for token in sentence.iter("token"):
            start = int(token.findtext("CharacterOffsetBegin", "0"))
            end = int(token.findtext("CharacterOffsetEnd", "0"))
            lemmas[start] = (token.findtext("lemma") or "").lower()
            offsets[(sentence_id, int(token.get("id", "0")))] = (start, end)
    chains = []
    outer = root.find("document/coreference")
    for chain in outer if outer is not None else []:
        mentions = []
        for mention in chain.findall("mention"):
            sentence_id = int(mention.findtext("sentence", "0"))
            first = offsets.get((sentence_id, int(mention.findtext("start", "0"))))
            last = offsets.get((sentence_id, int(mention.findtext("end", "0")) - 1))
            if first and last:
                entry = (first[0], last[1], mention.findtext("text") or "")
                if mention.get("representative") == "true":
                    mentions.insert(0, entry)
                else:
                    mentions.append(entry)
        chains.append(mentions)
    return lemmas, chains


def name_words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in WORD.finditer(text)) if w not in NAME_NOISE}


def words(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Start offsets of the words inside these spans: the unit of overlap."""
    return {a + m.start() for a, b in spans for m in WORD.finditer(text[a:b])}


def score(
    text: str, gold: list[Attribution], statements: list[dict], misses: dict[str, list[str]]
) -> Tally:
    tally = Tally(gold=sum(1 for g in gold if g.speech), statements=len(statements))
    said = [words(text, [tuple(s["span"])]) for s in statements]
    content = [words(text, g.content) for g in gold]
    pairs = []
    for i, mine in enumerate(said):
        for j, theirs in enumerate(content):
            shared = len(mine & theirs)
            if mine and theirs and shared >= 0.5 * min(len(mine), len(theirs)):
                pairs.append((shared / min(len(mine), len(theirs)), shared, i, j))
    pairs.sort(reverse=True)
    matched_statement: dict[int, int] = {}
    matched_gold: set[int] = set()
    for _, _, i, j in pairs:
        if i in matched_statement or j in matched_gold or not gold[j].speech:
            continue
        matched_statement[i] = j
        matched_gold.add(j)
    covered: dict[int, set[int]] = defaultdict(set)
    for i, j in matched_statement.items():
        covered[j] |= said[i] & content[j]
    for i, statement in enumerate(statements):
        if i in matched_statement:
            tally.correct += 1
            j = matched_statement[i]
            tally.matched += 1
            if right_speaker(statement, gold[j]):
                tally.right_speaker += 1
            else:
                source = gold[j].source
                misses["speaker"].append(
                    f"{statement['speaker']!r} for {text[source[0] : source[1]]!r}"  # type: ignore[index]
                    f" {sorted(gold[j].speaker_words)}: {statement['text'][:90]!r}"
                )
            continue
        overlapping = [j for _, _, k, j in pairs if k == i]
        new_words = [j for j in overlapping if (said[i] & content[j]) - covered[j]]
        if new_words:
            tally.correct += 1
            covered[new_words[0]] |= said[i] & content[new_words[0]]
        else:
            misses["false"].append(f"{statement['speaker']!r}: {statement['text'][:120]!r}")
    for j, attribution in enumerate(gold):
        if attribution.speech and j not in matched_gold:
            a, b = attribution.content[0]
            source = attribution.source or (0, 0)
            cue = " ".join(text[x:y] for x, y in attribution.cue_words)
            taken = any(k == j for _, _, _, k in pairs)
            misses["missed, shared" if taken else "missed"].append(
                f"[{text[source[0] : source[1]]} | {cue}] {text[a:b][:110]!r}"
            )
    return tally


def right_speaker(statement: dict, gold: Attribution) -> bool:
    mine = name_words(statement.get("speaker") or "")
    initials = "".join(w[0] for w in (statement.get("speaker") or "").split() if w[:1].isupper())
    # "Federal Bureau of Investigation" for "the FBI": a body named once in full, once by letters
    return bool(mine & gold.speaker_words) or (
        len(initials) >= 2 and initials.lower() in gold.speaker_words
    )


if __name__ == "__main__":
    sys.exit(main())
