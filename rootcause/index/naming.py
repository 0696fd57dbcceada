"""Dotted module names from repo paths: flat, ``src/`` layouts, nested roots, namespace packages.

Each file gets one *primary* name, relative to its source root (the repo root, or ``src/``
when ``src`` is not itself a package), which also covers namespace packages (folders
without ``__init__.py``). When the chain of regular packages above a file starts deeper
(``backend/app/models.py`` with ``backend/app/__init__.py``), the name that chain gives
(``app.models``) is kept as an *alternative*, so ``import app.models`` still resolves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ModuleName:
    module: str
    is_package: bool
    alternatives: tuple[str, ...] = ()


def module_names(paths: Iterable[str]) -> dict[str, ModuleName]:
    """The module name of each ``.py`` path (POSIX, repo-relative)."""
    paths = list(paths)
    package_dirs: set[str] = set()
    for path in paths:
        directory, _, base = path.rpartition("/")
        if base == "__init__.py":
            package_dirs.add(directory)
    src_is_root = "src" not in package_dirs
    chains: dict[str, str] = {}  # folder -> dotted chain of regular packages ending there
    out: dict[str, ModuleName] = {}
    for path in paths:
        stem = path[:-3] if path.endswith(".py") else path
        directory, _, last = stem.rpartition("/")
        is_package = last == "__init__"
        primary = stem[4:] if src_is_root and stem.startswith("src/") else stem
        if is_package:
            primary = primary[: -len("__init__")].rstrip("/")
        module = primary.replace("/", ".")
        chain = chains.get(directory)
        if chain is None:
            chain = chains[directory] = _chain(directory, package_dirs)
        alternative = chain if is_package else (f"{chain}.{last}" if chain else last)
        alternatives = (alternative,) if alternative and alternative != module else ()
        out[path] = ModuleName(module, is_package, alternatives)
    return out


def _chain(directory: str, package_dirs: set[str]) -> str:
    """``backend/app/api`` -> ``app.api`` when ``app`` and ``api`` hold ``__init__.py``."""
    names: list[str] = []
    while directory and directory in package_dirs:
        directory, _, name = directory.rpartition("/")
        names.append(name)
    return ".".join(reversed(names))
