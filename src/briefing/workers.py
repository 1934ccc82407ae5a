"""Reading and extracting files in worker processes, for ``ingest --jobs N``.

Extraction is a pure function of the document, so it can run anywhere; storing cannot
(one writer, one transaction per document). ``N`` jobs are ``N - 1`` workers and the
writer: the workers read a file and extract its documents; the ingest stores what they
return here, in the order the files were given, so the store is the same as with one
process. While the next file in order is not ready, the writer prepares a waiting file
itself. With as many workers as cores the writer shared a core with two processes: the
workers spent a quarter more processor time on the same extraction, and 600 articles on
two cores took 5.1–5.3 s; with the writer as one of the ``N``, 4.3–5.1 s. At most
``WINDOW`` files per job are in flight, so memory stays bounded however large the archive.

Standard input is read here, never in a worker. With one process the documents are
extracted only when they are new (``extract_now=False``); workers extract every
document, since they cannot ask the store which ones it already holds.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from briefing.errors import BriefingError
from briefing.extract import extract
from briefing.model import Document, Extraction
from briefing.read import ReadOutcome, read_source
from briefing.read.overrides import Overrides

WINDOW = 4
"""Files per worker read ahead of the writer."""


@dataclass(frozen=True)
class Prepared:
    """One file read, its documents given their overrides, and (maybe) extracted."""

    outcome: ReadOutcome
    extractions: tuple[Extraction, ...] | None = None

    def pairs(self) -> Iterator[tuple[Document, Extraction | None]]:
        for index, document in enumerate(self.outcome.documents):
            yield document, self.extractions[index] if self.extractions else None


def start_worker(parent: int) -> None:
    """In each worker: exit when the ingest that started it is gone (``kill -9`` leaves no
    one to shut the pool down, and a worker must not wait forever for work), and run at a
    lower priority than the writer (``WORKER_NICENESS``)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="follow-parent").start()
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


PARENT_CHECK_SECONDS = 0.5
WORKER_NICENESS = 10
"""Workers yield the processor to the writer. With more jobs than cores the writer shares a
core with them; at equal priority it got two thirds of one, fell behind, and the workers
then waited on the files read ahead (600 articles on two cores: 7.4 s, niced 6.5 s)."""


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def prepare(source: str, overrides: Overrides, extract_now: bool) -> Prepared:
    outcome = read_source(source)
    outcome = replace(outcome, documents=tuple(overrides.apply(d) for d in outcome.documents))
    if not extract_now:
        return Prepared(outcome)
    try:
        return Prepared(outcome, tuple(extract(d) for d in outcome.documents))
    except BriefingError as error:
        return Prepared(replace(outcome, documents=(), error=str(error)))


def prepared_files(
    sources: list[str], overrides: Overrides, jobs: int, extract_now: bool
) -> Iterator[Prepared]:
    """Each file prepared, in order: by ``jobs`` worker processes when there is more than
    one file to share, else here (extracting only if ``extract_now``)."""
    if jobs > 1 and len(sources) > 1:
        return prepared_in_workers(sources, overrides, jobs)
    return (prepare(source, overrides, extract_now) for source in sources)


def prepared_in_workers(
    sources: Iterable[str], overrides: Overrides, jobs: int
) -> Iterator[Prepared]:
    """Each file prepared by ``jobs - 1`` worker processes and this one, yielded in the order
    given. This process stores what is yielded; while the next file in order is not ready,
    it prepares a waiting file itself (``_help``), so ``jobs`` processes share ``jobs``
    cores. If the pool breaks (a worker killed, out of memory), the files not yet done are
    prepared here, one by one, so the batch still goes in."""
    remaining = deque(sources)
    with ProcessPoolExecutor(
        max_workers=jobs - 1, initializer=start_worker, initargs=(os.getpid(),)
    ) as pool:
        pending: deque[_Slot] = deque()
        while remaining or pending:
            while remaining and len(pending) < jobs * WINDOW and remaining[0] != "-":
                source = remaining.popleft()
                pending.append(_Slot(source, pool.submit(prepare, source, overrides, True)))
            if not pending:  # standard input: read here, in its place in the order
                yield prepare(remaining.popleft(), overrides, extract_now=False)
                continue
            _help(pending, overrides)
            slot = pending.popleft()
            try:
                yield slot.result()
            except BrokenProcessPool:
                remaining.extendleft(reversed([slot.source, *(s.source for s in pending)]))
                break
    for source in remaining:
        yield prepare(source, overrides, extract_now=False)


@dataclass
class _Slot:
    """A file in flight: submitted to the pool, or prepared here instead."""

    source: str
    job: Future[Prepared] | Prepared

    def ready(self) -> bool:
        return not isinstance(self.job, Future) or self.job.done()

    def take_over(self, overrides: Overrides) -> bool:
        """Prepare the file here if no worker has started it; whether it was."""
        if not isinstance(self.job, Future) or not self.job.cancel():
            return False
        self.job = prepare(self.source, overrides, True)
        return True

    def result(self) -> Prepared:
        return self.job.result() if isinstance(self.job, Future) else self.job


def _help(pending: deque[_Slot], overrides: Overrides) -> None:
    """While the next file in order is not ready, prepare here the first waiting file that
    no worker has started: the next one itself when it has not been, else one after it. The
    writer's idle time goes to extraction, and no core is shared by three processes."""
    while not pending[0].ready():
        if not any(slot.take_over(overrides) for slot in pending):
            return
