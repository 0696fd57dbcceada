"""Build (or refresh) the index of a workspace.

Cold: every file is parsed in worker processes (tree-sitter objects do not pickle), which
marshal the symbols and write them to the cache themselves; the parent only collects a
few bytes per file. Warm: two snapshot blobs are read from the cache, the saved file
listing (reused without walking the tree when no folder changed, see
:meth:`Workspace.adopt_listing`) and every file's bookkeeping with the module maps; then
one ``stat`` per file. When every ``(size, mtime_ns)`` matches, that is all (no row, no
module is read). A file whose stat changed is re-read, and re-parsed only when its content
hash changed. Symbols are loaded lazily, file by file, when something asks.
"""

from __future__ import annotations

import logging
import marshal
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from rootcause.index.cache import (
    CachedNames,
    CachedRow,
    IndexCache,
    StoredFile,
    cache_file,
    store_files,
)
from rootcause.index.codec import blake2b, decode, encode_raw, raw_summary
from rootcause.index.entries import (
    FileEntry,
    IndexStats,
    NameLookup,
    NameSource,
    RawEntries,
    RawEntry,
    raw_entry,
)
from rootcause.index.naming import ModuleName, module_names
from rootcause.index.repo import ModuleMaps, RepoIndex, module_maps
from rootcause.index.symbols import ModuleSymbols
from rootcause.workspace import Workspace

log = logging.getLogger("rootcause.index")

#: A workspace's file listing older than this is checked again before indexing.
LISTING_MAX_AGE_S = 5.0
#: Below this many files to parse, a process pool costs more than it saves.
MIN_PARALLEL_FILES = 48

# (path, size, mtime_ns, module, is_package, digest known from the cache or None)
_Task = tuple[str, int, int, str, bool, bytes | None]
# (path, digest or None when unreadable, status, has_errors, counts, blob, calls, defs)
# blob/calls/defs travel back only when there is no cache to write them to.
_Counts = tuple[int, int, int, int]
_Result = tuple[str, bytes | None, int, bool, _Counts, bytes | None, frozenset[str], frozenset[str]]
_PARSED, _UNCHANGED, _UNREADABLE, _UNSAVED = 0, 1, 2, 3


def digest(data: bytes) -> bytes:
    """Content hash used to tell a touched file from a changed one."""
    return blake2b(data, digest_size=16).digest()


