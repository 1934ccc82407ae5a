"""Feeds that refresh, against a real local HTTP server (pytest-httpserver), never the internet."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest
from werkzeug import Request, Response

from briefing.cli import main
from briefing.refresh import Fetcher, refresh
from briefing.store import Store

ENTRY = """<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>{text}</description></item>"""
SAID = (
    "Kharkiv regional governor Oleh Syniehubov said on Monday that two drones had struck a "
    "grain warehouse in Kupiansk overnight.",
    "The Ukrainian Navy said on Tuesday that a cargo ship had left Odesa despite the threat.",
    "Aid convoys reached Kherson on Tuesday, the UN humanitarian office said in a statement.",
)


def rss(*entries: tuple[str, str, str]) -> str:
    items = "".join(
        ENTRY.format(title=title, link=link, guid=link, text=text) for title, link, text in entries
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title>'
        f"<link>http://valley.example/</link><description>wire</description>{items}</channel></rss>"
    )


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "feeds.db")


def test_feeds_are_added_listed_and_removed(db, capsys) -> None:
    assert run(["feeds", "add", "--db", db, "https://valley.example/rss", "--name", "valley"],
               capsys)[1] == "following feed 1: valley\n"  # fmt: skip
    code, _, err = run(["feeds", "add", "--db", db, "ftp://valley.example/rss"], capsys)
    assert code == 2 and "not an http or https address" in err
    code, _, err = run(["feeds", "add", "--db", db, "https://valley.example/rss"], capsys)
    assert code == 1 and "already following" in err
    code, out, _ = run(["feeds", "list", "--db", db], capsys)
    assert "valley" in out and "not fetched" in out
    code, out, _ = run(["feeds", "remove", "--db", db, "valley"], capsys)
    assert code == 0 and "stopped following feed 1" in out
    assert run(["feeds", "list", "--db", db], capsys)[1] == ""


def test_refresh_stores_entries_then_asks_conditionally_and_gets_304(
    db, capsys, httpserver
) -> None:
    seen: list[dict[str, str]] = []

    def feed(request: Request) -> Response:
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        body = rss(("Drones hit Kupiansk", "http://valley.example/1", SAID[0]),
                   ("Ship leaves Odesa", "http://valley.example/2", SAID[1]))  # fmt: skip
        return Response(body, headers={"ETag": '"v1"', "Content-Type": "application/rss+xml"})

    httpserver.expect_request("/rss").respond_with_handler(feed)
    run(["feeds", "add", "--db", db, httpserver.url_for("/rss")], capsys)
    code, out, _ = run(["refresh", "--db", db, "--delay", "0"], capsys)
    assert code == 0 and out.startswith("1 feed: 1 fetched, 0 not modified, 0 failed; 2 new")
    assert seen[0]["User-Agent"].startswith("briefing/") and "gzip" in seen[0]["Accept-Encoding"]
    code, out, _ = run(["refresh", "--db", db, "--delay", "0"], capsys)
    assert code == 0 and "0 fetched, 1 not modified" in out and "0 new documents" in out
    assert seen[1]["If-None-Match"] == '"v1"'
    with Store(db) as store:
        assert store.counts()["documents"] == 2
        (feed_row,) = store.feeds.all()
        assert feed_row.status == "304 not modified" and feed_row.stored == 2
        sources = {d.source for d in store.all_document_headers()}
        assert sources == {
            f"{httpserver.url_for('/rss')}#http://valley.example/{n}" for n in (1, 2)
        }


def test_each_failing_feed_is_one_line_and_the_others_are_stored(db, capsys, httpserver) -> None:
    httpserver.expect_request("/good").respond_with_data(
        gzip.compress(rss(("Aid", "http://valley.example/3", SAID[2])).encode()),
        headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"},
    )
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    httpserver.expect_request("/broken").respond_with_data("oops", status=500)
    httpserver.expect_request("/bad").respond_with_data("<rss><channel><item><title>cut")
    httpserver.expect_request("/moved").respond_with_data(
        "", status=301, headers={"Location": httpserver.url_for("/good")}
    )
    for path in ("/gone", "/broken", "/bad", "/moved", "/good"):
        run(["feeds", "add", "--db", db, httpserver.url_for(path)], capsys)
    code, out, err = run(["refresh", "--db", db, "--delay", "0"], capsys)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("briefing: feed ") for line in lines)
    assert "404 NOT FOUND" in lines[0].upper() and "500" in lines[1]
    assert "malformed" in lines[2] or "not a readable" in lines[2]
    assert out.startswith("5 feeds: 2 fetched, 0 not modified, 3 failed; 1 new document")
    broken = [r for r in httpserver.log if r[0].path == "/broken"]
    assert len(broken) == 3  # a 5xx is tried twice more, a 404 is not
    assert len([r for r in httpserver.log if r[0].path == "/gone"]) == 1


def test_a_feed_that_does_not_answer_in_time_times_out(db, httpserver) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.6)
        return Response(rss(("Aid", "http://valley.example/3", SAID[2])))

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with Store(db) as store:
        store.feeds.add(httpserver.url_for("/slow"))
        fetcher = Fetcher(timeout=0.2, retries=1, host_delay=0, sleep=lambda _: None)
        (result,) = refresh(store, fetcher)
        fetcher.close()
        assert result.failed and result.status == "timed out"
        assert store.counts()["documents"] == 0


def test_a_feed_whose_entries_changed_stores_only_what_is_new(db, capsys, httpserver) -> None:
    versions = [
        rss(("Drones", "http://valley.example/1", SAID[0]), ("Ship", "http://valley.example/2", SAID[1])),
        rss(("Drones", "http://valley.example/1", SAID[0] + " Two people were hurt."),
            ("Ship", "http://valley.example/2", SAID[1]),
            ("Aid", "http://valley.example/3", SAID[2])),
    ]  # fmt: skip
    httpserver.expect_request("/rss").respond_with_handler(
        lambda request: Response(versions.pop(0) if len(versions) > 1 else versions[0])
    )
    run(["feeds", "add", "--db", db, httpserver.url_for("/rss")], capsys)
    assert "2 new documents" in run(["refresh", "--db", db, "--delay", "0"], capsys)[1]
    assert "2 new documents" in run(["refresh", "--db", db, "--delay", "0"], capsys)[1]
    with Store(db) as store:
        assert store.counts()["documents"] == 4  # the edited entry is a new text; one unchanged


def test_full_text_reads_the_linked_page_for_a_summary_only_entry(db, httpserver) -> None:
    page = (Path(__file__).parent / "read" / "samples" / "kherson-ferry.html").read_bytes()
    httpserver.expect_request("/article").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/rss").respond_with_data(
        rss(("Ferry halted", httpserver.url_for("/article"), "Ferries stopped. More soon."))
    )
    with Store(db) as store:
        store.feeds.add(httpserver.url_for("/rss"))
        waits: list[float] = []
        fetcher = Fetcher(timeout=5, host_delay=0.5, sleep=waits.append)
        (result,) = refresh(store, fetcher, full_text=True)
        fetcher.close()
        (document,) = store.all_documents()
        assert result.new == 1 and "Oleksandr Prokudin" in document.text
        assert document.title == "Ferry halted"
        assert waits and 0 < waits[0] <= 0.5  # the page waited its turn on the same host


def test_three_feeds_through_two_refreshes_the_second_all_304s(db, capsys, httpserver) -> None:
    def answer(number: int):
        def feed(request: Request) -> Response:
            if request.headers.get("If-Modified-Since") == "Tue, 05 Mar 2024 09:00:00 GMT":
                return Response(status=304)
            entry = (f"Item {number}", f"http://valley.example/{number}", SAID[number])
            return Response(rss(entry), headers={"Last-Modified": "Tue, 05 Mar 2024 09:00:00 GMT"})

        return feed

    for number in range(3):
        httpserver.expect_request(f"/feed{number}").respond_with_handler(answer(number))
        run(["feeds", "add", "--db", db, httpserver.url_for(f"/feed{number}")], capsys)
    first = run(["refresh", "--db", db, "--delay", "0"], capsys)[1]
    second = run(["refresh", "--db", db, "--delay", "0"], capsys)[1]
    assert first.startswith("3 feeds: 3 fetched, 0 not modified, 0 failed; 3 new documents")
    assert second.startswith("3 feeds: 0 fetched, 3 not modified, 0 failed; 0 new documents")
    with Store(db) as store:
        assert store.counts()["documents"] == 3
        speakers = {s.speaker for s in store.timeline_page(limit=50).statements}
        assert "Oleh Syniehubov" in speakers


def test_an_entry_the_extractor_fails_on_is_counted_and_the_others_are_stored(
    db, capsys, httpserver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.extract import pipeline

    real = pipeline.extract

    def failing(document):  # type: ignore[no-untyped-def]
        if "Kupiansk" in document.text:
            raise KeyError("a fault of the extractor")
        return real(document)

    monkeypatch.setattr(pipeline, "extract", failing)
    httpserver.expect_request("/rss").respond_with_data(
        rss(*((f"Entry {n}", f"http://valley.example/{n}", said) for n, said in enumerate(SAID)))
    )
    run(["feeds", "add", "--db", db, httpserver.url_for("/rss")], capsys)
    code, out, _ = run(["refresh", "--db", db, "--delay", "0"], capsys)
    assert (code, out) == (
        0,
        "1 feed: 1 fetched, 0 not modified, 0 failed; 2 new documents, 2 statements\n",
    )
    with Store(db) as store:
        assert store.counts()["documents"] == 2
        (feed,) = store.feeds.all()
    assert feed.status == "200: 2 new, 1 the extractor failed on"
