"""``briefing refresh``: fetch every followed feed over HTTP(S) and store what is new.

httpx does the HTTP: redirects (at most five), gzip and deflate, a timeout, and a
user agent that says what is asking. Each feed is asked conditionally (``If-None-Match``
and ``If-Modified-Since`` from the validators its server gave last time), so a feed that
has not changed costs a ``304``. A timeout, a network error or a 5xx is tried again, at
most ``retries`` times, waiting 0.5 s, then 1 s, …; a 4xx is not. A feed that fails is
one line and the others are still stored. Each entry is a document stored in its own
transaction, and storing the same text again changes nothing, so a feed whose entries
changed stores only the new or edited ones. With ``full_text``, an entry that carries
only a summary is replaced by its linked page read through trafilatura, waiting
``host_delay`` seconds between two requests to the same host.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import httpx

from briefing import __version__
from briefing.errors import BriefingError, ExtractionFailed, InputError
from briefing.model import Document
from briefing.store import Store, utc_now
from briefing.store.feeds import Feed

USER_AGENT = f"briefing/{__version__} (a feed reader for analysts; conditional requests)"
MAX_FEED_BYTES = 25 * 1024 * 1024
SUMMARY_CHARS = 600
"""An entry shorter than this is taken for a summary when pages are fetched in full."""


@dataclass(frozen=True)
class Fetched:
    feed: Feed
    status: str
    new: int = 0
    statements: int = 0
    failed: bool = False


class Fetcher:
    """One HTTP client for a refresh, with its retries and the per-host pace."""

    def __init__(
        self, timeout: float = 10.0, retries: int = 2, host_delay: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:  # fmt: skip
        self.client = httpx.Client(
            follow_redirects=True, max_redirects=5, timeout=timeout,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )  # fmt: skip
        self.retries = retries
        self.host_delay = host_delay
        self.sleep = sleep
        self.last_at: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        host = urlsplit(url).netloc
        wait = self.last_at.get(host, 0.0) + self.host_delay - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        for attempt in range(self.retries + 1):
            try:
                response = self.client.get(url, headers=headers or {})
            except (httpx.TimeoutException, httpx.TransportError):
                if attempt == self.retries:
                    raise
            else:
                if response.status_code < 500 or attempt == self.retries:
                    self.last_at[host] = time.monotonic()
                    return response
            self.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")  # the last attempt returns or raises


def refresh(
    store: Store, fetcher: Fetcher, full_text: bool = False,
    on_feed: Callable[[str], None] | None = None,
) -> list[Fetched]:  # fmt: skip
    """Every followed feed fetched once, in the order they were added."""
    results = []
    for feed in store.feeds.all():
        found = _refresh_one(store, fetcher, feed, full_text)
        results.append(found)
        if on_feed is not None:
            on_feed(feed.name or feed.url)
    return results


def _refresh_one(store: Store, fetcher: Fetcher, feed: Feed, full_text: bool) -> Fetched:
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        response = fetcher.get(feed.url, headers)
    except httpx.TimeoutException:
        return _done(store, feed, "timed out", failed=True)
    except httpx.HTTPError as error:
        return _done(store, feed, f"network error ({type(error).__name__}: {error})", failed=True)
    if response.status_code == 304:
        return _done(store, feed, "304 not modified")
    if response.status_code >= 400:
        return _done(store, feed, f"{response.status_code} {response.reason_phrase}", failed=True)
    if len(response.content) > MAX_FEED_BYTES:
        return _done(store, feed, "feed too large (over 25 MB)", failed=True)
    from briefing.read.feed import parse_feed

    try:
        documents = parse_feed(response.content, feed.url)
    except InputError as error:
        return _done(store, feed, str(error), failed=True)
    new = statements = unread = 0
    for document in documents:
        if full_text:
            document = _full_text(fetcher, document)
        try:
            stored = _store(store, document)
        except ExtractionFailed:
            unread += 1  # the extractor's fault: the feed's other entries are still stored
            continue
        except BriefingError as error:
            return _done(store, feed, f"store error ({error})", failed=True, new=new)
        new += stored[0]
        statements += stored[1]
    not_read = f", {unread} the extractor failed on" if unread else ""
    return _done(
        store, feed, f"{response.status_code}: {new} new{not_read}", new=new, statements=statements,
        etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
    )  # fmt: skip


def _store(store: Store, document: Document) -> tuple[int, int]:
    from briefing.extract import extract

    if store.document_id(document.content_hash) is not None:
        return 0, 0
    result = store.ingest(document, extract(document))
    return int(result.new), result.statements_added


def _full_text(fetcher: Fetcher, document: Document) -> Document:
    """The entry's linked page in place of its summary, when the page can be read."""
    if len(document.text) >= SUMMARY_CHARS or not document.url:
        return document
    from briefing.read.html import parse_html_document

    try:
        response = fetcher.get(document.url)
        if response.status_code != 200:
            return document
        page = parse_html_document(response.content, document.url)
    except (httpx.HTTPError, InputError):
        return document  # the summary is still worth keeping
    return replace(document, text=page.text)


def _done(
    store: Store, feed: Feed, status: str, failed: bool = False, new: int = 0,
    statements: int = 0, etag: str | None = None, last_modified: str | None = None,
) -> Fetched:  # fmt: skip
    store.feeds.fetched(feed.id, status, utc_now(), etag, last_modified, new)
    return Fetched(feed, status, new, statements, failed)