def build_index(
    workspace: Workspace,
    *,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
) -> RepoIndex:
    """Index every Python file of ``workspace`` (see :mod:`rootcause.index.cache` for where).

    ``jobs`` defaults to the number of CPUs; ``use_cache=False`` keeps everything in memory.
    """
    stats = IndexStats()
    clock = _Clock(stats)
    cache = _open_cache(workspace, cache_dir) if use_cache else None
    saved_listing: bytes | None = None
    snapshot: _Snapshot | None = None
    if cache is not None:
        stats.cache_path = str(cache.path)
        stats.cache_rebuilt = cache.rebuilt
        saved_listing = cache.load_state(_LISTING_KEY)
        if saved_listing is not None:
            workspace.adopt_listing(_loads(saved_listing))
        snapshot = _Snapshot.decode(cache.load_state(_ENTRIES_KEY))
    clock.mark("cache_read")
    # a listing this workspace made earlier (ingest's path mapping, prime_listing) is reused;
    # an older one (a long-lived workspace re-indexing) is checked again
    listing = workspace.listing(max_age_s=LISTING_MAX_AGE_S)
    clock.mark("list")
    listing_blob = marshal.dumps(listing.state(workspace.root)) if cache is not None else b""

    if cache is not None and snapshot is not None and snapshot.files == listing.files:
        # the common warm case: nothing changed since the snapshot, nothing to check or write
        if listing_blob != saved_listing:
            cache.save_state({_LISTING_KEY: listing_blob})
        stats.files = stats.cache_hits = len(snapshot.raw)
        stats.functions, stats.classes, stats.calls, stats.imports = snapshot.totals
        entries = RawEntries(snapshot.raw)
        index = RepoIndex(
            workspace,
            entries,
            _Loader(workspace, entries, cache, {}),
            stats,
            names=CachedNames(cache, entries),
            maps=snapshot.maps,
        )
        index.closer = cache.close
        clock.mark("finish")
        stats.timings["total"] = clock.total()
        return index

    names: dict[str, ModuleName]
    if snapshot is not None and snapshot.paths() == listing.paths:
        names = {p: ModuleName(r[4], r[5], r[6]) for p, r in snapshot.raw.items()}
    else:
        names = module_names(listing.paths)
    clock.mark("names")
    cached: dict[str, CachedRow] = {}
    if snapshot is not None:
        cached = {p: CachedRow(r[1], r[2], r[3], r[4], r[5], r[7]) for p, r in snapshot.raw.items()}
    elif cache is not None:
        try:
            cached = cache.rows()
        except sqlite3.DatabaseError as exc:
            log.warning("index cache %s is corrupt (%s); rebuilding it", cache.path, exc)
            cache.close()
            cache._delete_files()
            cache = IndexCache.open(workspace.root, cache_dir)
            if cache is not None:
                cache.rebuilt = True
            stats.cache_path = str(cache.path) if cache is not None else None
            stats.cache_rebuilt = cache is not None and cache.rebuilt
    clock.mark("cache_rows")

    entries_made: dict[str, FileEntry] = {}
    tasks: list[_Task] = []
    for path, size, mtime_ns in listing.files:
        name = names[path]
        row = cached.get(path)
        if row is not None and row.module == name.module and row.is_package == name.is_package:
            if row.size == size and row.mtime_ns == mtime_ns:
                entries_made[path] = FileEntry(
                    path,
                    size,
                    mtime_ns,
                    row.digest,
                    name.module,
                    name.is_package,
                    name.alternatives,
                    row.counts,
                )
                continue
            tasks.append((path, size, mtime_ns, name.module, name.is_package, row.digest))
        else:
            tasks.append((path, size, mtime_ns, name.module, name.is_package, None))
    stats.cache_hits = len(entries_made)
    clock.mark("check")

    fresh: dict[str, bytes] = {}
    memory_names = NameLookup() if cache is None else None
    stats.jobs = _jobs(jobs, len(tasks))
    db_path = str(cache.path) if cache is not None else None
    task_of = {task[0]: task for task in tasks}
    for results, spent in _run(str(workspace.root), db_path, tasks, stats.jobs):
        for label, seconds in spent.items():
            key = f"workers_{label}"
            stats.timings[key] = stats.timings.get(key, 0.0) + seconds
        for path, file_digest, status, has_errors, counts, blob, calls, defs in results:
            if status == _UNREADABLE or file_digest is None:
                stats.unreadable += 1
                continue
            _, size, mtime_ns, module, is_package, _ = task_of[path]
            name = names[path]
            if status == _UNCHANGED:
                row = cached[path]
                entries_made[path] = FileEntry(
                    path,
                    size,
                    mtime_ns,
                    file_digest,
                    module,
                    is_package,
                    name.alternatives,
                    row.counts,
                )
                stats.cache_hits += 1
                continue
            entries_made[path] = FileEntry(
                path, size, mtime_ns, file_digest, module, is_package, name.alternatives, counts
            )
            stats.parsed += 1
            stats.errors += has_errors
            if blob is not None:  # no cache (or it could not be written): keep it here
                fresh[path] = blob
                if memory_names is None:
                    memory_names = NameLookup()
                memory_names.add(path, calls, defs)
    clock.mark("parse")

    if cache is not None:
        gone = [path for path in cached if path not in names]
        if gone:
            cache.delete_many(gone)
            stats.removed = len(gone)
    # keep the listing order (a sorted walk), whatever order the workers finished in
    ordered = {path: entries_made[path] for path in listing.paths if path in entries_made}
    stats.files = len(ordered)
    for entry in ordered.values():
        functions, classes, calls_count, imports = entry.counts
        stats.functions += functions
        stats.classes += classes
        stats.calls += calls_count
        stats.imports += imports
    maps = module_maps(ordered.values())
    if cache is not None and not fresh:
        # everything is in the cache's rows: the next run can start from this snapshot
        totals = (stats.functions, stats.classes, stats.calls, stats.imports)
        cache.save_state(
            {
                _LISTING_KEY: listing_blob,
                _ENTRIES_KEY: _Snapshot.encode(ordered, maps, totals),
            }
        )
    lookup: NameSource
    if cache is None:
        lookup = memory_names or NameLookup()
    elif memory_names is None:
        lookup = CachedNames(cache, ordered)
    else:
        lookup = _UnionNames(CachedNames(cache, ordered), memory_names)
    loader = _Loader(workspace, ordered, cache, fresh)
    index = RepoIndex(workspace, ordered, loader, stats, names=lookup, maps=maps)
    index.closer = cache.close if cache is not None else None
    clock.mark("finish")
    stats.timings["total"] = clock.total()
    return index


