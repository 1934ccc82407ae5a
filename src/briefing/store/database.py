"""Opening a store: the SQLite file, its pragmas, migrations and transactions.

The connection runs in autocommit mode and every write goes through
:func:`transaction` (``BEGIN IMMEDIATE`` … ``COMMIT``), so one document or one
edit is always one transaction and a failure rolls all of it back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from briefing.errors import StoreError
from briefing.store.schema import SCHEMA_VERSION, migrate, schema_version

BUSY_TIMEOUT_MS = 10_000
WAL_CHECKPOINT_PAGES = 10_000
"""Pages the write-ahead log may hold before they are copied into the store (SQLite's
default is 1,000). Each copy ends with the disk flushed, and with the default an ingest
waited on a flush every few documents: 600 articles were written in 3.2 s, 2,400 in
18.5 s; with 10,000 (40 MB of log) 2.8 s and 13.9 s."""
WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024
"""The log file is cut back to this size once it has been copied, so it does not stay at
its largest."""


def writable(path: Path) -> bool:
    """Whether a store at ``path`` can be written: the file, and the folder that holds its
    journal (WAL keeps ``-wal`` and ``-shm`` files beside it)."""
    folder_ok = os.access(path.parent, os.W_OK) if path.parent.exists() else True
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def connect(path: Path, notice: Callable[[str], None] | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) a store file, set its pragmas and migrate it forward,
    telling ``notice`` first when an older store is brought up to date (rebuilding its
    search index takes minutes at ten million statements).

    A store that cannot be written is opened read-only, as it is."""
    if path.is_file() and not writable(path):
        return _connect_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"{path}: cannot open store ({error})") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _refuse_other_databases(conn, path)
        with _setup_lock(path):  # two processes opening a new store at once
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT_BYTES}")
            db = sqlite_utils.Database(conn)
            version = schema_version(db)
            if notice is not None and 0 < version < SCHEMA_VERSION:
                notice(
                    f"bringing {path} up to date (schema {version} → {SCHEMA_VERSION}); "
                    "once, and a large store takes a while"
                )
            migrate(db)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(f"{path}: not a briefing store ({error})") from error
    except StoreError:
        conn.close()
        raise
    return db


def _connect_read_only(path: Path) -> sqlite_utils.Database:
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?immutable=1", uri=True, check_same_thread=False
        )
        _refuse_other_databases(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a briefing store ({error})") from error
    if version != SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"{path}: read-only, and its schema (version {version}) needs this briefing's "
            f"({SCHEMA_VERSION}); open it once where it can be written"
        )
    return sqlite_utils.Database(conn)


def _refuse_other_databases(conn: sqlite3.Connection, path: Path) -> None:
    """A SQLite file of something else is left exactly as it is: no tables added, no WAL."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and tables:
        conn.close()
        raise StoreError(f"{path}: not a briefing store (another program's SQLite database)")


@contextmanager
def _setup_lock(path: Path) -> Iterator[None]:
    """Only one process sets up or migrates a store; the others wait, then find it done."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: SQLite's own locking has to do
        yield
        return
    try:
        lock = path.with_name(f".{path.name}.lock").open("a")
    except OSError:  # a read-only folder: nobody can migrate there anyway
        yield
        return
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _roll_back(conn: sqlite3.Connection) -> None:
    """Roll back what is open; SQLite may have rolled back already (a full disk does)."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):  # nothing of it was committed either way
            conn.execute("ROLLBACK")


def _problem(error: sqlite3.Error) -> str:
    """What went wrong, said for a person: full disk, read-only file, damaged file."""
    message = str(error)
    lowered = message.lower()
    if "full" in lowered:
        return "the disk is full"
    if "readonly" in lowered or "read-only" in lowered:
        return "the store is read-only"
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return "the store file is damaged (database disk image is malformed)"
    return message


class Connection:
    """A store connection shared by threads, one statement batch at a time."""

    def __init__(self, path: Path, notice: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.db = connect(path, notice)
        self.lock = threading.RLock()

    def close(self) -> None:
        with self.lock:
            self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls the whole of it back."""
        with self.lock:
            conn = self.db.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: cannot write ({_problem(error)})") from error
            try:
                yield conn
            except sqlite3.Error as error:
                _roll_back(conn)
                raise StoreError(f"{self.path}: {_problem(error)}") from error
            except BaseException:
                _roll_back(conn)
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as error:
                _roll_back(conn)
                raise StoreError(f"{self.path}: cannot commit ({_problem(error)})") from error

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            try:
                yield self.db.conn
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: query failed ({error})") from error
