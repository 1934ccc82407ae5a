"""export -o never destroys what is at the path: links, devices, FIFOs, permissions."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.errors import StoreError
from briefing.output_file import write_output


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_output(link, lambda out: out.write("new"))
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"


def test_a_fifo_is_written_through_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_output(fifo, lambda out: out.write("through the pipe"))
    reader.join(timeout=10)
    assert received == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_the_files_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")
    target.chmod(0o640)
    write_output(target, lambda out: out.write("new"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text() == "new"


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "exp.json"
    target.write_text("old")

    def fail(out) -> None:
        out.write("half")
        raise StoreError("database disk image is malformed")

    with pytest.raises(StoreError):
        write_output(target, fail)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json"]


def test_export_to_a_symlink_writes_its_target(tmp_path: Path, sample_store_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("")
    (tmp_path / "link.json").symlink_to(real)
    code = main(["export", "--db", str(sample_store_path), "-o", str(tmp_path / "link.json")])
    assert code == 0 and (tmp_path / "link.json").is_symlink()
    assert real.read_text().startswith('{\n"schema": "briefing/1"')


def test_a_full_device_is_one_line_and_exit_1(sample_store_path: Path, capfd) -> None:
    if not Path("/dev/full").exists():
        pytest.fail("this test needs /dev/full (Linux)")
    code = main(["export", "--db", str(sample_store_path), "-o", "/dev/full"])
    assert code == 1
    assert (
        capfd.readouterr().err.strip()
        == "briefing: /dev/full: cannot write (No space left on device)"
    )
