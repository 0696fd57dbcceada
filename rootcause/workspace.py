"""The repository being analysed, and the only door through which its files are read.

Containment is a principle of the tool: whatever path a traceback names, we never read
a file outside the repo root (symlinks included). Every stage reads source through
:meth:`Workspace.read_text` / :meth:`Workspace.safe_path`, never through ``open``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
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


@dataclass
class Workspace:
    """A repository root with contained file access.

    ``root`` is resolved once; every path handed out is checked to stay under it.
    """

    root: Path
    _text_cache: dict[str, str | None] = field(default_factory=dict, repr=False)

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
        real = self.safe_path(rel_path)
        text: str | None = None
        if real is not None:
            try:
                if real.stat().st_size <= MAX_SOURCE_BYTES:
                    text = real.read_bytes().decode("utf-8", errors="replace")
            except OSError:
                text = None
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
        real = self.safe_path(rel_path)
        if real is None:
            return None
        try:
            return real.read_bytes()
        except OSError:
            return None

    # -- listing -----------------------------------------------------------------

    def iter_python_files(self) -> Iterator[str]:
        """Repo-relative POSIX paths of Python files, skipping virtualenvs, builds and vendored code.

        Folders in :data:`SKIP_DIRS`, ``*.egg-info`` and virtualenvs (a ``pyvenv.cfg`` inside)
        are skipped, and so is whatever the repo's ``.gitignore`` files (at any depth, plus
        ``.git/info/exclude``) ignore. Symlinked directories are not followed; symlinked
        files are yielded only when they point inside the root.
        """
        for rel, _entry in self._walk_python():
            yield rel

    def python_file_stats(self) -> list[tuple[str, int, int]]:
        """``(path, size, mtime_ns)`` of every listed Python file: one ``stat`` per file."""
        out: list[tuple[str, int, int]] = []
        for rel, entry in self._walk_python():
            try:
                st = entry.stat()
            except OSError:
                continue
            out.append((rel, st.st_size, st.st_mtime_ns))
        return out

    def _walk_python(self) -> Iterator[tuple[str, os.DirEntry[str]]]:
        root = str(self.root)
        ignores = _IgnoreRules(root)
        ignores.load(root, "", is_root=True)
        stack: list[tuple[str, str]] = [(root, "")]
        while stack:
            dirpath, rel_dir = stack.pop()
            try:
                with os.scandir(dirpath) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError:
                continue
            subdirs: list[tuple[str, str]] = []
            prefix = f"{rel_dir}/" if rel_dir else ""
            if any(e.name == ".gitignore" for e in entries) and rel_dir:
                ignores.load(dirpath, rel_dir)
            for entry in entries:
                name = entry.name
                rel = prefix + name
                if entry.is_dir(follow_symlinks=False):
                    if (
                        name in SKIP_DIRS
                        or name.endswith(".egg-info")
                        or os.path.exists(os.path.join(entry.path, "pyvenv.cfg"))
                        or ignores.ignored(rel, is_dir=True)
                    ):
                        continue
                    subdirs.append((entry.path, rel))
                elif name.endswith(".py"):
                    if entry.is_symlink():
                        if self.relative(entry.path) is None or not entry.is_file():
                            continue
                    elif not entry.is_file(follow_symlinks=False):
                        continue
                    if ignores.ignored(rel, is_dir=False):
                        continue
                    yield rel, entry
            stack.extend(reversed(subdirs))

    @cached_property
    def python_files(self) -> tuple[str, ...]:
        return tuple(self.iter_python_files())


class _IgnoreRules:
    """The ``.gitignore`` rules met while walking, each applying under its own folder."""

    def __init__(self, root: str) -> None:
        self.root = root
        # (folder prefix "a/b/" or "", any-pattern prefilter regex or None, GitIgnoreSpec)
        self.specs: list[tuple[str, re.Pattern[str] | None, Any]] = []

    def load(self, dirpath: str, rel_dir: str, *, is_root: bool = False) -> None:
        lines: list[str] = []
        sources = [os.path.join(dirpath, ".gitignore")]
        if is_root:
            sources.append(os.path.join(dirpath, ".git", "info", "exclude"))
        for source in sources:
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

        prefix = f"{rel_dir}/" if rel_dir else ""
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
