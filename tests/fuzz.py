"""Mutation fuzzing, for campaigns longer than ``make test`` runs: real inputs cut, spliced,
repeated and sprinkled with hostile pieces, until a time runs out.

    .venv/bin/python -m tests.fuzz extract SECONDS [SEED] [FOLDER_OF_ARTICLES]
    .venv/bin/python -m tests.fuzz readers SECONDS [SEED]
    .venv/bin/python -m tests.fuzz lines SECONDS [SEED]

``extract`` asks that every statement lie inside the text and say some words, its speaker
have a name and its dates run forward; ``readers`` that every format's reader returns
documents or one line (an ``InputError``); ``lines`` that an extraction line is stored or
refused in one line. Each finding is written to a file beside a one-line summary, once per
kind of failure. The property tests in ``make test`` hold the classes found this way.
"""

from __future__ import annotations

import copy
import io
import json
import mailbox
import random
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path

from briefing.errors import BriefingError, InputError
from briefing.extract import extract
from briefing.extraction_lines import read_lines, to_line
from briefing.model import Document
from briefing.read import READERS
from briefing.read.briefing_json import read_export_with_desk
from briefing.resources import sample_briefings
from briefing.store import Store

PIECES = [
    "“", "”", '"', "'", "’s", ", ", ". ", "\n", "\n\n", ":", ";", " said", " told Reuters",
    "Mr. ", "Gen. ", "Dec. 3", " on Tuesday", " yesterday", "—", "(", ")", "[", "]", "[/]",
    " according to ", "Avdiivka", "Kyiv", " denied", " he", " she", " they", " U.S.", " who said",
    " added:", "Said ", "!", "…", "\u00a0", "\u200b", "\x1b[2J", "> ", "- ", "KYIV —", " Jr.",
    "O’Brien", "Zelenskyy", " 31 December 9999", " 1 January 0001", " February 30",
]  # fmt: skip
BYTE_PIECES = [
    b"---\n", b"published: ", b"0001-01-01", b"&a", b"*a", b"<", b"</p>", b"<![CDATA[",
    b"&#x110000;", b"\x00", b"\xff\xfe", b'"', b"{", b"]", b"1e309", b"99999999999999999999",
    b"\\ud800", b"Date: ", b"From: a@", b"From ", b"\r\n", b"=?utf-8?b?",
]  # fmt: skip


def main(argv: list[str]) -> int:
    target, seconds = argv[0], float(argv[1])
    rng = random.Random(int(argv[2]) if len(argv) > 2 else 0)
    out = Path(tempfile.mkdtemp(prefix=f"fuzz-{target}-"))
    runs = {"extract": _extract, "readers": _readers, "lines": _lines}[target]
    found: dict[tuple, Path] = {}
    count = 0
    for case, check in runs(rng, out, argv[3:]):
        count += 1
        try:
            check()
        except Exception as error:
            where = traceback.extract_tb(error.__traceback__)[-1]
            key = (type(error).__name__, where.filename, where.lineno)
            if key not in found:
                found[key] = out / f"finding-{len(found) + 1}"
                found[key].write_bytes(case if isinstance(case, bytes) else case.encode())
                print(f"{found[key]}: {type(error).__name__}: {str(error)[:160]}", flush=True)
        if time.monotonic() > START + seconds:
            break
    print(f"{target}: {count:,} cases, {len(found)} kinds of failure, in {out}")
    return 1 if found else 0


def _extract(rng: random.Random, out: Path, extra: list[str]):
    texts = [p.read_text(encoding="utf-8") for p in sample_briefings()]
    for folder in extra:
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in Path(folder).glob("*")]
    while True:
        text = _mutated_text(rng, rng.choice(texts), texts)
        yield text, lambda text=text: _check_extraction(text)


def _check_extraction(text: str) -> None:
    extraction = extract(Document(text))
    keys = {claim.key for claim in extraction.claims}
    for s in extraction.statements:
        assert 0 <= s.span.start <= s.span.end <= len(text), f"span {s.span}"
        assert re.search(r"\w", s.text), f"no words: {s.text!r}"
        assert s.speaker is None or s.speaker.name.strip(), f"speaker {s.speaker}"
        assert s.date.start is None or s.date.end is None or s.date.start <= s.date.end
        assert s.claim_key is None or s.claim_key in keys, "claim key"


def _mutated_text(rng: random.Random, text: str, others: list[str]) -> str:
    for _ in range(rng.randint(1, 12)):
        at, choice = rng.randrange(len(text) + 1), rng.random()
        if choice < 0.4:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif choice < 0.6:
            text = text[:at] + text[at + rng.randint(1, 200) :]
        elif choice < 0.75:
            end = at + rng.randint(1, 300)
            text = text[:at] + text[at:end] * rng.randint(2, 5) + text[end:]
        elif choice < 0.9:
            other = rng.choice(others)
            start = rng.randrange(len(other) + 1)
            text = text[:at] + other[start : start + rng.randint(0, 500)] + text[at:]
        else:
            text = text[:at] + chr(rng.randint(0x20, 0x2FFF)) + text[at:]
    return text