def prime_listing(workspace: Workspace, *, cache_dir: Path | None = None) -> bool:
    """Give ``workspace`` the file listing saved by the last index run, when still valid.

    Lets a command that lists files before building the index (``analyze`` maps traceback
    paths first) skip the tree walk too. Never fails: False means "walk as usual".
    """
    try:
        if not cache_file(workspace.root, cache_dir).exists():
            return False
        cache = _open_cache(workspace, cache_dir)
        if cache is None:
            return False
        try:
            saved = cache.load_state(_LISTING_KEY)
        finally:
            cache.close()
        return saved is not None and workspace.adopt_listing(_loads(saved))
    except Exception as exc:  # noqa: BLE001 - only an optimisation
        log.debug("listing snapshot unusable: %s", exc)
        return False


_LISTING_KEY = "listing"
_ENTRIES_KEY = "entries"
_SNAPSHOT_VERSION = 1


def _loads(blob: bytes) -> object:
    try:
        return marshal.loads(blob)
    except (ValueError, TypeError, EOFError):
        return None


def _open_cache(workspace: Workspace, cache_dir: Path | None) -> IndexCache | None:
    return IndexCache.open(workspace.root, cache_dir)


class _Snapshot:
    """Every file's bookkeeping and the module maps as of the last run that changed them."""

    __slots__ = ("files", "maps", "raw", "totals")

    def __init__(
        self,
        files: tuple[tuple[str, int, int], ...],
        raw: dict[str, RawEntry],
        maps: ModuleMaps,
        totals: tuple[int, int, int, int],
    ) -> None:
        self.files = files  # (path, size, mtime_ns) of every entry, in listing order
        self.raw = raw
        self.maps = maps
        self.totals = totals

    def paths(self) -> tuple[str, ...]:
        return tuple(self.raw)

    @staticmethod
    def encode(
        entries: dict[str, FileEntry], maps: ModuleMaps, totals: tuple[int, int, int, int]
    ) -> bytes:
        raw = {path: raw_entry(entry) for path, entry in entries.items()}
        files = tuple((e.path, e.size, e.mtime_ns) for e in entries.values())
        return marshal.dumps((_SNAPSHOT_VERSION, files, raw, maps, totals))

    @classmethod
    def decode(cls, blob: bytes | None) -> _Snapshot | None:
        """None for a missing, foreign or damaged blob (the run then reads the rows)."""
        if blob is None:
            return None
        try:
            version, files, raw, maps, totals = marshal.loads(blob)
            if version != _SNAPSHOT_VERSION or not isinstance(raw, dict):
                return None
            by_module, unique, packages = maps
            if not (
                isinstance(files, tuple)
                and isinstance(by_module, dict)
                and isinstance(unique, dict)
                and isinstance(packages, frozenset)
                and len(totals) == 4
                and len(files) == len(raw)
            ):
                return None
            return cls(files, raw, (by_module, unique, packages), tuple(totals))
        except (ValueError, TypeError, EOFError) as exc:
            log.warning("index cache snapshot is unreadable (%s); reading the rows", exc)
            return None


