"""Each input format ingests a realistic sample written for the project (tests/read/samples)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import ingest_paths
from briefing.read import expand_paths, parse_sniffed, read_source
from briefing.store import Store

SAMPLES = Path(__file__).parent / "samples"


def test_a_saved_web_page_gives_its_article_and_metadata() -> None:
    (page,) = read_source(str(SAMPLES / "kherson-ferry.html")).documents
    assert page.title == "Kherson ferry crossings halted after overnight shelling"
    assert page.publisher == "Dnipro Ledger"
    assert page.published is not None and page.published.isoformat() == "2023-11-28"
    assert page.url == "https://dnipro-ledger.example/2023/11/28/kherson-ferry-halted"
    assert "Oleksandr Prokudin" in page.text
    for chrome in ("Subscribe", "Related", "All rights reserved", "window.analytics"):
        assert chrome not in page.text
    assert page.text.count("\n\n") >= 4  # one paragraph per <p>


def test_a_saved_web_page_yields_attributed_statements(empty_store: Store) -> None:
    summary = ingest_paths(empty_store, [str(SAMPLES / "kherson-ferry.html")])
    assert (summary.new, summary.failed) == (1, 0)
    speakers = {s.speaker for s in empty_store.all_statements()}
    assert {"Oleksandr Prokudin", "Natalia Humeniuk"} <= speakers
    outlets = {s.outlet for s in empty_store.all_statements()}
    assert {"Telegram", "Suspilne"} <= outlets


def test_an_rss_feed_gives_one_document_per_entry_with_date_and_link() -> None:
    documents = read_source(str(SAMPLES / "eastern-desk.rss")).documents
    assert [d.title for d in documents] == [
        "Kupiansk: shelling eases, evacuations continue",
        "Zaporizhzhia plant loses outside power again",
    ]
    assert [d.published.isoformat() for d in documents if d.published] == [
        "2023-12-05",
        "2023-12-04",
    ]
    assert documents[0].url == "https://eastern-desk.example/2023/12/05/kupiansk-evacuations"
    assert documents[0].publisher == "Eastern Desk — Front line"
    assert "<p>" not in documents[0].text and "\n\n" in documents[0].text


def test_an_atom_feed_reads_its_html_content() -> None:
    (entry,) = read_source(str(SAMPLES / "harbor-post.atom")).documents
    assert entry.title == "Izmail port reopens after drone strike"
    assert entry.published is not None and entry.published.isoformat() == "2023-12-06"
    assert entry.text.startswith("The Danube port of Izmail resumed loading grain")
    assert "Yuriy Lytvyn" in entry.text


def test_a_folder_is_walked_recursively_by_extension(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "page.html").write_bytes((SAMPLES / "kherson-ferry.html").read_bytes())
    (tmp_path / "a" / "feed.rss").write_bytes((SAMPLES / "eastern-desk.rss").read_bytes())
    (tmp_path / "slides.pptx").write_bytes(b"PK\x03\x04")
    found = sorted(Path(p).name for p in expand_paths([str(tmp_path)]))
    assert found == ["feed.rss", "page.html"]


@pytest.mark.parametrize(
    ("sample", "count"),
    [("kherson-ferry.html", 1), ("eastern-desk.rss", 2), ("harbor-post.atom", 1)],
)
def test_standard_input_is_read_in_the_format_its_bytes_show(sample: str, count: int) -> None:
    documents = parse_sniffed((SAMPLES / sample).read_bytes(), "<stdin>")
    assert len(documents) == count
    assert all(d.title for d in documents)


def test_stdin_dash_ingests_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = b'"The bridge is open again," Ivan Petrenko, the mayor of Vylkove, told Reuters.\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    code = main(["ingest", "-", "--db", str(tmp_path / "s.db"), "--published", "2023-12-01"])
    assert code == 0
    assert capsys.readouterr().out.startswith("1 new")
    with Store(tmp_path / "s.db") as store:
        (statement,) = store.all_statements()
    assert statement.speaker == "Ivan Petrenko" and statement.outlet == "Reuters"


def test_an_unknown_type_is_named_in_the_error(tmp_path: Path) -> None:
    odd = tmp_path / "brief.odt"
    odd.write_bytes(b"PK\x03\x04")
    outcome = read_source(str(odd))
    assert outcome.documents == ()
    assert outcome.error is not None and ".odt" in outcome.error and ".html" in outcome.error


def test_a_json_file_that_is_not_our_export_is_named_as_such(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"items": []}')
    assert "not a briefing export" in (read_source(str(other)).error or "")