def _readers(rng: random.Random, out: Path, extra: list[str]):
    seeds = _format_seeds(out)
    while True:
        suffix = rng.choice(sorted(seeds))
        data = _mutated_bytes(rng, rng.choice(seeds[suffix]))
        path = out / f"case{suffix}"
        path.write_bytes(data)
        yield data, lambda path=path, data=data: _check_reader(path, data)


def _check_reader(path: Path, data: bytes) -> None:
    try:
        if path.suffix == ".json":
            read_export_with_desk(data, str(path))
        else:
            READERS[path.suffix](path)
    except InputError as error:
        assert str(error).strip() and "\n" not in str(error), f"not one line: {error!r}"


def _format_seeds(out: Path) -> dict[str, list[bytes]]:
    from tests.read.test_reports import PARAGRAPHS, message, report_pdf

    seeds: dict[str, list[bytes]] = {".md": [p.read_bytes() for p in sample_briefings()]}
    for sample in (Path(__file__).parent / "read" / "samples").glob("*"):
        seeds.setdefault(sample.suffix, []).append(sample.read_bytes())
    seeds[".pdf"] = [report_pdf(out / "seed.pdf", pages=2).read_bytes()]
    seeds[".eml"] = [bytes(message(report_pdf(out / "attached.pdf", pages=1)))]
    box = mailbox.mbox(str(out / "seed.mbox"))
    box.add(message())
    box.add(message())
    box.close()
    seeds[".mbox"] = [(out / "seed.mbox").read_bytes()]
    import docx

    word = docx.Document()
    for paragraph in PARAGRAPHS:
        word.add_paragraph(paragraph)
    buffer = io.BytesIO()
    word.save(buffer)
    seeds[".docx"] = [buffer.getvalue()]
    with Store(out / "seed.db") as store:
        from briefing.export import WRITERS, Selection
        from briefing.ingest import ingest_samples

        ingest_samples(store)
        exported = io.StringIO()
        WRITERS["json"](store, exported, Selection())
    seeds[".json"] = [exported.getvalue().encode("utf-8")]
    return seeds


def _mutated_bytes(rng: random.Random, data: bytes) -> bytes:
    mutated = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at, choice = rng.randrange(len(mutated) + 1), rng.random()
        if choice < 0.25 and mutated:
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        elif choice < 0.5:
            mutated[at:at] = rng.choice(BYTE_PIECES)
        elif choice < 0.7:
            del mutated[at : at + rng.randint(1, 400)]
        elif choice < 0.85:
            mutated[at:at] = mutated[at : at + rng.randint(1, 200)] * rng.randint(1, 4)
        else:
            del mutated[at:]
    return bytes(mutated)


def _lines(rng: random.Random, out: Path, extra: list[str]):
    lines = [to_line(Document(p.read_text(encoding="utf-8")), extract(Document(
        p.read_text(encoding="utf-8")))) for p in sample_briefings()]  # fmt: skip
    store = Store(out / "lines.db")
    values = [None, True, 0, -1, 1e308, 10**30, "", "x" * 1000, [], {}, [[[]]], "0001-01-01",
              "2024-02-30", "bogus", {"start": 5, "end": 2}, 2**63, "\u0000", "\ud800", "\x1b"]  # fmt: skip
    while True:
        record = json.loads(rng.choice(lines))
        for _ in range(rng.randint(1, 4)):
            _mutate_tree(rng, record, values)
        line = json.dumps(record)
        yield line, lambda line=line: _check_line(store, line)


def _mutate_tree(rng: random.Random, tree: object, values: list, depth: int = 0) -> None:
    if isinstance(tree, dict) and tree:
        key = rng.choice(list(tree))
        if rng.random() < 0.15:
            del tree[key]
        elif rng.random() < 0.5 or depth > 6:
            tree[key] = copy.deepcopy(rng.choice(values))
        else:
            _mutate_tree(rng, tree[key], values, depth + 1)
    elif isinstance(tree, list) and tree:
        at = rng.randrange(len(tree))
        if rng.random() < 0.5 or depth > 6:
            tree[at] = copy.deepcopy(rng.choice(values))
        else:
            _mutate_tree(rng, tree[at], values, depth + 1)


def _check_line(store: Store, line: str) -> None:
    for item in read_lines(io.StringIO(line + "\n"), "fuzzed"):
        if isinstance(item, str):
            assert "\n" not in item, f"not one line: {item!r}"
            continue
        try:
            store.ingest(*item)
        except BriefingError as error:
            assert "\n" not in str(error), f"not one line: {error!r}"


START = time.monotonic()

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
