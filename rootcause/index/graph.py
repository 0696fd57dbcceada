"""The code graph: modules and symbols joined by imports, calls, defines, inherits, references.

Nodes are ``(path, qualname)`` pairs (``qualname`` is ``<module>`` for a module). The whole
graph (:func:`build_graph`, a networkx ``DiGraph``) resolves every call of the repository,
so it is built only when asked. :func:`neighbourhood` never needs it: it builds a small
local graph around the frames (the seeds' edges and callers, then the edges of what they
reach) and ranks it with a personalized PageRank written out here (networkx alone takes a
quarter second to import).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Literal

from rootcause.index.repo import MODULE_SCOPE, Definition, RepoIndex, type_name_of
from rootcause.index.symbols import Call, ClassDef, FunctionDef

if TYPE_CHECKING:
    import networkx

    from rootcause.index.entries import FileEntry

EdgeKind = Literal["imports", "calls", "defines", "inherits", "references"]
Node = tuple[str, str]
Edge = tuple[Node, Node, EdgeKind]
_Target = Callable[[str, int], "Definition | None"]

#: How strongly each edge kind ties two nodes when ranking a neighbourhood.
EDGE_WEIGHTS: dict[str, float] = {
    "calls": 1.0,
    "references": 0.7,
    "inherits": 0.6,
    "defines": 0.5,
    "imports": 0.3,
}
#: Walking an edge backwards (callee -> caller) counts a little less than forwards.
REVERSE_FACTOR = 0.8
#: Bounds on a neighbourhood's local graph: callers taken per seed, and nodes expanded
#: in the second ring (keeps a frame's neighbourhood to milliseconds on big repos).
MAX_CALLERS = 30
MAX_RING = 120
_RANKED_KINDS = frozenset({"function", "method", "class"})


def module_edges(index: RepoIndex, path: str) -> list[Edge]:
    """Every edge leaving the module at ``path`` or one of its symbols."""
    mod = index.modules[path]
    module_node: Node = (path, MODULE_SCOPE)
    edges: list[Edge] = []
    scopes = {fn.qualname for fn in mod.functions} | {cls.qualname for cls in mod.classes}

    def parent_of(qualname: str) -> Node:
        head = qualname.rsplit(".", 1)[0] if "." in qualname else None
        return (path, head) if head in scopes and head is not None else module_node

    target = _ranked_target(index, path)

    for cls in mod.classes:
        node: Node = (path, cls.qualname)
        edges.append((parent_of(cls.qualname), node, "defines"))
        _class_edges(cls, node, target, edges)
    for fn in mod.functions:
        node = (path, fn.qualname)
        edges.append((parent_of(fn.qualname), node, "defines"))
        _function_edges(fn, node, target, edges)
    for call in mod.calls:
        source: Node = (path, call.scope) if call.scope in scopes else module_node
        found = target(call.callee, call.line)
        if found is not None:
            edges.append((source, found.key, "calls"))
        for arg in _reference_args(call):
            found = target(arg, call.line)
            if found is not None:
                edges.append((source, found.key, "references"))
    seen_modules: set[str] = set()
    for imp in mod.imports:
        imported = index.resolve(imp.bound_name, path, imp.line) if imp.name != "*" else None
        module_path = index._module_path(imp.module)
        if module_path is not None and module_path != path and module_path not in seen_modules:
            seen_modules.add(module_path)
            edges.append((module_node, (module_path, MODULE_SCOPE), "imports"))
        if imported is not None and imported.path != path:
            key = imported.key
            if imported.kind == "module" and imported.path not in seen_modules:
                seen_modules.add(imported.path)
                edges.append((module_node, key, "imports"))
            elif imported.kind in _RANKED_KINDS:
                edges.append((module_node, key, "imports"))
    return edges


def _ranked_target(index: RepoIndex, path: str) -> _Target:
    """Resolve a name used at a line of ``path`` to a function, method or class, else None."""

    def target(expr: str, line: int) -> Definition | None:
        found = index.resolve(expr, path, line)
        if found is None or found.kind not in _RANKED_KINDS:
            return None
        return found

    return target


def _class_edges(cls: ClassDef, node: Node, target: _Target, edges: list[Edge]) -> None:
    """Append the ``inherits`` edges of a class's bases and ``references`` of its decorators."""
    line = cls.span.start_line
    for base in cls.bases:
        found = target(base, line)
        if found is not None and found.kind == "class":
            edges.append((node, found.key, "inherits"))
    for decorator in cls.decorators:
        found = target(_head(decorator), line)
        if found is not None:
            edges.append((node, found.key, "references"))


