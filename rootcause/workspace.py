"""The repository being analysed, and the only door through which its files are read.

Containment is a principle of the tool: whatever path a traceback names, we never read
a file outside the repo root (symlinks included). Every stage reads source through
:meth:`Workspace.read_text` / :meth:`Workspace.safe_path`, never through ``open``.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Folders never descended into when listing source files.
SKIP_DIRS: frozenset[str] = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".tox",
        ".nox",
        ".venv",
        "venv",
        "env",
        ".env",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".rootcause",
        "node_modules",
        "build",
        "dist",
        ".eggs",
        "site-packages",
        "vendor",
        "_vendor",
        "third_party",
    }
)

#: Files above this size are indexed as far as cheap, but never read whole for context.
MAX_SOURCE_BYTES = 8 * 1024 * 1024

#: Can an open file's real path be read back (Linux)? Then reads check the opened file.
_FD_LINKS = sys.platform.startswith("linux") and os.path.isdir("/proc/self/fd")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
_UNKNOWN = object()


@dataclass
class Workspace:
    """A repository root with contained file access.

    ``root`` is resolved once; every path handed out is checked to stay under it.
    """

    root: Path
    _text_cache: dict[str, str | None] = field(default_factory=dict, repr=False)
    _listing: Listing | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.root = Path(self.root).resolve()

    # -- containment -------------------------------------------------------------

    def safe_path(self, rel_path: str) -> Path | None:
        """The real path of ``rel_path`` if it is a regular file inside the root, else None.

        Rejects absolute paths, ``..`` escapes and symlinks that leave the root.
        """
        if not rel_path or "\x00" in rel_path:
            return None
        candidate = Path(rel_path)
        if candidate.is_absolute():
            return None
        try:
            real = (self.root / candidate).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not real.is_relative_to(self.root) or not real.is_file():
            return None
        return real

    def relative(self, path: str | os.PathLike[str]) -> str | None:
        """POSIX path of ``path`` relative to the root, or None when it is outside."""
        try:
            real = Path(path).resolve()
        except (OSError, RuntimeError):
            return None
        if not real.is_relative_to(self.root):
            return None
        return real.relative_to(self.root).as_posix()

    def read_text(self, rel_path: str) -> str | None:
        """Decoded text of a repo file (invalid bytes replaced), or None when unreadable/outside."""
        if rel_path in self._text_cache:
            return self._text_cache[rel_path]
        data = self._read(rel_path, MAX_SOURCE_BYTES)
        text = data.decode("utf-8", errors="replace") if data is not None else None
        self._text_cache[rel_path] = text
        return text

    def read_lines(self, rel_path: str) -> list[str]:
        text = self.read_text(rel_path)
        return text.splitlines() if text is not None else []

    def line(self, rel_path: str, lineno: int) -> str | None:
        lines = self.read_lines(rel_path)
        if 1 <= lineno <= len(lines):
            return lines[lineno - 1]
        return None

    def read_bytes(self, rel_path: str) -> bytes | None:
        """Raw bytes of a repo file, or None when unreadable/outside the root."""
        return self._read(rel_path, None)

    def _read(self, rel_path: str, limit: int | None) -> bytes | None:
        """A contained regular file's bytes (None above ``limit`` bytes)."""
        if _FD_LINKS and rel_path and "\x00" not in rel_path and not os.path.isabs(rel_path):
            found = self._read_opened(rel_path, limit)
            if found is not _UNKNOWN:
                return found  # type: ignore[return-value]
        real = self.safe_path(rel_path)
        if real is None:
            return None
        try:
            if limit is not None and real.stat().st_size > limit:
                return None
            return real.read_bytes()
        except OSError:
            return None

    def _read_opened(self, rel_path: str, limit: int | None) -> bytes | object | None:
        """Open first, then check where the opened file really is (Linux ``/proc/self/fd``).

        As strict as :meth:`safe_path` (symlinks resolved by the kernel, the result must be
        a regular file under the root) and free of its race, with a few system calls instead
        of one ``lstat`` per path component. :data:`_UNKNOWN` when it cannot tell.
        """
        try:
            fd = os.open(os.path.join(self.root, rel_path), _OPEN_FLAGS)
        except OSError:
            return None
        try:
            try:
                real = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                return _UNKNOWN
            if not real.startswith(self._root_prefix) and real != str(self.root):
                return None
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or (limit is not None and st.st_size > limit):
                return None
            chunks = []
            while True:
                chunk = os.read(fd, max(st.st_size + 1, 65536))
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks)
        except OSError:
            return None
        finally:
            os.close(fd)

    @property
    def _root_prefix(self) -> str:
        root = str(self.root)
        return root if root.endswith(os.sep) else root + os.sep

    # -- listing -----------------------------------------------------------------

    def iter_python_files(self) -> Iterator[str]:
        """Repo-relative POSIX paths of Python files, skipping virtualenvs, builds and vendored code.

        Folders in :data:`SKIP_DIRS`, ``*.egg-info`` and virtualenvs (a ``pyvenv.cfg`` inside)
        are skipped, and so is whatever the repo's ``.gitignore`` files (at any depth, plus
        ``.git/info/exclude``) ignore. Symlinked directories are not followed; symlinked
        files are yielded only when they point inside the root.
        """
        for rel, _, _ in self.python_file_stats():
            yield rel

    def python_file_stats(self) -> list[tuple[str, int, int]]:
        """``(path, size, mtime_ns)`` of every listed Python file, in walk order.

        Listed once per Workspace (ingest's path map and the index share it); see
        :meth:`refresh_listing` and :meth:`adopt_listing`.
        """
        return list(self.listing().files)

    @property
    def python_files(self) -> tuple[str, ...]:
        return self.listing().paths

    def listing(self, *, max_age_s: float | None = None) -> Listing:
        """The repository's Python files (walked on first use, then kept).

        With ``max_age_s``, a listing made longer ago is checked again first (folders
        compared, files stat'ed; walked again if a folder changed): for long-lived
        workspaces that re-index.
        """
        if (
            self._listing is not None
            and max_age_s is not None
            and time.monotonic() - self._listing.made_at > max_age_s
        ):
            self._listing = _adopt(self, self._listing.state(self.root))
        if self._listing is None:
            self._listing = _walk(self)
        return self._listing

    def refresh_listing(self) -> None:
        """Forget the listing: the next call walks the tree again."""
        self._listing = None

    def adopt_listing(self, state: object) -> bool:
        """Reuse a listing saved by :meth:`Listing.state` when the tree provably did not change.

        It did not when every folder walked (and every virtualenv skipped) has the same
        mtime and every ignore file the same size and mtime: adding, removing or renaming
        an entry changes its folder's mtime. Folders modified within :data:`RACY_NS` of the
        saved walk are not trusted (a change in the same clock tick would go unseen). Files
        are stat'ed again, so edits show. False (nothing adopted) otherwise.
        """
        if self._listing is not None:
            return True
        adopted = _adopt(self, state)
        if adopted is not None:
            self._listing = adopted
        return adopted is not None


