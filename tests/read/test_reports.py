"""PDF and Word reports and e-mail, built here from text written for the project."""

from __future__ import annotations

import mailbox
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.read import read_source

PARAGRAPHS = (
    "Kharkiv regional governor Oleh Syniehubov said on Monday that two drones had struck "
    "a grain warehouse in Kupiansk overnight and that nobody was hurt.",
    "The Russian Defense Ministry claimed its forces had taken positions near Synkivka, "
    "a claim that Ukraine's General Staff denied in its evening report.",
    "Aid convoys reached Kherson on Tuesday, the UN humanitarian office said in a "
    "statement, adding that the river crossings stayed closed.",
)


def report_pdf(path: Path, pages: int = 3, columns: bool = True) -> Path:
    """A situation report: a running header, a footer with the page number, two columns."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_title("Situation report 14: eastern front")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 3, 4, 9, 0))
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(10, 8)
        pdf.cell(0, 4, "OFFICIAL - Situation report 14 - 4 March 2024")
        pdf.set_font("Helvetica", size=10)
        lefts = (10, 110) if columns else (10,)
        for column, x in enumerate(lefts):
            pdf.set_xy(x, 20)
            turn = (page + column) % 3
            pdf.multi_cell(
                90 if columns else 190, 5, "\n\n".join(PARAGRAPHS[turn:] + PARAGRAPHS[:turn])
            )
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(10, 285)
        pdf.cell(0, 4, f"Page {page} of {pages}")
    pdf.output(str(path))
    return path


def test_a_pdf_report_reads_without_headers_footers_or_page_numbers(tmp_path: Path) -> None:
    outcome = read_source(str(report_pdf(tmp_path / "sitrep.pdf")))
    assert outcome.error is None
    (document,) = outcome.documents
    assert document.title == "Situation report 14: eastern front"
    assert document.published == date(2024, 3, 4)
    assert "OFFICIAL" not in document.text and "Page 1 of 3" not in document.text
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 3 * 3 * 2  # every paragraph of both columns of every page
    assert set(paragraphs) == set(PARAGRAPHS)  # each whole: lines joined, columns kept apart
    speakers = {s.speaker.name for s in extract(document).statements if s.speaker}
    assert "Oleh Syniehubov" in speakers


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50), "not a readable PDF"),
        ("scan", "no text layer"),
        ("encrypted", "encrypted PDF"),
    ],
    ids=["corrupt", "scanned", "encrypted"],
)
def test_a_pdf_that_cannot_be_read_says_why_in_one_line(tmp_path: Path, make, says) -> None:
    from fpdf import FPDF

    path = tmp_path / "bad.pdf"
    if make == "scan":
        pdf = FPDF()
        pdf.add_page()
        pdf.rect(10, 10, 100, 100, style="F")  # a page with marks and no text
        pdf.output(str(path))
    elif make == "encrypted":
        pdf = FPDF()
        pdf.set_encryption(owner_password="owner", user_password="secret")
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        pdf.cell(0, 5, "A protected report.")
        pdf.output(str(path))
    else:
        make(path)
    outcome = read_source(str(path))
    assert outcome.documents == () and outcome.error is not None
    assert says in outcome.error and "\n" not in outcome.error


def test_a_word_report_reads_its_body_title_and_date(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Weekly humanitarian update"
    document.core_properties.created = __import__("datetime").datetime(2024, 2, 12, 8, 0)
    document.sections[0].header.paragraphs[0].text = "RESTRICTED - weekly update"
    document.add_heading("Weekly humanitarian update", level=1)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    path = tmp_path / "update.docx"
    document.save(str(path))
    (read,) = read_source(str(path)).documents
    assert read.title == "Weekly humanitarian update" and read.published == date(2024, 2, 12)
    assert all(p in read.text for p in PARAGRAPHS) and "RESTRICTED" not in read.text
    assert read_source(str(tmp_path / "missing.docx")).error is not None
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    assert "not a readable Word file" in read_source(str(tmp_path / "broken.docx")).error


def message(with_pdf: Path | None = None, bad_pdf: bool = False) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = "FLASH: drones strike Kupiansk warehouse"
    mail["From"] = "Valley Wire Desk <desk@valleywire.example>"
    mail["Date"] = "Mon, 04 Mar 2024 07:15:00 +0000"
    mail.set_content(PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n")
    if with_pdf is not None:
        mail.add_attachment(with_pdf.read_bytes(), maintype="application", subtype="pdf",
                            filename="sitrep.pdf")  # fmt: skip
    if bad_pdf:
        mail.add_attachment(b"%PDF-1.4 broken", maintype="application", subtype="pdf",
                            filename="broken.pdf")  # fmt: skip
    return mail


def test_an_email_is_a_document_and_its_report_attachment_another(tmp_path: Path) -> None:
    path = tmp_path / "flash.eml"
    path.write_bytes(bytes(message(report_pdf(tmp_path / "sitrep.pdf", pages=1))))
    outcome = read_source(str(path))
    assert outcome.error is None
    mail, attached = outcome.documents
    assert mail.title == "FLASH: drones strike Kupiansk warehouse"
    assert mail.published == date(2024, 3, 4) and mail.publisher == "Valley Wire Desk"
    assert PARAGRAPHS[0] in mail.text
    assert attached.source == f"{path} › sitrep.pdf" and attached.title.startswith("Situation")


def test_an_attachment_that_cannot_be_read_is_named_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "flash.eml"
    path.write_bytes(bytes(message(bad_pdf=True)))
    outcome = read_source(str(path))
    assert len(outcome.documents) == 1 and outcome.documents[0].title.startswith("FLASH")
    assert outcome.error.startswith("attachment broken.pdf: not a readable PDF")


def test_a_mailbox_gives_one_document_per_message(tmp_path: Path) -> None:
    path = tmp_path / "wire.mbox"
    box = mailbox.mbox(str(path))
    for number in range(3):
        mail = message()
        del mail["Subject"]
        mail["Subject"] = f"Wire update {number + 1}"
        box.add(mail)
    box.flush()
    box.close()
    outcome = read_source(str(path))
    assert [d.title for d in outcome.documents] == [f"Wire update {n}" for n in (1, 2, 3)]
    assert outcome.documents[1].source == f"{path}#2"


def test_a_report_a_word_file_and_a_mailbox_go_into_the_store_as_statements(
    tmp_path: Path,
) -> None:
    import docx

    from briefing.ingest import ingest_paths
    from briefing.store import Store

    report_pdf(tmp_path / "sitrep.pdf", pages=4)
    word = docx.Document()
    word.add_paragraph(PARAGRAPHS[2])
    word.save(str(tmp_path / "update.docx"))
    box = mailbox.mbox(str(tmp_path / "wire.mbox"))
    box.add(message(report_pdf(tmp_path / "attached.pdf", pages=1, columns=False)))
    box.flush()
    box.close()
    paths = [str(tmp_path / name) for name in ("sitrep.pdf", "update.docx", "wire.mbox")]
    with Store(tmp_path / "s.db") as store:
        summary = ingest_paths(store, paths)
        assert summary.failed == 0 and summary.new == 4  # the mailbox: a message, its PDF
        said = {(d.source.split("/")[-1], s.speaker) for d in store.all_documents()
                for s in store.document_statements(d.id)}  # fmt: skip
    assert ("sitrep.pdf", "Oleh Syniehubov") in said
    assert ("update.docx", "OCHA") in said  # the UN humanitarian office, by its known name
    assert ("wire.mbox#1", "Oleh Syniehubov") in said
    assert ("wire.mbox#1 › sitrep.pdf", "OCHA") in said  # the attachment, its own document


def test_a_forwarded_alert_is_published_by_its_first_sender(tmp_path: Path) -> None:
    mail = EmailMessage()
    mail["Subject"] = "Fwd: FLASH: drones strike Kupiansk warehouse"
    mail["From"] = "Analyst on duty <duty@desk.example>"
    mail["Date"] = "Mon, 04 Mar 2024 09:40:00 +0000"
    mail.set_content(
        "For the morning brief.\n\n---------- Forwarded message ---------\n"
        "From: Valley Wire Desk <desk@valleywire.example>\n"
        "Date: Mon, 4 Mar 2024 at 07:15\nSubject: FLASH: drones strike Kupiansk warehouse\n"
        "To: <duty@desk.example>\n\n" + PARAGRAPHS[0] + "\n"
    )
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(mail))
    (document,) = read_source(str(path)).documents
    assert document.publisher == "Valley Wire Desk"
    assert "Forwarded message" not in document.text and "Subject:" not in document.text
    assert PARAGRAPHS[0] in document.text and "For the morning brief." in document.text


def test_a_pdf_past_its_page_bound_keeps_the_pages_read_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.read import pdf

    path = report_pdf(tmp_path / "long.pdf", pages=3)
    assert read_source(str(path)).error is None
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    outcome = read_source(str(path))
    assert outcome.error == "the pages after 2 of 3 were not read"
    (document,) = outcome.documents
    assert document.title == "Situation report 14: eastern front" and PARAGRAPHS[0] in document.text