def _function_edges(fn: FunctionDef, node: Node, target: _Target, edges: list[Edge]) -> None:
    """Append the ``references`` edges of a function's decorators, annotations and defaults."""
    line = fn.span.start_line
    for decorator in fn.decorators:
        found = target(_head(decorator), line)
        if found is not None:
            edges.append((node, found.key, "references"))
    for param in fn.params:
        type_name = type_name_of(param.annotation) if param.annotation else None
        found = target(type_name, line) if type_name else None
        if found is not None:
            edges.append((node, found.key, "references"))
        if param.default:
            found = target(_head(_unwrap_depends(param.default)), line)
            if found is not None:
                edges.append((node, found.key, "references"))


def _head(expr: str) -> str:
    """``router.get("/x")`` -> ``router.get``."""
    return expr.split("(", 1)[0].strip()


def _unwrap_depends(default: str) -> str:
    if default.startswith("Depends(") and default.endswith(")"):
        return default[len("Depends(") : -1].split(",")[0]
    return ""


def _reference_args(call: Call) -> Iterable[str]:
    """Argument texts that name something (``Depends(get_db)``, ``callback=handler``)."""
    for text in (*call.args, *(value for _, value in call.kwargs)):
        text = text.strip()
        if text and text.replace(".", "").replace("_", "").isalnum() and not text[0].isdigit():
            yield text


def build_graph(index: RepoIndex, entries: Mapping[str, FileEntry]) -> networkx.DiGraph:
    """The whole repository's graph (resolves every call: seconds on a big repo)."""
    import networkx

    graph = networkx.DiGraph()
    for path in entries:
        graph.add_node((path, MODULE_SCOPE), kind="module", path=path, line=1)
        mod = index.modules[path]
        for cls in mod.classes:
            graph.add_node((path, cls.qualname), kind="class", path=path, line=cls.span.start_line)
        for fn in mod.functions:
            kind = "method" if fn.class_name is not None else "function"
            graph.add_node((path, fn.qualname), kind=kind, path=path, line=fn.span.start_line)
    for path in entries:
        for source, dest, kind in module_edges(index, path):
            if source not in graph or dest not in graph:
                continue
            if graph.has_edge(source, dest):
                data = graph.edges[source, dest]
                data["kinds"].add(kind)
                data["weight"] += EDGE_WEIGHTS[kind]
            else:
                graph.add_edge(source, dest, kind=kind, kinds={kind}, weight=EDGE_WEIGHTS[kind])
    return graph


def seed_node(index: RepoIndex, path: str, line: int) -> Node | None:
    """The innermost function (else class, else module) holding ``path:line``."""
    if path not in index.modules:
        return None
    fn = index.function_at(path, line)
    if fn is not None:
        return (path, fn.qualname)
    cls = index.class_at(path, line)
    if cls is not None:
        return (path, cls.qualname)
    return (path, MODULE_SCOPE)


def neighbourhood(
    index: RepoIndex, seeds: list[tuple[str, int]], limit: int = 20
) -> list[tuple[Definition, float]]:
    """Functions, methods and classes near the seed frames, best first, with their scores."""
    seed_nodes: list[Node] = []
    for path, line in seeds:
        node = seed_node(index, path, line)
        if node is not None:
            seed_nodes.append(node)
    if not seed_nodes:
        return []
    edges = _local_edges(index, seed_nodes)
    adjacency: dict[Node, dict[Node, float]] = {node: {} for node in seed_nodes}
    for source, dest, kind in edges:
        if source == dest:
            continue
        weight = EDGE_WEIGHTS[kind]
        forward = adjacency.setdefault(source, {})
        forward[dest] = forward.get(dest, 0.0) + weight
        backward = adjacency.setdefault(dest, {})
        backward[source] = backward.get(source, 0.0) + weight * REVERSE_FACTOR
    personalization: dict[Node, float] = {}
    for node in seed_nodes:
        personalization[node] = personalization.get(node, 0.0) + 1.0
    scores = personalized_pagerank(adjacency, personalization)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    out: list[tuple[Definition, float]] = []
    for (path, qualname), score in ranked:
        if qualname == MODULE_SCOPE:
            continue
        definition = index.definition(path, qualname)
        if definition is None or definition.kind not in _RANKED_KINDS:
            continue
        out.append((definition, score))
        if len(out) >= limit:
            break
    return out