#: A folder changed this close to (or after) the start of a saved walk is not trusted:
#: a second change within the same clock tick would leave its mtime as it was.
RACY_NS = 2_000_000_000
_LISTING_VERSION = 1
_Stat3 = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class Listing:
    """The Python files of a repository and what proves the list still holds."""

    files: tuple[_Stat3, ...]  # (path, size, mtime_ns), walk order
    folders: tuple[_Stat3, ...]  # (folder, mtime_ns, ctime_ns): walked or skipped as virtualenv
    ignore_files: tuple[_Stat3, ...]  # (.gitignore path, size, mtime_ns); -1 when absent
    started_ns: int  # wall clock when the walk started
    paths: tuple[str, ...] = ()
    made_at: float = field(default_factory=time.monotonic)  # when these file stats were taken

    def state(self, root: Path) -> tuple[Any, ...]:
        """Plain tuples (marshal-able) for :meth:`Workspace.adopt_listing`."""
        return (
            _LISTING_VERSION,
            str(root),
            self.files,
            self.folders,
            self.ignore_files,
            self.started_ns,
        )


def _stat_key(path: str) -> tuple[int, int, int]:
    """(size, mtime_ns, ctime_ns) of ``path`` without following a final symlink; -1s if none."""
    try:
        st = os.lstat(path)
    except OSError:
        return (-1, -1, -1)
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _walk(workspace: Workspace) -> Listing:
    started = time.time_ns()
    root = str(workspace.root)
    ignores = _IgnoreRules(root)
    ignores.load(root, "", is_root=True)
    files: list[_Stat3] = []
    folders: list[_Stat3] = []
    stack: list[tuple[str, str]] = [(root, "")]
    while stack:
        dirpath, rel_dir = stack.pop()
        _, mtime, ctime = _stat_key(dirpath)
        folders.append((rel_dir, mtime, ctime))
        try:
            with os.scandir(dirpath) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs: list[tuple[str, str]] = []
        prefix = f"{rel_dir}/" if rel_dir else ""
        if rel_dir and any(e.name == ".gitignore" for e in entries):
            ignores.load(dirpath, rel_dir)
        for entry in entries:
            name = entry.name
            rel = prefix + name
            if entry.is_dir(follow_symlinks=False):
                if name in SKIP_DIRS or name.endswith(".egg-info"):
                    continue
                if os.path.exists(os.path.join(entry.path, "pyvenv.cfg")):
                    _, mtime, ctime = _stat_key(entry.path)
                    folders.append((rel, mtime, ctime))  # its pyvenv.cfg may go away
                    continue
                if ignores.ignored(rel, is_dir=True):
                    continue
                subdirs.append((entry.path, rel))
            elif name.endswith(".py"):
                if entry.is_symlink():
                    if workspace.relative(entry.path) is None or not entry.is_file():
                        continue
                elif not entry.is_file(follow_symlinks=False):
                    continue
                if ignores.ignored(rel, is_dir=False):
                    continue
                try:
                    st = entry.stat()
                except OSError:
                    continue
                files.append((rel, st.st_size, st.st_mtime_ns))
        stack.extend(reversed(subdirs))
    return Listing(
        tuple(files),
        tuple(folders),
        tuple(ignores.sources),
        started,
        tuple(path for path, _, _ in files),
    )