class _UnionNames:
    """Names from the cache plus those of files whose rows could not be saved."""

    def __init__(self, *sources: NameSource) -> None:
        self.sources = sources

    def paths_calling(self, name: str) -> set[str]:
        return set().union(*(s.paths_calling(name) for s in self.sources))

    def paths_defining(self, name: str) -> set[str]:
        return set().union(*(s.paths_defining(name) for s in self.sources))


class _Clock:
    def __init__(self, stats: IndexStats) -> None:
        self.stats = stats
        self.started = self.last = time.perf_counter()

    def mark(self, label: str) -> None:
        now = time.perf_counter()
        self.stats.timings[label] = now - self.last
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.started


class _Loader:
    """Loads one module's symbols on demand: memory, then cache, then a fresh parse."""

    def __init__(
        self,
        workspace: Workspace,
        entries: Mapping[str, FileEntry],
        cache: IndexCache | None,
        fresh: dict[str, bytes],
    ) -> None:
        self.workspace = workspace
        self.entries = entries
        self.cache = cache
        self.fresh = fresh

    def __call__(self, path: str) -> ModuleSymbols | None:
        entry = self.entries.get(path)
        if entry is None:
            return None
        blob = self.fresh.pop(path, None)
        if blob is None and self.cache is not None:
            found = self.cache.load(path)
            if found is not None and found[0] == entry.digest:
                blob = found[1]
        if blob is not None:
            try:
                return decode(blob)
            except (ValueError, TypeError, EOFError) as exc:
                log.warning("index cache entry for %s is unreadable (%s); re-parsing", path, exc)
        data = self.workspace.read_bytes(path)
        if data is None:
            return None
        from rootcause.index.extract import extract_symbols

        return extract_symbols(data, path, entry.module, is_package=entry.is_package)


def _jobs(jobs: int | None, tasks: int) -> int:
    if jobs is None:
        jobs = os.cpu_count() or 1
    if tasks < MIN_PARALLEL_FILES:
        return 1
    return max(1, jobs)


def _run(
    root: str, db_path: str | None, tasks: list[_Task], jobs: int
) -> Iterable[tuple[list[_Result], dict[str, float]]]:
    if not tasks:
        return []
    if jobs <= 1:
        return [parse_chunk(root, db_path, tasks)]
    return _pool(root, db_path, tasks, jobs)


