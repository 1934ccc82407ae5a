"""Writing an export to a path without ever destroying what is there.

A regular file (or a path that does not exist yet) is written whole or not at
all: a temporary file beside it, renamed over it once complete, with the old
file's permissions. A symlink is followed first, so the file it points to is
replaced and the link stays. Anything that is not a regular file — a terminal,
``/dev/null``, a FIFO — is written through, never renamed over. The temporary
file is removed on every failure, whatever raised. Written by hand because the
standard library's ``tempfile`` and ``os.replace`` are the pieces; what to do
with each kind of target is ours to decide.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from briefing.errors import InputError


def write_output(path: Path, write: Callable[[IO[str]], None]) -> None:
    """Call ``write`` with a text stream that ends up at ``path``."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror})") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a folder")
    try:
        if mode is not None and not stat.S_ISREG(mode):
            with target.open("w", encoding="utf-8", newline="") as out:
                write(out)
            return
        _replace_whole(target, mode, write)
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror or error})") from None


def _replace_whole(target: Path, mode: int | None, write: Callable[[IO[str]], None]) -> None:
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else _default_mode())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _default_mode() -> int:
    """What ``open(path, "w")`` would give a new file: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
