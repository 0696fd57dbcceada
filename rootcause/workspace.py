"""The repository being analysed, and the only door through which its files are read.

Containment is a principle of the tool: whatever path a traceback names, we never read
a file outside the repo root (symlinks included). Every stage reads source through
:meth:`Workspace.read_text` / :meth:`Workspace.safe_path`, never through ``open``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

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

    # -- listing -----------------------------------------------------------------

    def iter_python_files(self) -> Iterator[str]:
        """Repo-relative POSIX paths of Python files, skipping virtualenvs, builds and vendored code.

        Symlinked directories are not followed; symlinked files are yielded only when they
        point inside the root.
        """
        root = self.root
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(
                d
                for d in dirnames
                if d not in SKIP_DIRS
                and not d.endswith(".egg-info")
                and not os.path.islink(os.path.join(dirpath, d))
                and not os.path.exists(os.path.join(dirpath, d, "pyvenv.cfg"))
            )
            rel_dir = os.path.relpath(dirpath, root)
            for name in sorted(filenames):
                if not name.endswith(".py"):
                    continue
                full = os.path.join(dirpath, name)
                if os.path.islink(full) and self.relative(full) is None:
                    continue
                rel = name if rel_dir == "." else f"{rel_dir}/{name}"
                yield rel.replace(os.sep, "/")

    @cached_property
    def python_files(self) -> tuple[str, ...]:
        return tuple(self.iter_python_files())