def symbol_edges(index: RepoIndex, node: Node) -> list[Edge]:
    """Edges out of one function, class or module node (and the one defining it)."""
    path, qualname = node
    if path not in index.modules:
        return []
    mod = index.modules[path]
    module_node: Node = (path, MODULE_SCOPE)
    edges: list[Edge] = []

    target = _ranked_target(index, path)

    if qualname == MODULE_SCOPE:
        for imp in mod.imports:
            if imp.scope != MODULE_SCOPE or imp.name == "*":
                continue
            found = index.resolve(imp.bound_name, path, imp.line)
            if found is not None and found.path != path:
                edges.append((node, found.key, "imports"))
    else:
        parent = qualname.rsplit(".", 1)[0] if "." in qualname else None
        owner = index.definition(path, parent) if parent else None
        edges.append((owner.key if owner is not None else module_node, node, "defines"))
    found_def = index.definition(path, qualname) if qualname != MODULE_SCOPE else None
    node_def = found_def.node if found_def is not None else None
    fn = node_def if isinstance(node_def, FunctionDef) else None
    cls = node_def if isinstance(node_def, ClassDef) else None
    if cls is not None:
        _class_edges(cls, node, target, edges)
        prefix = f"{qualname}."
        for method in mod.functions:
            if method.class_name == qualname and method.qualname.startswith(prefix):
                edges.append((node, (path, method.qualname), "defines"))
    if fn is not None:
        _function_edges(fn, node, target, edges)
    if fn is not None or qualname == MODULE_SCOPE:
        for call in mod.calls:
            if call.scope != qualname:
                continue
            found = target(call.callee, call.line)
            if found is not None:
                edges.append((node, found.key, "calls"))
            for arg in _reference_args(call):
                found = target(arg, call.line)
                if found is not None:
                    edges.append((node, found.key, "references"))
    return edges


def _local_edges(index: RepoIndex, seed_nodes: list[Node]) -> list[Edge]:
    """Edges of the seeds (out, and their callers), then out-edges of what they reach."""
    edges: list[Edge] = []
    expanded: set[Node] = set()
    ring: list[Node] = []
    for node in dict.fromkeys(seed_nodes):
        expanded.add(node)
        found = symbol_edges(index, node)
        path, qualname = node
        if qualname != MODULE_SCOPE:
            for site in index.callers(path, qualname)[:MAX_CALLERS]:
                found.append(((site.path, site.caller), node, "calls"))
        edges.extend(found)
        for source, dest, _ in found:
            for other in (source, dest):
                if other not in expanded:
                    expanded.add(other)
                    ring.append(other)
    for node in ring[:MAX_RING]:
        edges.extend(symbol_edges(index, node))
    return edges


def personalized_pagerank(
    adjacency: Mapping[Node, Mapping[Node, float]],
    personalization: Mapping[Node, float],
    *,
    alpha: float = 0.85,
    iterations: int = 100,
    tolerance: float = 1.0e-6,
) -> dict[Node, float]:
    """PageRank with restarts on ``personalization``; dangling nodes restart too."""
    nodes = list(adjacency)
    total = sum(personalization.values()) or 1.0
    restart = {node: weight / total for node, weight in personalization.items()}
    out_weight = {node: sum(adjacency[node].values()) for node in nodes}
    rank = dict(restart)
    for _ in range(iterations):
        new: dict[Node, float] = dict.fromkeys(nodes, 0.0)
        dangling = 0.0
        for node, value in rank.items():
            weight = out_weight.get(node, 0.0)
            if weight <= 0.0:
                dangling += value
                continue
            share = alpha * value / weight
            for dest, edge_weight in adjacency[node].items():
                new[dest] += share * edge_weight
        leak = (1.0 - alpha) + alpha * dangling
        for node, value in restart.items():
            new[node] = new.get(node, 0.0) + leak * value
        delta = sum(abs(new[node] - rank.get(node, 0.0)) for node in new)
        rank = new
        if delta < tolerance:
            break
    return rank
