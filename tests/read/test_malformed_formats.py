"""Malformed e-mail, feeds and Word files, as a mutation fuzzer found them: the parsers'
own failures (IndexError, AttributeError, OverflowError, zlib.error …) become one line,
and what can still be read is read."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import InputError
from briefing.read import READERS, read_source
from briefing.read.feed import parse_feed
from briefing.read.mail import parse_email, read_mailbox
from briefing.read.word import parse_docx

BODY = "Ruth Ames said the levy on grain exports was fair and would stay."


def mail(**headers: str) -> bytes:
    lines = [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\n".join(lines) + f"\n\n{BODY}\n").encode("utf-8")


@pytest.mark.parametrize(
    "headers",
    [
        {"From": "a@", "Subject": "Levy"},
        {"From": "Desk <desk@", "Subject": "Levy"},
        {"From": "a@[", "Subject": "Levy"},
        {"Date": "Mon, 04 Mar 99999999999999999999 07:15:00 +0000", "Subject": "Levy"},
    ],
)
def test_a_header_the_email_package_cannot_parse_is_left_out(headers: dict[str, str]) -> None:
    (document,) = parse_email(mail(**headers), "levy.eml")
    assert document.text.strip() == BODY
    assert document.title == "Levy"
    assert document.publisher is None and document.published is None


def test_a_mailbox_whose_from_line_is_not_ascii_is_read(tmp_path: Path) -> None:
    message = mail(Subject="Levy", Date="Mon, 04 Mar 2024 07:15:00 +0000")
    box = tmp_path / "wire.mbox"
    box.write_bytes(
        b"From d\xe5sk@wire.example Mon Mar  4 07:15:00 2024\n" + message + b"\n"
        b"From desk@wire.example Mon Mar  4 08:15:00 2024\n" + message + b"\n"
    )
    documents = read_mailbox(box)
    assert [d.source for d in documents] == [f"{box}#1", f"{box}#2"]
    assert all(d.text.strip() == BODY for d in documents)


FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item>'
    b"<title>Levy</title><description>%s %s</description></item></channel></rss>"
)


@pytest.mark.parametrize(
    "reference", [b"&#x110000;", b"&#1114112;", b"&#xD800;", b"&#99999999999999999999;"]
)
def test_a_character_reference_naming_no_character_costs_the_feed_nothing(
    reference: bytes,
) -> None:
    (document,) = parse_feed(FEED % (BODY.encode(), reference), "desk.rss")
    assert document.text == f"{BODY} \ufffd"


def test_a_character_reference_to_a_character_is_kept() -> None:
    (document,) = parse_feed(FEED % (BODY.encode(), b"&#x41;&#0000000066;"), "desk.rss")
    assert document.text == f"{BODY} AB"


def test_a_feed_whose_declared_encoding_is_broken_is_one_line() -> None:
    data = b'<?xml version="1.0" encoding="utf-\xff\xfe8"?>' + (FEED % (b"x", b"y"))[21:]
    with pytest.raises(InputError, match="not a readable RSS or Atom feed") as raised:
        parse_feed(data, "desk.rss")
    assert "\n" not in str(raised.value)


def word_file() -> bytes:
    import docx

    word = docx.Document()
    word.add_paragraph(BODY)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "docProps/core.xml"])
def test_a_word_file_whose_xml_is_broken_is_one_line(part: str) -> None:
    original = zipfile.ZipFile(io.BytesIO(word_file()))
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as archive:
        for name in original.namelist():
            archive.writestr(name, b"<w:body broken" if name == part else original.read(name))
    with pytest.raises(InputError, match=r"not a readable Word file \(XMLSyntaxError: ") as raised:
        parse_docx(damaged.getvalue(), "update.docx")
    assert "\n" not in str(raised.value)


def test_a_word_file_of_a_zip_version_python_cannot_open_is_one_line() -> None:
    data = bytearray(word_file())
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 6 : entry + 8] = struct.pack("<H", 242)  # needs zip version 24.2
    with pytest.raises(InputError, match=r"\(NotImplementedError: zip file version 24.2\)"):
        parse_docx(bytes(data), "update.docx")


def test_a_word_file_with_a_damaged_part_is_one_line() -> None:
    data = bytearray(word_file())
    offset = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").header_offset
    name_length, extra_length = struct.unpack("<HH", data[offset + 26 : offset + 30])
    compressed = offset + 30 + name_length + extra_length
    data[compressed : compressed + 8] = b"\xff" * 8  # deflate data no inflater accepts
    with pytest.raises(InputError, match=r"not a readable Word file .*invalid block type"):
        parse_docx(bytes(data), "update.docx")


def test_a_failure_no_reader_names_is_one_line_for_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(path: Path) -> list:
        raise RecursionError("maximum recursion depth exceeded\nwhile parsing")

    monkeypatch.setitem(READERS, ".txt", fails)
    path = tmp_path / "deep.txt"
    path.write_text(BODY, encoding="utf-8")
    outcome = read_source(str(path))
    assert outcome.documents == ()
    assert outcome.error == "not readable (RecursionError: maximum recursion depth exceeded)"


PIECES = [b"@", b"<", b">", b"[", b"]", b":", b";", b",", b'"', b"\n", b"\r\n", b" ", b"=?utf-8?b?",
          b"&#", b"x110000;", b"\xff", b"\xe5", b"9999999999999999999999", b"<item>", b"</item>",
          b"From ", b"Date: ", b"Content-Type: text/html\n", b"<![CDATA[", b"]]>"]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        if draw(st.booleans()):
            data[at:at] = draw(st.sampled_from(PIECES))
        else:
            del data[at : at + draw(st.integers(1, 40))]
    return bytes(data)


SEEDS = {
    "e-mail": mail(From="Valley Wire <desk@wire.example>", Subject="Levy",
                   Date="Mon, 04 Mar 2024 07:15:00 +0000"),
    "feed": FEED % (BODY.encode(), b"&#x41;"),
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(SEEDS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_message_or_feed_is_read_or_refused_in_one_line(
    kind: str, data: st.DataObject
) -> None:
    damaged = data.draw(mutated(SEEDS[kind]))
    parse = parse_email if kind == "e-mail" else parse_feed
    try:
        documents = parse(damaged, f"damaged {kind}")
    except InputError as error:
        assert str(error).strip() and "\n" not in str(error)
    else:
        assert documents and all(d.text.strip() for d in documents)