def _adopt(workspace: Workspace, state: object) -> Listing | None:
    """The saved listing with fresh file stats, or None when the tree may have changed."""
    if not isinstance(state, tuple) or len(state) != 6:
        return None
    version, root, files, folders, ignore_files, started = state
    if version != _LISTING_VERSION or root != str(workspace.root) or not isinstance(started, int):
        return None
    try:
        limit = started - RACY_NS
        base = root + os.sep
        for rel, mtime, ctime in folders:
            _, now_mtime, now_ctime = _stat_key(base + rel if rel else root)
            if now_mtime != mtime or now_ctime != ctime or ctime >= limit or mtime >= limit:
                return None
        for rel, size, mtime in ignore_files:
            now_size, now_mtime, _ = _stat_key(base + rel)
            if now_size != size or now_mtime != mtime:
                return None
        fresh: list[_Stat3] = []
        stat = os.stat
        for rel, _, _ in files:
            st = stat(base + rel)
            fresh.append((rel, st.st_size, st.st_mtime_ns))
        return Listing(
            tuple(fresh),
            tuple(folders),
            tuple(ignore_files),
            started,
            tuple(path for path, _, _ in fresh),
        )
    except (OSError, TypeError, ValueError):
        return None


class _IgnoreRules:
    """The ``.gitignore`` rules met while walking, each applying under its own folder."""

    def __init__(self, root: str) -> None:
        self.root = root
        # (folder prefix "a/b/" or "", any-pattern prefilter regex or None, GitIgnoreSpec)
        self.specs: list[tuple[str, re.Pattern[str] | None, Any]] = []
        # (repo-relative path, size, mtime_ns) of every ignore file looked at (-1: none)
        self.sources: list[tuple[str, int, int]] = []

    def load(self, dirpath: str, rel_dir: str, *, is_root: bool = False) -> None:
        lines: list[str] = []
        prefix = f"{rel_dir}/" if rel_dir else ""
        sources = [(os.path.join(dirpath, ".gitignore"), f"{prefix}.gitignore")]
        if is_root:
            sources.append((os.path.join(dirpath, ".git", "info", "exclude"), ".git/info/exclude"))
        for source, rel in sources:
            size, mtime, _ = _stat_key(source)
            self.sources.append((rel, size, mtime))
            try:
                if os.path.islink(source):
                    continue  # never follow a link out of the repo
                with open(source, encoding="utf-8", errors="replace") as handle:
                    lines.extend(handle.read().splitlines())
            except OSError:
                continue
        if not any(line.strip() and not line.startswith("#") for line in lines):
            return
        from pathspec import GitIgnoreSpec

        spec = GitIgnoreSpec.from_lines(lines)
        self.specs.append((prefix, _any_pattern(spec), spec))

    def ignored(self, rel: str, *, is_dir: bool) -> bool:
        if not self.specs:
            return False
        result = False
        for prefix, any_pattern, spec in self.specs:
            if prefix and not rel.startswith(prefix):
                continue
            sub = rel[len(prefix) :] + ("/" if is_dir else "")
            if any_pattern is not None and not any_pattern.search(sub):
                continue  # no pattern of this file can match: skip pathspec's slow path
            verdict = spec.check_file(sub).include
            if verdict is not None:
                result = bool(verdict)
        return result


def _any_pattern(spec: Any) -> re.Pattern[str] | None:
    """One regex matching whenever any pattern of ``spec`` does (None: always ask pathspec)."""
    parts = []
    for pattern in getattr(spec, "patterns", ()):
        regex = getattr(pattern, "regex", None)
        if getattr(pattern, "include", None) is None or regex is None:
            continue
        parts.append("(?:" + re.sub(r"\(\?P<[^>]+>", "(?:", regex.pattern) + ")")
    if not parts:
        return None
    try:
        return re.compile("|".join(parts))
    except re.error:
        return None


def require_repo_dir(repo: str | os.PathLike[str]) -> Path:
    """``repo`` as a Path when it is an existing folder; a one-line UserError otherwise.

    Every command checks ``--repo`` with this, so the message is the same everywhere.
    """
    from rootcause.errors import UserError

    path = Path(repo)
    if not path.exists():
        raise UserError(f"--repo {repo}: no such folder")
    if not path.is_dir():
        raise UserError(f"--repo {repo}: not a folder (give the repository's root folder)")
    return path
