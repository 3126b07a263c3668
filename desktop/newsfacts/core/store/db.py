"""The SQLite file under the data folder: opening it, its schema versions, and its failures.

Durability
----------
WAL journal, ``synchronous=FULL``: a decision is on disk (the WAL fsynced) before ``COMMIT``
returns, so neither a killed process nor a power cut loses one.  ``NORMAL`` would survive a
killed process too but may drop the last commits on a power cut; decisions come at the pace of a
person (a few a minute), so the extra fsync costs nothing anyone would notice.

Schema versions
---------------
``MIGRATIONS[i]`` takes the schema from version ``i`` to ``i + 1`` (``PRAGMA user_version``).
Append a new list to change the schema; never edit one already released.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
from collections.abc import Iterator

from ..paths import data_dir
from .errors import DatabaseLocked, DatabaseRecovered, DatabaseTooNew, DataDirNotWritable, DiskFull, StoreError

DB_NAME = "newsfacts.sqlite3"
# How long a write waits for another window's write to finish before the editor is told.
BUSY_TIMEOUT_MS = 3000

MIGRATIONS: list[list[str]] = [
    # 1: documents (one row per text version) and the decisions made on them, in order
    [
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            signature TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX documents_fingerprint ON documents(fingerprint)",
        "CREATE INDEX documents_path ON documents(path)",
        "CREATE INDEX documents_signature ON documents(signature)",
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            fact_key TEXT NOT NULL,
            action TEXT NOT NULL,
            fact TEXT NOT NULL,
            correction TEXT,
            note TEXT,
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            previous TEXT,
            restore_to TEXT
        )""",
        "CREATE INDEX decisions_document ON decisions(document_id, id)",
    ],
    # 2: revised drafts (which earlier version a text continues, what changed) and finding verdicts
    [
        "ALTER TABLE documents ADD COLUMN parent_id INTEGER REFERENCES documents(id)",
        "ALTER TABLE documents ADD COLUMN revision TEXT",
        "ALTER TABLE decisions ADD COLUMN carried INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE finding_verdicts (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            finding_key TEXT NOT NULL,
            verdict TEXT,
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )""",
        "CREATE INDEX finding_verdicts_document ON finding_verdicts(document_id, id)",
    ],
    # 3: newsroom memory: verified names (with a person's role) and dictionary corrections
    [
        """CREATE TABLE memory_names (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            document_id INTEGER,
            fact_key TEXT,
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            UNIQUE (name, kind, role)
        )""",
        """CREATE TABLE lexicon_entries (
            word TEXT NOT NULL,
            kind TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('add', 'reject')),
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            PRIMARY KEY (word, kind)
        )""",
    ],
    # 4: the desk's own usage rules: a form written -> the form the house style wants
    [
        """CREATE TABLE style_rules (
            written TEXT PRIMARY KEY,
            preferred TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )""",
    ],
    # 5: the desk's own ranked lists: names it prints in one order (a city's leadership)
    [
        """CREATE TABLE ranked_lists (
            label TEXT PRIMARY KEY,
            names TEXT NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )""",
    ],
    # 6: the desk's own standard formulations (本报规范提法: a city's strategies and slogans)
    [
        """CREATE TABLE desk_formulations (
            form TEXT PRIMARY KEY,
            note TEXT NOT NULL DEFAULT '',
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


def _code(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def is_busy(exc: BaseException) -> bool:
    return _code(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc) or "busy" in str(exc)


def is_full(exc: BaseException) -> bool:
    return _code(exc) == "SQLITE_FULL" or "disk is full" in str(exc)


def is_corrupt(exc: BaseException) -> bool:
    return _code(exc).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or any(
        s in str(exc) for s in ("not a database", "malformed", "corrupt")
    )


class Database:
    """One connection to the review database, opened with its schema up to date.

    ``notice`` is set when a damaged database was set aside and a new one started: the UI tells
    the editor once.
    """

    def __init__(self, folder: str | None = None, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.folder = folder or data_dir()
        self.path = os.path.join(self.folder, DB_NAME)
        self.busy_timeout_ms = busy_timeout_ms
        self.notice: DatabaseRecovered | None = None
        _ensure_writable(self.folder)
        try:
            self.conn = self._open()
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise DatabaseLocked(self.path) from None
            if is_full(exc):
                raise DiskFull(self.path) from None
            if not is_corrupt(exc):
                raise StoreError(f"无法打开核稿数据库“{self.path}”：{exc}", f"Cannot open the review database: {exc}") from None
            moved = self._set_aside()
            self.notice = DatabaseRecovered(self.path, moved)
            self.conn = self._open()

    # opening
    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DatabaseTooNew(self.path, version, SCHEMA_VERSION)
            if version > 0:
                row = conn.execute("PRAGMA quick_check").fetchone()
                if not row or row[0] != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed: {row and row[0]}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":  # a folder where WAL is impossible (some network shares)
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn, version)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _migrate(conn: sqlite3.Connection, version: int) -> None:
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again inside the write lock: another window may have just migrated.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for statements in MIGRATIONS[version:]:
                for sql in statements:
                    conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _set_aside(self) -> str:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = f"{self.path}.corrupt-{stamp}"
        n = 1
        while os.path.exists(moved):
            n += 1
            moved = f"{self.path}.corrupt-{stamp}-{n}"
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.path + suffix):
                os.replace(self.path + suffix, moved + suffix)
        return moved

    # writing
    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is on disk when the block ends, or none of it.

        Raises DatabaseLocked / DiskFull / StoreError; the caller decides what to keep.
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise self.translate(exc) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise self.translate(exc) from None
            raise

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise self.translate(exc) from None

    def translate(self, exc: sqlite3.DatabaseError, kept: int = 0) -> StoreError:
        if is_busy(exc):
            return DatabaseLocked(self.path, kept)
        if is_full(exc):
            return DiskFull(self.path, kept)
        return StoreError(
            f"核稿数据库“{self.path}”出错：{exc}。请重新打开核稿助手。",
            f"The review database “{self.path}” failed: {exc}. Please restart NewsFacts.",
        )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


def _ensure_writable(folder: str) -> None:
    try:
        os.makedirs(folder, exist_ok=True)
    except FileExistsError:
        raise DataDirNotWritable(folder, "同名的文件已存在，不是文件夹") from None
    except OSError as exc:
        raise DataDirNotWritable(folder, _why(exc)) from None
    if not os.path.isdir(folder):
        raise DataDirNotWritable(folder, "这不是文件夹")
    probe = os.path.join(folder, f".write-test-{os.getpid()}")
    try:
        with open(probe, "wb") as fh:
            fh.write(b"ok")
        os.remove(probe)
    except OSError as exc:
        raise DataDirNotWritable(folder, _why(exc)) from None


def _why(exc: OSError) -> str:
    import errno

    return {
        errno.EACCES: "没有写入权限",
        errno.EPERM: "没有写入权限",
        errno.EROFS: "磁盘是只读的",
        errno.ENOSPC: "磁盘已满",
        errno.ENOTDIR: "路径中有一段是文件而不是文件夹",
    }.get(exc.errno or 0, exc.strerror or str(exc))


# The first version with the memory tables the headless commands read (memory_names, lexicon_entries).
MEMORY_SINCE = 3


def open_read_only(folder: str | None = None) -> sqlite3.Connection | None:
    """The database for reading only, or None when there is none yet, or none this program can read
    (older than the memory, or written by a newer version) (headless commands).  A database a
    window has not upgraded yet reads too: the tables later versions added are missing there."""
    path = os.path.join(folder or data_dir(), DB_NAME)
    if not os.path.exists(path):
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not MEMORY_SINCE <= version <= SCHEMA_VERSION:
        conn.close()
        return None
    return conn
