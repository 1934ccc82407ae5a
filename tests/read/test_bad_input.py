"""Bad input: one clear line per failing file, the good files still stored, nothing half-written.

Hypothesis feeds arbitrary bytes to every reader: each either reads documents
or refuses with an InputError, never anything else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli import main
from briefing.errors import InputError
from briefing.model import Document
from briefing.read import parse_sniffed
from briefing.read.briefing_json import parse_export
from briefing.read.feed import parse_feed
from briefing.read.html import parse_html_document
from briefing.read.text import parse_text_document

SAMPLES = Path(__file__).parent / "samples"
GOOD = '---\ntitle: Good\npublished: 2023-12-01\n---\n"The line holds," Olena Bondar, a spokeswoman, said.\n'
FEED = (SAMPLES / "eastern-desk.rss").read_bytes()
PAGE = (SAMPLES / "kherson-ferry.html").read_bytes()

BAD = {
    "empty.txt": (b"", "empty document"),
    "blank.md": (b"---\ntitle: x\n---\n\n   \n", "empty document"),
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "front.md": (b"---\ntitle: [unclosed\n---\nText.\n", "malformed front matter"),
    "date.md": (b"---\npublished: 2023-02-30\n---\nText said.\n", "not a real date"),
    "cut.rss": (FEED[: len(FEED) // 2], "truncated or malformed feed"),
    "cut.html": (PAGE[:300], "no article text"),
    "garbage.json": (b'{"schema": "briefing/1", "documents": [{"id": 1}]}', "malformed briefing export"),
    "odd.odt": (b"PK\x03\x04", "unsupported file type (.odt)"),
    "odd.docx": (b"PK\x03\x04", "not a readable Word file"),
}  # fmt: skip


def test_each_bad_file_gets_one_line_and_the_good_ones_go_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "good.md").write_text(GOOD)
    (folder / "latin1.txt").write_bytes('"Señal débil," Jürgen Roß told Reuters.'.encode("latin-1"))
    (folder / "utf16.txt").write_bytes('"Ми тримаємось," Olha Melnyk said.'.encode("utf-16"))
    (folder / "cut-article.html").write_bytes(PAGE[: PAGE.index(b"Mr. Prokudin")])
    paths = [str(folder / name) for name in sorted(p.name for p in folder.iterdir())]
    paths.append(str(tmp_path / "missing.md"))
    db = tmp_path / "s.db"

    code = main(["ingest", "--db", str(db), *paths])
    captured = capsys.readouterr()

    assert code == 1
    errors = [line for line in captured.err.splitlines() if "warning" not in line]
    assert len(errors) == len(BAD) + 1
    for name, (_, problem) in BAD.items():
        (line,) = [e for e in errors if f"{name}:" in e]
        assert line.startswith("briefing: ") and problem in line
    assert any("missing.md" in e and "cannot read" in e for e in errors)
    assert "Traceback" not in captured.err
    assert captured.out.startswith(f"4 new, 0 unchanged, {len(BAD) + 1} failed")
    titles = [r[0] for r in sqlite3.connect(db).execute("SELECT title FROM documents")]
    assert len(titles) == 4 and "Good" in titles


def test_a_50_megabyte_file_is_refused_without_reading_it(tmp_path: Path, capsys) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    assert main(["ingest", "--db", str(tmp_path / "s.db"), str(huge)]) == 1
    err = capsys.readouterr().err
    assert "huge.txt: file too large (50.0 MB" in err


READERS = {
    "text": lambda data: [parse_text_document(data, "x")],
    "html": lambda data: [parse_html_document(data, "x")],
    "feed": lambda data: parse_feed(data, "x"),
    "json": lambda data: parse_export(data, "x"),
    "sniffed": lambda data: parse_sniffed(data, "x"),
}
SOME_BYTES = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    st.sampled_from([FEED, PAGE]).flatmap(
        lambda whole: st.integers(0, len(whole)).map(lambda cut: whole[:cut])
    ),
    st.text(max_size=200).map(lambda t: ('{"schema": "briefing/1", "documents": ' + t).encode()),
)


@pytest.mark.parametrize("reader", sorted(READERS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=SOME_BYTES)
def test_readers_read_or_refuse_any_bytes(reader: str, data: bytes) -> None:
    try:
        documents = READERS[reader](data)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert all(isinstance(d, Document) and d.text.strip() for d in documents)


def alias_bomb(levels: int = 8) -> str:
    lines = ['title: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    names = "abcdefghij"
    for level in range(1, levels):
        ref = ", ".join([f"*{names[level - 1]}"] * 9)
        lines.append(f"{names[level]}: &{names[level]} [{ref}]")
    lines.append(f"publisher: *{names[levels - 1]}")
    return "---\n" + "\n".join(lines) + "\n---\nThe mayor said the bridge was shut.\n"


def test_hostile_files_are_refused_in_a_second_each_and_the_good_one_stored(
    tmp_path: Path, capsys
) -> None:
    import os
    import time

    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "bomb.md").write_text(alias_bomb())
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 32)) * 200)
    (tmp_path / "long.md").write_text("---\ntitle: " + "x" * 5000 + "\n---\nShe said so.\n")
    (tmp_path / "good.md").write_text(GOOD)
    names = ["pipe.md", "zero.txt", "bomb.md", "noise.txt", "long.md", "good.md"]
    db = tmp_path / "s.db"
    started = time.perf_counter()
    code = main(["ingest", "--db", str(db), *[str(tmp_path / n) for n in names]])
    assert time.perf_counter() - started < 20  # a FIFO or /dev/zero would never end
    assert code == 1
    err = capsys.readouterr().err
    assert "pipe.md: not a regular file (a FIFO, device or socket)" in err
    assert "zero.txt: not a regular file (a FIFO, device or socket)" in err
    assert "bomb.md: front matter uses YAML aliases" in err
    assert "noise.txt: not text (mostly control or unassigned characters)" in err
    assert "long.md: front matter title too long (5,000 characters; 2000 at most)" in err
    titles = [r[0] for r in sqlite3.connect(db).execute("SELECT title FROM documents")]
    assert titles == ["Good"]


def test_a_page_nested_deeper_than_libxml2s_limit_keeps_its_article() -> None:
    body = (
        '<p>"The bridge is closed," Mayor Ruth Ames said on Tuesday, adding that repairs would take a week.</p>'
        * 3
    )
    page = (
        "<html><head><title>Deep</title></head><body><article>"
        + "<div>" * 300 + body + "</div>" * 300
        + "</article></body></html>"
    )  # fmt: skip
    document = parse_html_document(page.encode(), "deep.html")
    assert document.text.startswith('"The bridge is closed," Mayor Ruth Ames said on Tuesday')


def test_a_page_of_more_tags_than_an_article_has_is_refused_at_once() -> None:
    """A 5 MB page of line breaks took trafilatura 34 s: a batch stalled on one file."""
    from briefing.read.html import MAX_TAGS

    page = (
        b"<html><body><p>Ruth Ames said the levy stays."
        + b"<br>" * MAX_TAGS
        + b"</p></body></html>"
    )
    with pytest.raises(InputError, match=f"more than {MAX_TAGS:,} tags: not read"):
        parse_html_document(page, "bomb.html")
