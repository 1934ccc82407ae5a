"""``briefing archive DIR --scheduler ADDRESS|local``: extraction of an archive on Dask.

A research team's decade of wire copy outgrows one machine. Extraction is a pure
function of the document, so Dask's workers run it (``prepare``: read a file, extract
its documents) and send back the documents with their extractions; this process stores
them, one transaction per document, in the order of the files, exactly as ``ingest``
does. At most ``WINDOW`` files per Dask worker are in flight, so memory here stays
bounded. ``local`` starts a local cluster of processes on this machine; an address
(``tcp://host:8786``) uses a running scheduler, whose workers must have briefing
installed. Dask is an optional extra: ``pip install 'briefing[dask]'``.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterator
from typing import Any

from briefing.errors import InputError
from briefing.read.overrides import Overrides
from briefing.workers import WINDOW, Prepared, prepare


def prepared_on_dask(
    sources: list[str], scheduler: str, workers: int = 2, overrides: Overrides | None = None
) -> Iterator[Prepared]:
    """Each file prepared on a Dask worker, yielded in the order given."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("briefing archive needs Dask: pip install 'briefing[dask]'") from None
    overrides = overrides or Overrides()
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(_client(Client, LocalCluster, scheduler, workers))
        size = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        remaining, pending = deque(sources), deque()
        while remaining or pending:
            while remaining and len(pending) < size * WINDOW:
                source = remaining.popleft()
                pending.append(client.submit(prepare, source, overrides, True, pure=False))
            yield pending.popleft().result()


def _client(client_type: Any, cluster_type: Any, scheduler: str, workers: int) -> Any:
    if scheduler == "local":
        cluster = cluster_type(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return _closing_both(client_type(cluster), cluster)
    try:
        return client_type(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from None


@contextlib.contextmanager
def _closing_both(client: Any, cluster: Any) -> Iterator[Any]:
    try:
        yield client
    finally:
        client.close()
        cluster.close()
