"""The persistent index cache: one sqlite file per repository.

Where: ``$ROOTCAUSE_CACHE_DIR`` (or the ``cache_dir`` argument) when set, else the user
cache folder (``platformdirs.user_cache_dir("rootcause")/index``, e.g.
``~/.cache/rootcause/index`` on Linux). The file is named after the repo folder plus a
hash of its absolute path, so one folder serves many repositories. We keep it out of
the repository on purpose: indexing never writes into the user's tree, and a cache file
that came *with* a repository is never trusted.

What: a row per file keyed by its repo-relative path with ``(size, mtime_ns)``, a
content hash (so a touched but unchanged file is not re-parsed), the module name it was
extracted under and the marshalled symbols; plus a ``names`` table (a row per file: the
names it calls and defines, one per line) so "who calls get_user?" loads only the files
that might; plus a
``state`` table of whole-repo snapshots (the file listing, every file's bookkeeping)
that let a warm run start with two reads.

Workers write their own rows (one transaction per chunk), so the parent process does
almost nothing while a cold index is built. The ``names`` table is deliberately not an
inverted index: a row per (name, file) cost the workers more CPU than everything else
they write, while a lookup that scans one small table with ``instr`` in C takes a few
milliseconds per thousand files, and an analysis asks for a handful of names.

Safety: WAL journal and a busy timeout let two runs share the file; a file sqlite cannot
read is deleted and rebuilt (with a warning), and if even that fails the index simply
runs without a cache.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rootcause.index.codec import SCHEMA, blake2b

log = logging.getLogger("rootcause.index")

ENV_CACHE_DIR = "ROOTCAUSE_CACHE_DIR"
BUSY_TIMEOUT_S = 30.0
#: When a new cache file is created, files of the same folder unused for this long, or
#: beyond the newest ``KEEP_FILES``, are deleted (throw-away repos must not pile up).
MAX_AGE_S = 14 * 24 * 3600
KEEP_FILES = 64
_CACHE_NAME = re.compile(r"^.+-[0-9a-f]{16}\.sqlite$")


class CacheError(Exception):
    """The cache file cannot be used."""


CALL, DEFINE = 0, 1

_SCHEMA_SQL = (
    "CREATE TABLE IF NOT EXISTS files ("
    " path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    " digest BLOB NOT NULL, module TEXT NOT NULL, is_package INTEGER NOT NULL,"
    " n_functions INTEGER NOT NULL, n_classes INTEGER NOT NULL, n_calls INTEGER NOT NULL,"
    " n_imports INTEGER NOT NULL, symbols BLOB NOT NULL)",
    # "\n"-separated, with a "\n" at both ends: a name is found with instr("\nname\n")
    "CREATE TABLE IF NOT EXISTS names ("
    " path TEXT PRIMARY KEY, calls TEXT NOT NULL, defines TEXT NOT NULL)",
    # whole-repo snapshots read in one go by a warm run: "listing" (the workspace's file
    # list and what proves it unchanged) and "entries" (every file's bookkeeping)
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
)


#: Changes with the record layout (codec) and with the tables above.
CACHE_SCHEMA = SCHEMA + "-" + blake2b("".join(_SCHEMA_SQL).encode(), digest_size=4).hexdigest()


@dataclass(frozen=True, slots=True)
class CachedRow:
    size: int
    mtime_ns: int
    digest: bytes
    module: str
    is_package: bool
    counts: tuple[int, int, int, int]  # functions, classes, calls, imports


def default_cache_dir() -> Path:
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env).expanduser()
    if sys.platform.startswith("linux"):
        # what platformdirs.user_cache_dir answers here, without importing it (start-up time)
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if xdg.strip() else Path(os.path.expanduser("~/.cache"))
        return base / "rootcause" / "index"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rootcause")) / "index"


def cache_file(root: Path, cache_dir: Path | None = None) -> Path:
    """The cache file for the repository at ``root``."""
    folder = cache_dir if cache_dir is not None else default_cache_dir()
    tag = blake2b(str(root).encode(), digest_size=8).hexdigest()
    safe_name = "".join(c if c.isalnum() or c in "-_." else "_" for c in root.name)[:40] or "root"
    return folder / f"{safe_name}-{tag}.sqlite"


def prune(folder: Path, *, keep: Path | None = None, now: float | None = None) -> list[Path]:
    """Delete cache files of ``folder`` that are stale or too many; never fails."""
    try:
        found = []
        for entry in os.scandir(folder):
            if _CACHE_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
                found.append((entry.stat().st_mtime, Path(entry.path)))
    except OSError:
        return []
    now = time.time() if now is None else now
    found.sort(reverse=True)  # newest first
    doomed = [
        path
        for rank, (mtime, path) in enumerate(found)
        if path != keep and (now - mtime > MAX_AGE_S or rank >= KEEP_FILES)
    ]
    for path in doomed:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{path}{suffix}")
    return doomed


class IndexCache:
    """A connection to one repository's cache file."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.root = str(root)
        self.rebuilt = False
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, cache_dir: Path | None = None) -> IndexCache | None:
        """Open (creating or rebuilding as needed); None when no cache can be used at all."""
        path = cache_file(root, cache_dir)
        cache = cls(path, root)
        if path.exists():
            with contextlib.suppress(OSError):
                os.utime(path)  # "last used", for pruning (warm runs write nothing else)
        else:
            prune(path.parent, keep=path)
        try:
            cache._connect()
            return cache
        except (sqlite3.DatabaseError, CacheError) as exc:
            cache.close()
            log.warning("index cache %s is unreadable (%s); rebuilding it", path, exc)
            cache._delete_files()
            cache.rebuilt = True
        except OSError as exc:
            log.warning("index cache %s cannot be opened (%s); running without it", path, exc)
            return None
        try:
            cache._connect()
            return cache
        except (sqlite3.Error, CacheError, OSError) as exc:
            cache.close()
            log.warning("index cache %s cannot be rebuilt (%s); running without it", path, exc)
            return None

    def _connect(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        self._conn = conn
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if self._ready(conn):
            return  # the common, warm case: no write at all
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None:
            raise CacheError("no journal mode")
        with _transaction(conn):
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            if not self._ready(conn):
                conn.execute("DROP TABLE IF EXISTS files")
                conn.execute("DROP TABLE IF EXISTS names")
                conn.execute("DROP TABLE IF EXISTS state")
                conn.execute("DELETE FROM meta")
                for statement in _SCHEMA_SQL:
                    conn.execute(statement)
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("schema", CACHE_SCHEMA), ("root", self.root)],
                )

    def _ready(self, conn: sqlite3.Connection) -> bool:
        """Does the file already hold our schema, for this repository?"""
        try:
            found = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return False
            raise
        return found.get("schema") == CACHE_SCHEMA and found.get("root") == self.root

    def _delete_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{self.path}{suffix}")
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("cannot delete %s%s: %s", self.path, suffix, exc)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                finally:
                    self._conn = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise CacheError("cache is closed")
        return self._conn

    # -- reading ----------------------------------------------------------------------

    def rows(self) -> dict[str, CachedRow]:
        """Every file's bookkeeping (not its symbols)."""
        with self._lock:
            cursor = self._db().execute(
                "SELECT path, size, mtime_ns, digest, module, is_package,"
                " n_functions, n_classes, n_calls, n_imports FROM files"
            )
            return {
                row[0]: CachedRow(row[1], row[2], row[3], row[4], bool(row[5]), row[6:10])
                for row in cursor
            }

    def load_state(self, key: str) -> bytes | None:
        """A snapshot blob saved by :meth:`save_state` (None when absent or unreadable)."""
        try:
            with self._lock:
                row = self._db().execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, CacheError) as exc:
            log.warning("index cache read failed: %s", exc)
            return None
        return bytes(row[0]) if row is not None else None

    def save_state(self, values: dict[str, bytes]) -> None:
        """Replace snapshot blobs, in one transaction; a failure only costs speed."""
        if not values:
            return
        try:
            with self._lock:
                conn = self._db()
                with _transaction(conn):
                    conn.executemany(
                        "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
                        list(values.items()),
                    )
        except (sqlite3.Error, CacheError) as exc:
            log.warning("index cache write failed (%s); continuing without saving", exc)

    def paths_named(self, name: str, kind: int) -> set[str]:
        """Files that call (``CALL``) or define (``DEFINE``) something called ``name``."""
        if "\n" in name:
            return set()
        column = "calls" if kind == CALL else "defines"
        try:
            with self._lock:
                cursor = self._db().execute(
                    f"SELECT path FROM names WHERE instr({column}, ?) > 0", (f"\n{name}\n",)
                )
                return {row[0] for row in cursor}
        except (sqlite3.Error, CacheError) as exc:
            log.warning("index cache read failed: %s", exc)
            return set()

    def load(self, path: str) -> tuple[bytes, bytes] | None:
        """(digest, marshalled symbols) of one file, or None (also once closed)."""
        if self._conn is None:
            return None
        try:
            with self._lock:
                row = (
                    self._db()
                    .execute("SELECT digest, symbols FROM files WHERE path = ?", (path,))
                    .fetchone()
                )
        except (sqlite3.Error, CacheError) as exc:
            log.warning("index cache read failed for %s: %s", path, exc)
            return None
        return (row[0], row[1]) if row is not None else None

    # -- writing ----------------------------------------------------------------------

    def delete_many(self, paths: Iterable[str]) -> None:
        """Forget files that no longer exist."""
        rows = [(p,) for p in paths]
        if not rows:
            return
        try:
            with self._lock:
                conn = self._db()
                with _transaction(conn):
                    conn.executemany("DELETE FROM files WHERE path = ?", rows)
                    conn.executemany("DELETE FROM names WHERE path = ?", rows)
        except (sqlite3.Error, CacheError) as exc:
            log.warning("index cache write failed (%s); continuing without saving", exc)