def _pool(
    root: str, db_path: str | None, tasks: list[_Task], jobs: int
) -> Iterator[tuple[list[_Result], dict[str, float]]]:
    """Chunk results from worker processes (see :func:`chunked` for the order of work)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    chunks = chunked(tasks, jobs)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if "fork" in methods:
        # load tree-sitter, the grammar and the query once, here: forked workers inherit them
        import importlib

        from rootcause.index.parser import load_query

        importlib.import_module("rootcause.index.extract")
        load_query("symbols")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as executor:
        futures = [executor.submit(parse_chunk, root, db_path, chunk) for chunk in chunks]
        try:
            for future in as_completed(futures):
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


def chunked(tasks: Sequence[_Task], jobs: int) -> list[list[_Task]]:
    """Split the work into chunks that shrink as it goes (guided scheduling).

    The biggest files come first; each chunk takes about ``1 / (4 * jobs)`` of the bytes
    still to do, so the last chunks are small and no worker idles long at the end, while
    a few dozen chunks keep the per-chunk cost (a transaction, a round trip) low.
    """
    ordered = sorted(tasks, key=lambda t: t[1], reverse=True)
    remaining = sum(t[1] for t in ordered) + len(ordered) * _FILE_COST_BYTES
    floor = max(1, remaining // (jobs * _MAX_CHUNKS_PER_JOB))
    chunks: list[list[_Task]] = []
    current: list[_Task] = []
    target = max(floor, remaining // (4 * jobs))
    taken = 0
    for task in ordered:
        current.append(task)
        taken += task[1] + _FILE_COST_BYTES
        if taken >= target:
            chunks.append(current)
            remaining -= taken
            current, taken = [], 0
            target = max(floor, remaining // (4 * jobs))
    if current:
        chunks.append(current)
    return chunks


#: What opening, hashing and storing a file costs beside its parse, in bytes of source.
_FILE_COST_BYTES = 2_000
#: The smallest chunk is this fraction of a job's share of the work.
_MAX_CHUNKS_PER_JOB = 64

_WORKSPACES: dict[str, Workspace] = {}
_EMPTY: frozenset[str] = frozenset()
_NO_COUNTS: _Counts = (0, 0, 0, 0)


def parse_chunk(
    root: str, db_path: str | None, tasks: Sequence[_Task]
) -> tuple[list[_Result], dict[str, float]]:
    """Worker body: read, hash and (when changed) parse each file, then store the chunk.

    Never raises for one file: unreadable files are reported, odd ones indexed empty.
    """
    import gc

    collecting = gc.isenabled()
    gc.disable()  # only tuples and strings here, no cycles: the collector would only cost time
    try:
        return _parse_chunk(root, db_path, tasks)
    finally:
        if collecting:
            gc.enable()


def _parse_chunk(
    root: str, db_path: str | None, tasks: Sequence[_Task]
) -> tuple[list[_Result], dict[str, float]]:
    from rootcause.index.extract import extract_raw

    workspace = _WORKSPACES.get(root)
    if workspace is None:
        workspace = _WORKSPACES[root] = Workspace(Path(root))
    out: list[_Result] = []
    stored: list[StoredFile] = []
    touched: list[tuple[int, int, str]] = []
    clock = time.perf_counter
    spent = {"read": 0.0, "extract": 0.0, "encode": 0.0, "store": 0.0}
    for path, size, mtime_ns, module, is_package, known in tasks:
        t0 = clock()
        data = workspace.read_bytes(path)
        if data is None:
            out.append((path, None, _UNREADABLE, False, _NO_COUNTS, None, _EMPTY, _EMPTY))
            continue
        file_digest = digest(data)
        t1 = clock()
        spent["read"] += t1 - t0
        if known is not None and known == file_digest:
            touched.append((size, mtime_ns, path))
            out.append((path, file_digest, _UNCHANGED, False, _NO_COUNTS, None, _EMPTY, _EMPTY))
            continue
        try:
            raw = extract_raw(data, path, module, is_package=is_package)
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the index
            log.warning("cannot index %s: %s: %s", path, type(exc).__name__, exc)
            raw = (path, module, is_package, (), (), (), (), (), (), None, True, 0)
        t2 = clock()
        blob = encode_raw(raw)
        calls, defs = raw_summary(raw)
        has_errors = bool(raw[10])
        counts = (len(raw[5]), len(raw[4]), len(raw[6]), len(raw[3]))
        spent["extract"] += t2 - t1
        spent["encode"] += clock() - t2
        if db_path is None:
            out.append((path, file_digest, _PARSED, has_errors, counts, blob, calls, defs))
        else:
            stored.append(
                (path, size, mtime_ns, file_digest, module, is_package, blob, calls, defs, counts)
            )
            out.append((path, file_digest, _PARSED, has_errors, counts, None, _EMPTY, _EMPTY))
    t3 = clock()
    saved = db_path is None or store_files(db_path, stored, touched)
    spent["store"] += clock() - t3
    if not saved:
        # not saved: hand the symbols back so this run still has them
        by_path = {row[0]: row for row in stored}
        out = [
            (*r[:5], by_path[r[0]][6], by_path[r[0]][7], by_path[r[0]][8]) if r[0] in by_path else r
            for r in out
        ]
    return out, spent
