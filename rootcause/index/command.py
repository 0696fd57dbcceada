"""``rootcause index`` and ``rootcause graph``."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from rootcause.errors import UserError
from rootcause.index.repo import MODULE_SCOPE, CallSite, Definition, RepoIndex
from rootcause.workspace import Workspace


def _workspace(repo: Path) -> Workspace:
    from rootcause.workspace import require_repo_dir

    require_repo_dir(repo)
    return Workspace(Path(repo))


class _StderrWarnings(logging.Handler):
    """Index warnings (corrupt cache, unreadable file) as ``rootcause: warning: ...`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"rootcause: warning: {record.getMessage()}", file=sys.stderr)


def _with_warnings() -> logging.Handler:
    logger = logging.getLogger("rootcause.index")
    handler = _StderrWarnings(level=logging.WARNING)
    logger.addHandler(handler)
    logger.propagate = False
    return handler


def _drop_warnings(handler: logging.Handler) -> None:
    logger = logging.getLogger("rootcause.index")
    logger.removeHandler(handler)
    logger.propagate = True


def index_command(repo: Path, *, stats: bool, cache_dir: Path | None, use_cache: bool) -> int:
    """Build or refresh the index; print a one-line summary (and details with ``--stats``)."""
    from rootcause.index.build import build_index

    workspace = _workspace(repo)
    handler = _with_warnings()
    try:
        index = build_index(workspace, cache_dir=cache_dir, use_cache=use_cache)
    finally:
        _drop_warnings(handler)
    s = index.stats
    total = s.timings.get("total", 0.0)
    print(
        f"indexed {s.files} files in {total:.3f}s: {s.parsed} parsed, {s.cache_hits} from cache"
        + (f", {s.removed} removed" if s.removed else "")
        + (f", {s.errors} with syntax errors" if s.errors else "")
    )
    if stats:
        counts = {"functions": s.functions, "classes": s.classes, "calls": s.calls}
        counts["imports"] = s.imports
        for name, value in counts.items():
            print(f"  {name:<12} {value}")
        print(f"  {'jobs':<12} {s.jobs}")
        print(f"  {'cache':<12} {s.cache_path or '(none)'}")
        for name, seconds in s.timings.items():
            print(f"  {name + ' s':<12} {seconds:.4f}")
    index.close()
    return 0


def _definition_json(definition: Definition) -> dict[str, Any]:
    return {
        "path": definition.path,
        "qualname": definition.qualname,
        "kind": definition.kind,
        "line": definition.line,
    }


def _site_json(site: CallSite) -> dict[str, Any]:
    return {
        "path": site.path,
        "caller": site.caller,
        "line": site.call.line,
        "callee": site.call.callee,
    }


def _targets(index: RepoIndex, workspace: Workspace, target: str) -> list[Definition]:
    file_part, sep, line_part = target.rpartition(":")
    if sep and line_part.isdigit() and file_part:
        rel = workspace.relative(workspace.root / file_part)
        if rel is None or rel not in index.modules:
            raise UserError(f"{file_part}: not a Python file of the repository")
        from rootcause.index.graph import seed_node

        node = seed_node(index, rel, int(line_part))
        found = index.definition(*node) if node is not None else None
        return [found] if found is not None else []
    found_all = index.find_symbol(target)
    if not found_all:
        raise UserError(f"no symbol {target!r} in the repository")
    return found_all


def graph_command(target: str, *, repo: Path, output_format: str) -> int:
    """Print the definition, callers and callees of a symbol or of the code at FILE:LINE."""
    from rootcause.index.build import build_index

    if output_format not in ("json", "text"):
        raise UserError(f"unknown format {output_format!r} (expected json or text)")
    workspace = _workspace(repo)
    handler = _with_warnings()
    index: RepoIndex | None = None
    try:
        index = build_index(workspace)
        definitions = _targets(index, workspace, target)
        results = []
        for definition in definitions:
            is_module = definition.qualname == MODULE_SCOPE
            callers = [] if is_module else index.callers(definition.path, definition.qualname)
            callees = index.callees(definition.path, definition.qualname)
            results.append((definition, callers, callees))
    finally:
        _drop_warnings(handler)
        if index is not None:
            index.close()
    if output_format == "json":
        doc = {
            "target": target,
            "results": [
                {
                    "definition": _definition_json(definition),
                    "callers": [_site_json(site) for site in callers],
                    "callees": [_definition_json(callee) for callee in callees],
                }
                for definition, callers, callees in results
            ],
        }
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
        return 0
    for definition, callers, callees in results:
        print(f"{definition.kind} {definition.qualname}  {definition.path}:{definition.line}")
        print(f"  callers ({len(callers)}):")
        for site in callers:
            print(f"    {site.path}:{site.call.line}  {site.caller}  {site.call.callee}(...)")
        print(f"  callees ({len(callees)}):")
        for callee in callees:
            print(f"    {callee.path}:{callee.line}  {callee.kind} {callee.qualname}")
    return 0
