"""``ingest --jobs N``: files read and extracted in worker processes give the same store
as one process, stored in the order given."""

from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from briefing import workers
from briefing.cli import main
from briefing.resources import sample_briefings
from tests.exports import without_times


def export_after_ingest(
    folder: Path, db: Path, jobs: int, capsys: pytest.CaptureFixture[str]
) -> tuple[str, object]:
    assert main(["ingest", "--db", str(db), str(folder), "--jobs", str(jobs)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"briefing: {folder / 'broken.md'}: binary file, not text")
    line = captured.out.strip()
    assert main(["export", "--db", str(db), "--format", "json"]) == 0
    return line, without_times(json.loads(capsys.readouterr().out))


def test_two_processes_store_what_one_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefings"
    folder.mkdir()
    for path in sample_briefings():
        shutil.copy(path, folder / path.name)
    (folder / "broken.md").write_bytes(b"\x00\x01 not text")
    one_line, one = export_after_ingest(folder, tmp_path / "one.db", 1, capsys)
    two_line, two = export_after_ingest(folder, tmp_path / "two.db", 2, capsys)
    assert one == two
    assert (
        one_line.split(";")[0]
        == two_line.split(";")[0]
        == (f"{len(sample_briefings())} new, 0 unchanged, 1 failed")
    )
    assert [d["source"].rsplit("/", 1)[-1] for d in two["documents"]] == sorted(
        p.name for p in sample_briefings()
    )


def test_jobs_must_be_a_sensible_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", "--jobs", "0", "a.md"])
    assert exit_info.value.code == 2
    assert "a number of processes must be from 1 to 256, not 0" in capsys.readouterr().err


def test_a_worker_that_dies_does_not_lose_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from briefing import workers

    folder = tmp_path / "briefings"
    folder.mkdir()
    for path in sample_briefings()[:4]:
        shutil.copy(path, folder / path.name)
    (folder / "zz-die.md").write_text("The mayor said the road was closed.\n", encoding="utf-8")
    parent, read = os.getpid(), workers.read_source

    def dies_in_a_worker(name: str):  # the worker is forked: it has this patch too
        if name.endswith("die.md") and os.getpid() != parent:
            os._exit(3)
        return read(name)

    monkeypatch.setattr(workers, "read_source", dies_in_a_worker)
    monkeypatch.setattr(workers._Slot, "take_over", lambda slot, overrides: False)  # a worker's
    db = tmp_path / "store.db"
    assert main(["ingest", "--db", str(db), str(folder), "--jobs", "2"]) == 0
    assert capsys.readouterr().out.startswith("5 new, 0 unchanged, 0 failed")


def test_killing_the_ingest_takes_its_workers_with_it(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(300):
        (folder / f"{index:03}.md").write_text(
            f"Item {index}. The mayor said the road to the bridge was closed.\n", encoding="utf-8"
        )
    command = [sys.executable, "-m", "briefing", "--db", str(tmp_path / "s.db"), "ingest"]
    process = subprocess.Popen([*command, str(folder), "--jobs", "3"])  # two workers
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = _children(process.pid)
    assert len(workers) == 2
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_give_way_to_the_writer() -> None:
    """The writer is the one process every document waits on: its workers run niced."""
    with ProcessPoolExecutor(
        max_workers=1, initializer=workers.start_worker, initargs=(os.getpid(),)
    ) as pool:
        worker_niceness = pool.submit(os.nice, 0).result()
    assert worker_niceness == min(os.nice(0) + workers.WORKER_NICENESS, 19)


def _files(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    for index in range(count):
        (folder / f"{index}.md").write_text(f"Item {index}. The mayor said it rained.\n")
    return [str(folder / f"{index}.md") for index in range(count)]


def test_the_writer_prepares_the_next_file_itself_when_no_worker_has_started_it(
    tmp_path: Path,
) -> None:
    from collections import deque
    from concurrent.futures import Future

    from briefing.read.overrides import Overrides

    sources = _files(tmp_path / "in", 3)
    waiting: list[Future[workers.Prepared]] = [Future() for _ in sources]
    pending = deque(workers._Slot(s, f) for s, f in zip(sources, waiting, strict=True))
    workers._help(pending, Overrides())
    assert waiting[0].cancelled()  # taken from the pool
    assert not waiting[1].cancelled() and not waiting[2].cancelled()  # the next was ready
    prepared = pending[0].result()
    assert prepared.outcome.source == sources[0]
    assert prepared.extractions is not None
    assert [len(e.statements) for e in prepared.extractions] == [1]


def test_while_a_worker_prepares_the_next_file_the_writer_prepares_a_later_one(
    tmp_path: Path,
) -> None:
    from collections import deque
    from concurrent.futures import Future

    from briefing.read.overrides import Overrides

    sources = _files(tmp_path / "in", 3)
    waiting: list[Future[workers.Prepared]] = [Future() for _ in sources]
    assert waiting[0].set_running_or_notify_cancel()  # a worker has it
    pending = deque(workers._Slot(s, f) for s, f in zip(sources, waiting, strict=True))
    workers._help(pending, Overrides())  # returns once nothing is left to take
    assert not waiting[0].cancelled()
    assert waiting[1].cancelled() and waiting[2].cancelled()
    assert [slot.ready() for slot in pending] == [False, True, True]
    assert [slot.result().outcome.source for slot in list(pending)[1:]] == sources[1:]


def test_jobs_n_runs_n_processes_in_all(tmp_path: Path) -> None:
    """The writer prepares files too: ``--jobs 2`` is one worker beside it, not two."""
    from briefing.read.overrides import Overrides

    sources = _files(tmp_path / "in", 12)
    seen: set[int] = set()
    original = ProcessPoolExecutor.__init__

    def counted(self, max_workers=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.add(max_workers)
        original(self, max_workers, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ProcessPoolExecutor, "__init__", counted)
        got = [p.outcome.source for p in workers.prepared_in_workers(sources, Overrides(), 2)]
    assert got == sources
    assert seen == {1}
