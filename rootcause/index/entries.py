"""Per-file bookkeeping kept beside the symbols: what the cache stores about a file.

A :class:`FileEntry` is small and always loaded; the full :class:`ModuleSymbols` of a
file is loaded only when something asks for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class FileEntry:
    path: str
    size: int
    mtime_ns: int
    digest: bytes  # blake2b of the content
    module: str
    is_package: bool
    alternatives: tuple[str, ...] = ()
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)  # functions, classes, calls, imports


#: A FileEntry as plain values (its fields in order), the form snapshots store.
RawEntry = tuple[Any, ...]


def raw_entry(entry: FileEntry) -> RawEntry:
    return (
        entry.path,
        entry.size,
        entry.mtime_ns,
        entry.digest,
        entry.module,
        entry.is_package,
        entry.alternatives,
        entry.counts,
    )


class RawEntries(Mapping[str, FileEntry]):
    """Path -> FileEntry over plain tuples, making each FileEntry only when asked."""

    __slots__ = ("_made", "_raw")

    def __init__(self, raw: dict[str, RawEntry]) -> None:
        self._raw = raw
        self._made: dict[str, FileEntry] = {}

    def __getitem__(self, path: str) -> FileEntry:
        entry = self._made.get(path)
        if entry is None:
            entry = self._made[path] = FileEntry(*self._raw[path])
        return entry

    def __contains__(self, path: object) -> bool:
        return path in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


class NameSource(Protocol):
    """Which files call, or define, something of a given name."""

    def paths_calling(self, name: str) -> set[str]: ...

    def paths_defining(self, name: str) -> set[str]: ...


class NameLookup:
    """Which files call, or define, something of a given name: a pre-filter, no module loads.

    Kept in memory here; :class:`rootcause.index.cache.CachedNames` answers from sqlite.
    """

    def __init__(self) -> None:
        self._calls: dict[str, set[str]] = {}
        self._defs: dict[str, set[str]] = {}

    def add(self, path: str, calls: Iterable[str], defs: Iterable[str]) -> None:
        for name in calls:
            self._calls.setdefault(name, set()).add(path)
        for name in defs:
            self._defs.setdefault(name, set()).add(path)

    def paths_calling(self, name: str) -> set[str]:
        return set(self._calls.get(name, ()))

    def paths_defining(self, name: str) -> set[str]:
        return set(self._defs.get(name, ()))


class LazyNames(NameLookup):
    """A :class:`NameLookup` filled on first use by a callback (e.g. from loaded modules)."""

    def __init__(self, fill: Callable[[NameLookup], None]) -> None:
        super().__init__()
        self._fill: Callable[[NameLookup], None] | None = fill

    def _ready(self) -> None:
        if self._fill is not None:
            fill, self._fill = self._fill, None
            fill(self)

    def paths_calling(self, name: str) -> set[str]:
        self._ready()
        return super().paths_calling(name)

    def paths_defining(self, name: str) -> set[str]:
        self._ready()
        return super().paths_defining(name)


@dataclass
class IndexStats:
    files: int = 0
    parsed: int = 0  # files parsed in this run
    cache_hits: int = 0  # files whose symbols came from the cache
    removed: int = 0  # files dropped from the cache since the last run
    errors: int = 0  # files with syntax errors (indexed as far as possible)
    functions: int = 0  # totals over all files (functions include methods)
    classes: int = 0
    calls: int = 0
    imports: int = 0
    unreadable: int = 0
    jobs: int = 1
    cache_path: str | None = None
    cache_rebuilt: bool = False
    timings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "files": self.files,
            "parsed": self.parsed,
            "cache_hits": self.cache_hits,
            "removed": self.removed,
            "errors": self.errors,
            "functions": self.functions,
            "classes": self.classes,
            "calls": self.calls,
            "imports": self.imports,
            "unreadable": self.unreadable,
            "jobs": self.jobs,
            "cache_path": self.cache_path,
            "cache_rebuilt": self.cache_rebuilt,
            "timings_s": {k: round(v, 4) for k, v in self.timings.items()},
        }