class CachedNames:
    """The name pre-filter answered by the cache's ``names`` table, limited to live files.

    Each answer is kept: the table is scanned once per name asked.
    """

    def __init__(self, cache: IndexCache, live: Container[str]) -> None:
        self.cache = cache
        self.live = live
        self._found: dict[tuple[str, int], set[str]] = {}

    def _paths(self, name: str, kind: int) -> set[str]:
        found = self._found.get((name, kind))
        if found is None:
            found = self._found[name, kind] = {
                p for p in self.cache.paths_named(name, kind) if p in self.live
            }
        return set(found)

    def paths_calling(self, name: str) -> set[str]:
        return self._paths(name, CALL)

    def paths_defining(self, name: str) -> set[str]:
        return self._paths(name, DEFINE)


# -- writing from worker processes ----------------------------------------------------

#: (path, size, mtime_ns, digest, module, is_package, symbols blob, called names, defined names,
#: (functions, classes, calls, imports) counts)
StoredFile = tuple[
    str,
    int,
    int,
    bytes,
    str,
    bool,
    bytes,
    frozenset[str],
    frozenset[str],
    tuple[int, int, int, int],
]


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back when the body (or the commit) raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _name_lines(names: frozenset[str]) -> str:
    return "\n" + "".join(f"{name}\n" for name in names if "\n" not in name)


def store_files(
    db_path: str, stored: list[StoredFile], touched: list[tuple[int, int, str]]
) -> bool:
    """Write one chunk's results in a single transaction; False (and a warning) on failure."""
    if not stored and not touched:
        return True
    conn: sqlite3.Connection | None = None
    try:
        # a connection per chunk: never one inherited through fork, nor one left open
        # on a file that was since deleted and rebuilt
        conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA synchronous = NORMAL")
        with _transaction(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, digest, module, is_package,"
                " n_functions, n_classes, n_calls, n_imports, symbols)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*row[:6], *row[9], row[6]) for row in stored],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO names (path, calls, defines) VALUES (?, ?, ?)",
                [(row[0], _name_lines(row[7]), _name_lines(row[8])) for row in stored],
            )
            conn.executemany("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", touched)
    except sqlite3.Error as exc:
        log.warning("index cache write failed (%s); these files will be parsed again", exc)
        return False
    finally:
        if conn is not None:
            conn.close()
    return True
