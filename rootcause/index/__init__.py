"""index stage: what is defined where, who calls and imports whom (tree-sitter, cached).

Public API: :func:`build_index` -> :class:`RepoIndex` (``resolve``, ``callers``,
``callees``, ``function_at``, ``tree``, ``graph``, ``neighbourhood``), plus
:class:`Definition` and :class:`CallSite`. Names are imported lazily so that importing
``rootcause.index`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rootcause.index.build import build_index
    from rootcause.index.repo import CallSite, Definition, RepoIndex

__all__ = ["CallSite", "Definition", "RepoIndex", "build_index"]


def __getattr__(name: str) -> Any:
    if name == "build_index":
        from rootcause.index.build import build_index

        return build_index
    if name in ("CallSite", "Definition", "RepoIndex"):
        from rootcause.index import repo

        return getattr(repo, name)
    raise AttributeError(f"module 'rootcause.index' has no attribute {name!r}")
