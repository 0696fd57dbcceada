"""RC307: a circular import; points at the import that closes the cycle."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import _absolute_module
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_PARTIAL_RE = re.compile(
    r"(?:cannot import name '(?P<name>\w+)' from partially initialized module '(?P<mod>[\w.]+)'"
    r"|partially initialized module '(?P<mod2>[\w.]+)' (?:\(most likely due to a circular import\) )?has no attribute '(?P<name2>\w+)')"
)
_ENTRY_RE = re.compile(r"^\s*\w+\s*=\s*(FastAPI|Flask|Starlette|Typer|Celery|Django\w*)\s*\(", re.M)
MAX_FILES = 3000


@dataclass(frozen=True)
class ImportEdge:
    """One import statement: ``importer`` (file) imports ``target`` (dotted module) at ``line``."""

    path: str
    line: int
    end_line: int
    target: str
    names: tuple[str, ...]  # local names it binds
    module_level: bool
    node: Node


def imports_in(ctx: AnalysisContext, path: str) -> list[ImportEdge]:
    src = ctx.code.source(path)
    if src is None:
        return []
    current = ctx.code.module_name(path)
    is_package = path.endswith("__init__.py")
    out: list[ImportEdge] = []
    for node in syntax.walk(src.root):
        if node.type not in ("import_statement", "import_from_statement"):
            continue
        guarded = any(
            a.type == "if_statement" and "TYPE_CHECKING" in syntax.text_of(a.child_by_field_name("condition"))
            for a in syntax.ancestors(node)
        )
        if guarded:
            continue
        module_level = syntax.enclosing_function(node) is None
        line, end = syntax.line_of(node), syntax.end_line_of(node)
        if node.type == "import_statement":
            for child in node.named_children:
                if child.type == "aliased_import":
                    dotted = syntax.text_of(child.child_by_field_name("name"))
                    out.append(ImportEdge(path, line, end, dotted, (syntax.text_of(child.child_by_field_name("alias")),), module_level, node))
                elif child.type == "dotted_name":
                    dotted = syntax.text_of(child)
                    out.append(ImportEdge(path, line, end, dotted, (dotted.split(".")[0],), module_level, node))
            continue
        raw = syntax.text_of(node.child_by_field_name("module_name"))
        module = _absolute_module(raw, current, is_package)
        names: list[str] = []
        submodules: list[tuple[str, str]] = []
        for child in node.children_by_field_name("name"):
            if child.type == "aliased_import":
                name = syntax.text_of(child.child_by_field_name("name"))
                alias = syntax.text_of(child.child_by_field_name("alias"))
            else:
                name = alias = syntax.text_of(child)
            if ctx.code.module_path(f"{module}.{name}") is not None:
                submodules.append((f"{module}.{name}", alias))
            else:
                names.append(alias)
        if names or not submodules:
            out.append(ImportEdge(path, line, end, module, tuple(names), module_level, node))
        for dotted, alias in submodules:
            out.append(ImportEdge(path, line, end, dotted, (alias,), module_level, node))
    return out


def runtime_uses_at_import(ctx: AnalysisContext, edge: ImportEdge) -> list[int]:
    """Lines where the names an import binds are used while the module is being executed
    (module level, class bodies, decorators, defaults; annotations unless postponed)."""
    src = ctx.code.source(edge.path)
    if src is None:
        return []
    postponed = "from __future__ import annotations" in src.text
    wanted = set(edge.names)
    lines: list[int] = []
    for node in syntax.walk(src.root):
        if node.type != "identifier" or syntax.text_of(node) not in wanted:
            continue
        if syntax.enclosing(node, {"import_statement", "import_from_statement"}) is not None:
            continue
        parent = node.parent
        if parent is not None and parent.type == "attribute" and parent.child_by_field_name("attribute") == node:
            continue
        if parent is not None and parent.type == "keyword_argument" and parent.child_by_field_name("name") == node:
            continue
        fn = syntax.enclosing_function(node)
        in_annotation = syntax.enclosing(node, {"type"}) is not None
        if in_annotation and postponed:
            continue
        if fn is not None:
            body = fn.child_by_field_name("body")
            if body is not None and body.start_byte <= node.start_byte < body.end_byte:
                continue  # runs later, when the function is called
        lines.append(syntax.line_of(node))
    return lines


def _fan_in(ctx: AnalysisContext) -> dict[str, int]:
    """How many repo modules import each module (module-level imports)."""
    counts: dict[str, int] = {}
    for path in ctx.code.python_files()[:MAX_FILES]:
        targets = {e.target for e in imports_in(ctx, path) if e.module_level}
        for target in targets:
            counts[target] = counts.get(target, 0) + 1
    return counts


def _cycle_from_stack(ctx: AnalysisContext, module: str) -> list[ImportEdge]:
    """The import statements on the stack from the partially initialised module to the crash."""
    mod_path = ctx.code.module_path(module)
    frames = list(reversed(ctx.stack))  # outermost first
    start = None
    for i, sf in enumerate(frames):
        if sf.path == mod_path:
            start = i
    if start is None:
        return []
    edges: list[ImportEdge] = []
    for sf in frames[start:]:
        here = [e for e in imports_in(ctx, sf.path) if e.line <= sf.line <= e.end_line]
        edges.extend(here[:1])
    return edges


def _cycle_from_graph(ctx: AnalysisContext, module: str, crash_path: str) -> list[ImportEdge]:
    """Import edges from ``module`` to the crash module (breadth first over module-level imports)."""
    start = ctx.code.module_path(module)
    if start is None:
        return []
    queue: deque[tuple[str, list[ImportEdge]]] = deque([(start, [])])
    seen = {start}
    while queue:
        path, trail = queue.popleft()
        if path == crash_path and trail:
            return trail
        if len(trail) > 8:
            continue
        for edge in imports_in(ctx, path):
            if not edge.module_level:
                continue
            nxt = ctx.code.module_path(edge.target)
            if nxt is None or (nxt in seen and nxt != crash_path):
                continue
            seen.add(nxt)
            queue.append((nxt, [*trail, edge]))
    return []


def _is_entry(ctx: AnalysisContext, module: str) -> bool:
    path = ctx.code.module_path(module)
    if path is None:
        return False
    tail = module.rsplit(".", 1)[-1]
    src = ctx.code.source(path)
    return tail in ("main", "__main__", "app", "cli", "wsgi", "asgi", "server") or (src is not None and bool(_ENTRY_RE.search(src.text)))


@register(
    "RC307",
    name="circular-import",
    title="Circular import: the import that closes the cycle",
    exceptions=("ImportError", "AttributeError"),
    messages=(r"partially initialized module", r"circular import"),
)
def circular_import(ctx: AnalysisContext) -> Iterator[Candidate]:
    """Circular import: finds the import that closes the cycle.

    Two or more modules import each other at module level; one of them is used before it
    has finished executing ("cannot import name X from partially initialized module M").

    Why it matters: the line in the traceback is just where the cycle was detected, which
    depends on which module was imported first. The rule rebuilds the cycle (from the
    import frames on the stack, or the repo's import graph), then picks the import to
    change: one whose names are only used inside functions (so it can move or be
    deferred), that imports "upwards" (from a widely imported module into a module few
    import, such as the app's entry module) — and names the rest of the cycle as evidence.

    Example::

        # app/main.py                     # app/deps.py
        from app.routers import links     from app.main import quota   # <- closes the cycle
        quota = Quota()
    """
    match = _PARTIAL_RE.search(ctx.message)
    if match is None:
        return
    module = match.group("mod") or match.group("mod2") or ""
    name = match.group("name") or match.group("name2") or ""
    crash = ctx.crash
    edges = _cycle_from_stack(ctx, module)
    if crash is not None and (not edges or ctx.code.module_path(module) not in {e.path for e in edges}):
        edges = _cycle_from_graph(ctx, module, crash.path) + (edges[-1:] if edges else [])
    if crash is not None and not any(e.path == crash.path and e.line <= crash.line <= e.end_line for e in edges):
        crash_imports = imports_in(ctx, crash.path)
        closing = [e for e in crash_imports if e.line <= crash.line <= e.end_line]
        if not closing:
            # ``models.User`` at module level: the crash module's own import of M closes the cycle.
            closing = [e for e in crash_imports if e.module_level and (e.target == module or e.target.startswith(module + "."))]
        edges.extend(closing[:1])
    if not edges:
        return
    fan_in = _fan_in(ctx)
    modules = [ctx.code.module_name(e.path) for e in edges]
    cycle_text = " -> ".join([*modules, module])
    scored: list[tuple[float, ImportEdge, str]] = []
    for edge in edges:
        importer = ctx.code.module_name(edge.path)
        uses = runtime_uses_at_import(ctx, edge)
        score = 0.0
        reasons: list[str] = []
        if not uses:
            score += 2.0
            reasons.append(f"{', '.join(edge.names) or edge.target} is only used inside functions, so this import can move")
        else:
            reasons.append(f"{', '.join(edge.names) or edge.target} is needed while {importer} is imported (line {uses[0]})")
        upward = fan_in.get(importer, 0) - fan_in.get(edge.target, 0)
        if upward > 0:
            score += min(1.5, 0.5 * upward)
            reasons.append(f"{importer} is imported by {fan_in.get(importer, 0)} module(s), {edge.target} by {fan_in.get(edge.target, 0)}: it imports upwards")
        if _is_entry(ctx, edge.target) and not _is_entry(ctx, importer):
            score += 1.5
            reasons.append(f"{edge.target} is an entry module (it builds the app): nothing should import from it")
        scored.append((score, edge, "; ".join(reasons)))
    scored.sort(key=lambda item: -item[0])
    best_score = scored[0][0]
    evidence_cycle = [Evidence(e.path, e.line, f"{ctx.code.module_name(e.path)} imports {e.target}") for e in edges]
    for rank, (score, edge, why) in enumerate(scored):
        importer = ctx.code.module_name(edge.path)
        function = "<module>"
        fn = syntax.enclosing_function(edge.node)
        if fn is not None:
            function = syntax.qualname_of(fn)
        closes = rank == 0
        evidence = ([crash_evidence(ctx, crash)] if crash is not None else []) + evidence_cycle
        yield Candidate(
            file=edge.path, line=edge.line, end_line=edge.end_line, function=function, rule="RC307",
            title=(f"circular import: `{syntax.text_of(edge.node)}` closes the cycle {cycle_text}" if closes
                   else f"part of the circular import {cycle_text}"),
            explanation=(
                f"The modules {cycle_text} import each other at module level, so {module} is only partially "
                f"initialized when `{name}` is imported from it. {importer} line {edge.line} imports {edge.target}: {why}."
            ),
            evidence=tuple(evidence),
            fix=(f"Break the cycle here: move what {importer} needs from {edge.target} into a module both can import "
                 f"(or import it inside the function that uses it)." if closes else
                 "Part of the cycle; the import ranked first is the better place to break it."),
            kind=CandidateKind.ORIGIN if closes else CandidateKind.CONTRIBUTING,
            confidence=(0.85 if score >= 2.0 else 0.65) if closes else max(0.3, 0.55 - 0.1 * (best_score - score)),
        )
