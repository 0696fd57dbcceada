"""The analysed repository as the analysis sees it: parsed files, functions, names, callers.

:class:`Code` answers the questions value-origin tracing asks (what does this name refer to,
which functions are called ``get``, who calls ``UserRepository.get``) statically, through
the :class:`~rootcause.workspace.Workspace` only. When a :class:`RepoIndex` is available its
symbol tables and call graph are used; without one (or when it lacks something) the answers
come from parsing files on demand and a cheap text search, so analysis still works.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rootcause.analysis import syntax

if TYPE_CHECKING:
    from tree_sitter import Node, Tree

    from rootcause.workspace import Workspace

#: Bound on files parsed for a text search without an index (keeps huge repos responsive).
MAX_SCAN_FILES = 5000


@dataclass
class SourceFile:
    """One parsed repository file."""

    path: str
    text: str
    tree: Tree
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lines = self.text.splitlines()

    @property
    def root(self) -> Node:
        return self.tree.root_node

    def line(self, lineno: int) -> str:
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1]
        return ""

    @property
    def has_errors(self) -> bool:
        return bool(self.tree.root_node.has_error)


@dataclass(frozen=True, eq=False)
class FuncRef:
    """A function definition in the repo."""

    path: str
    qualname: str
    node: Node
    source: SourceFile

    @property
    def line(self) -> int:
        return syntax.line_of(self.node)

    @property
    def end_line(self) -> int:
        return syntax.end_line_of(self.node)

    @property
    def name(self) -> str:
        return syntax.function_name(self.node)

    @property
    def is_async(self) -> bool:
        return syntax.is_async_function(self.node)

    @property
    def class_node(self) -> Node | None:
        return syntax.enclosing_class(self.node)

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.path, self.qualname, self.line)

    def header_line(self) -> int:
        """The ``def`` line, or the first decorator's."""
        parent = self.node.parent
        if parent is not None and parent.type == "decorated_definition":
            return syntax.line_of(parent)
        return self.line

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FuncRef) and other.key == self.key


@dataclass(frozen=True, eq=False)
class ClassRef:
    path: str
    qualname: str
    node: Node
    source: SourceFile

    @property
    def name(self) -> str:
        return syntax.function_name(self.node)

    @property
    def line(self) -> int:
        return syntax.line_of(self.node)


@dataclass(frozen=True)
class ModuleRef:
    path: str
    module: str


Resolved = FuncRef | ClassRef | ModuleRef


@dataclass(frozen=True, eq=False)
class CallSite:
    """A call expression inside a function (or module level when ``caller`` is None)."""

    path: str
    call: Node
    caller: FuncRef | None

    @property
    def line(self) -> int:
        return syntax.line_of(self.call)


def module_names_for(path: str) -> list[str]:
    """Dotted module names a repo path may be imported as (``src/`` layouts included)."""
    if not path.endswith(".py"):
        return []
    parts = path[:-3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    names: list[str] = []
    for start in range(len(parts)):
        name = ".".join(parts[start:])
        if name and all(p.isidentifier() for p in parts[start:]):
            names.append(name)
    return names


class Code:
    """Static questions about the repository's code, answered lazily and cached."""

    def __init__(self, workspace: Workspace, index: Any | None = None) -> None:
        self.workspace = workspace
        self.index = index
        self._files: dict[str, SourceFile | None] = {}
        self._module_map: dict[str, str] | None = None
        self._func_cache: dict[tuple[str, str], FuncRef | None] = {}
        self._defs_cache: dict[str, list[Resolved]] = {}
        self._model_files: list[str] | None = None
        self._names_ok: bool | None = None
        self._text_hits: dict[str, list[str]] = {}
        self._imports: dict[str, dict[str, tuple[str, str | None]]] = {}

    # -- files -----------------------------------------------------------------

    def source(self, path: str) -> SourceFile | None:
        if path in self._files:
            return self._files[path]
        text = self.workspace.read_text(path)
        sf: SourceFile | None = None
        if text is not None and path.endswith(".py"):
            tree = None
            if self.index is not None and hasattr(self.index, "tree"):
                try:
                    tree = self.index.tree(path)
                except Exception:  # noqa: BLE001 - fall back to parsing ourselves
                    tree = None
                if (
                    tree is not None
                    and getattr(tree, "root_node", None) is not None
                    and tree.root_node.end_byte != len(text.encode("utf-8"))
                ):
                    tree = None  # stale tree: the file changed since indexing
            if tree is None:
                tree = syntax.parse(text)
            sf = SourceFile(path, text, tree)
        self._files[path] = sf
        return sf

    def python_files(self) -> list[str]:
        entries = getattr(self.index, "entries", None) if self.index is not None else None
        if entries:
            return list(entries)
        return list(self.workspace.python_files)

    def _index_paths(self, method: str, name: str) -> list[str] | None:
        """``index.paths_calling`` / ``paths_defining`` when the index has them (no module loaded)."""
        if self.index is None or not self._names_usable():
            return None
        finder = getattr(self.index, method, None)
        if finder is None:
            return None
        try:
            return list(finder(name))
        except Exception:  # noqa: BLE001 - fall back to a text search
            return None

    def _names_usable(self) -> bool:
        """Check once that the index's name table answers (a stale cache may not)."""
        if self._names_ok is None:
            ok = False
            try:
                modules = self.index.modules  # type: ignore[union-attr]
                for path in list(getattr(self.index, "entries", {}))[:50]:
                    calls = [c.name for c in modules[path].calls if c.name]
                    if calls:
                        ok = path in set(self.index.paths_calling(calls[0]))  # type: ignore[union-attr]
                        break
                else:
                    ok = True  # nothing calls anything: the table cannot be checked, nor be wrong
            except Exception:  # noqa: BLE001
                ok = False
            self._names_ok = ok
        return self._names_ok

    def model_files(self) -> list[str]:
        """Files likely to declare models/records (ORM columns, fields, dataclasses).

        With an index: files calling the usual field/column constructors or decorators,
        found from its name table without loading modules. Without one: every file.
        """
        if self._model_files is None:
            names = (
                "mapped_column",
                "Column",
                "Field",
                "relationship",
                "dataclass",
                "field",
                "declarative_base",
                "TypedDict",
                "NamedTuple",
            )
            found: set[str] = set()
            for name in names:
                paths = self._index_paths("paths_calling", name)
                if paths is None:
                    self._model_files = (
                        list(self.workspace.python_files)
                        if self.index is None
                        else self.python_files()
                    )
                    return self._model_files
                found.update(paths)
            for name in ("BaseModel", "SQLModel", "DeclarativeBase", "Base", "BaseSettings"):
                for path in self._index_paths("paths_defining", name) or []:
                    found.add(path)
            self._model_files = sorted(found)
        return self._model_files

    def files_calling(self, name: str) -> list[str]:
        """Files that call something named ``name`` (index name table, else a text search)."""
        found = self._index_paths("paths_calling", name)
        if found is not None:
            return found
        return self.files_matching(re.compile(rf"\b{re.escape(name)}\s*\("))

    # -- modules ---------------------------------------------------------------

    def _modules(self) -> dict[str, str]:
        if self._module_map is None:
            mapping: dict[str, str] = {}
            for path in self.python_files():
                for name in module_names_for(path):
                    mapping.setdefault(name, path)
            self._module_map = mapping
        return self._module_map

    def module_path(self, dotted: str) -> str | None:
        if self.index is not None and hasattr(self.index, "module_named"):
            try:
                found = self.index.module_named(dotted)
            except Exception:  # noqa: BLE001
                return self._modules().get(dotted)
            path = getattr(found, "path", None) if found is not None else None
            # The index knows every module of the repo: no match means "not in the repo".
            return path if isinstance(path, str) else None
        return self._modules().get(dotted)

    def module_name(self, path: str) -> str:
        entries = getattr(self.index, "entries", None) if self.index is not None else None
        if entries and path in entries:
            dotted = getattr(entries[path], "module", "")
            if dotted:
                return str(dotted)
        names = module_names_for(path)
        return names[0] if names else ""

    # -- functions -------------------------------------------------------------

    def functions_in(self, path: str) -> Iterator[FuncRef]:
        sf = self.source(path)
        if sf is None:
            return
        for node in syntax.walk(sf.root):
            if node.type == "function_definition":
                yield FuncRef(path, syntax.qualname_of(node), node, sf)

    def function(self, path: str, qualname: str) -> FuncRef | None:
        key = (path, qualname)
        if key not in self._func_cache:
            found = None
            for ref in self.functions_in(path):
                if ref.qualname == qualname:
                    found = ref
                    break
            self._func_cache[key] = found
        return self._func_cache[key]

    def nodes_at(self, path: str, line: int) -> list[Node]:
        """The chain of nodes containing the start of ``line``, outermost first (O(depth))."""
        sf = self.source(path)
        if sf is None:
            return []
        row = line - 1
        chain: list[Node] = []
        node: Node | None = sf.root
        while node is not None:
            chain.append(node)
            node = _child_spanning(node, row)
        return chain

    def definition_at(self, path: str, line: int) -> Node | None:
        """The function/class definition whose header starts on ``line``."""
        for node in self.nodes_at(path, line):
            if (
                node.type in ("function_definition", "class_definition")
                and node.start_point.row == line - 1
            ):
                return node
        return None

    def class_at(self, path: str, line: int) -> str | None:
        """Qualified name of the innermost class whose definition spans ``line`` (decorators
        included), if any."""
        sf = self.source(path)
        best = _innermost_definition(sf.root, line, "class_definition") if sf is not None else None
        return syntax.qualname_of(best) if best is not None else None

    def function_at(self, path: str, line: int) -> FuncRef | None:
        """The innermost function whose definition spans ``line`` (decorators included)."""
        sf = self.source(path)
        if sf is None:
            return None
        key = (path, f"@{line}")
        if key in self._func_cache:
            return self._func_cache[key]
        best = _innermost_definition(sf.root, line, "function_definition")
        found = FuncRef(path, syntax.qualname_of(best), best, sf) if best is not None else None
        self._func_cache[key] = found
        return found

    def class_in(self, path: str, name: str) -> ClassRef | None:
        sf = self.source(path)
        if sf is None:
            return None
        for node in syntax.walk(sf.root):
            if node.type == "class_definition" and syntax.function_name(node) == name:
                return ClassRef(path, syntax.qualname_of(node), node, sf)
        return None

    def definitions_named(self, name: str) -> list[Resolved]:
        """Every function or class called ``name`` in the repo."""
        if not name.isidentifier():
            return []
        if name in self._defs_cache:
            return self._defs_cache[name]
        results: list[Resolved] = []
        paths = self._index_paths("paths_defining", name)
        if paths is None:
            pattern = re.compile(rf"^\s*(?:async\s+def|def|class)\s+{re.escape(name)}\b", re.M)
            paths = self.files_matching(pattern)
        header = re.compile(rf"^[ \t]*(?:async[ \t]+def|def|class)[ \t]+{re.escape(name)}\b", re.M)
        for path in paths[:60]:
            text = self.workspace.read_text(path)
            if text is None:
                continue
            for match in header.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                node = self.definition_at(path, line)
                if node is None or syntax.function_name(node) != name:
                    continue
                sf = self.source(path)
                if sf is None:
                    continue
                if node.type == "function_definition":
                    results.append(FuncRef(path, syntax.qualname_of(node), node, sf))
                else:
                    results.append(ClassRef(path, syntax.qualname_of(node), node, sf))
        self._defs_cache[name] = results
        return results

    def files_matching(
        self, pattern: re.Pattern[str] | str, *, within: list[str] | None = None
    ) -> list[str]:
        """Repo Python files (or those of ``within``) whose text matches ``pattern``."""
        key = pattern.pattern if isinstance(pattern, re.Pattern) else "\x00" + pattern
        if within is not None:
            key += "\x00" + str(len(within))
        if key in self._text_hits:
            return self._text_hits[key]
        hits: list[str] = []
        for path in (within if within is not None else self.python_files())[:MAX_SCAN_FILES]:
            text = self.workspace.read_text(path)
            if text is None:
                continue
            if isinstance(pattern, re.Pattern):
                if pattern.search(text):
                    hits.append(path)
            elif pattern in text:
                hits.append(path)
        self._text_hits[key] = hits
        return hits

    # -- names -----------------------------------------------------------------

    def imports_of(self, path: str) -> dict[str, tuple[str, str | None]]:
        """Local name -> (absolute module, imported name or None) for every import in a file.

        Memoised per file (a whole-tree walk; resolution asks again and again). Read-only.
        """
        found = self._imports.get(path)
        if found is None:
            found = self._imports[path] = self._find_imports(path)
        return found

    def _find_imports(self, path: str) -> dict[str, tuple[str, str | None]]:
        sf = self.source(path)
        if sf is None:
            return {}
        current = self.module_name(path)
        is_package = path.endswith("__init__.py")
        bound: dict[str, tuple[str, str | None]] = {}
        for node in syntax.walk(sf.root):
            if node.type == "import_statement":
                for child in node.named_children:
                    if child.type == "aliased_import":
                        dotted = syntax.text_of(child.child_by_field_name("name"))
                        alias = syntax.text_of(child.child_by_field_name("alias"))
                        bound[alias] = (dotted, None)
                    elif child.type == "dotted_name":
                        dotted = syntax.text_of(child)
                        bound[dotted.split(".")[0]] = (dotted.split(".")[0], None)
            elif node.type == "import_from_statement":
                module_node = node.child_by_field_name("module_name")
                raw = syntax.text_of(module_node)
                module = _absolute_module(raw, current, is_package)
                for child in node.children_by_field_name("name"):
                    if child.type == "aliased_import":
                        name = syntax.text_of(child.child_by_field_name("name"))
                        alias = syntax.text_of(child.child_by_field_name("alias"))
                    else:
                        name = syntax.text_of(child)
                        alias = name
                    bound[alias] = (module, name)
        return bound

    def resolve_name(self, name: str, path: str, *, depth: int = 0) -> Resolved | None:
        """What a bare name in module ``path`` refers to: a def/class there or an import."""
        if depth > 4:
            return None
        sf = self.source(path)
        if sf is None:
            return None
        for node in sf.root.named_children:
            target = node
            if node.type == "decorated_definition":
                inner = node.child_by_field_name("definition")
                if inner is not None:
                    target = inner
            if target.type in ("function_definition", "class_definition") and (
                syntax.function_name(target) == name
            ):
                if target.type == "function_definition":
                    return FuncRef(path, name, target, sf)
                return ClassRef(path, name, target, sf)
        binding = self.imports_of(path).get(name)
        if binding is None:
            return None
        module, imported = binding
        if imported is None:
            mod_path = self.module_path(module)
            return ModuleRef(mod_path, module) if mod_path else None
        sub = self.module_path(f"{module}.{imported}")
        if sub is not None:
            return ModuleRef(sub, f"{module}.{imported}")
        mod_path = self.module_path(module)
        if mod_path is None or mod_path == path:
            return None
        return self.resolve_name(imported, mod_path, depth=depth + 1)

    def resolve_in(self, target: Resolved, attr: str) -> Resolved | None:
        """``target.attr`` for a module or class (methods looked up through repo bases)."""
        if isinstance(target, ModuleRef):
            return self.resolve_name(attr, target.path)
        if isinstance(target, ClassRef):
            return self.method_of(target, attr)
        return None

    def method_of(self, cls: ClassRef, name: str, *, depth: int = 0) -> FuncRef | None:
        body = cls.node.child_by_field_name("body")
        if body is not None:
            for child in body.named_children:
                target = child
                if child.type == "decorated_definition":
                    inner = child.child_by_field_name("definition")
                    if inner is not None:
                        target = inner
                if target.type == "function_definition" and syntax.function_name(target) == name:
                    return FuncRef(cls.path, syntax.qualname_of(target), target, cls.source)
        if depth > 4:
            return None
        for base in self.bases_of(cls):
            found = self.method_of(base, name, depth=depth + 1)
            if found is not None:
                return found
        return None

    def bases_of(self, cls: ClassRef) -> list[ClassRef]:
        supers = cls.node.child_by_field_name("superclasses")
        result: list[ClassRef] = []
        if supers is None:
            return result
        for arg in supers.named_children:
            if arg.type in ("identifier", "attribute"):
                resolved = self.resolve_dotted(syntax.text_of(arg), cls.path)
                if isinstance(resolved, ClassRef):
                    result.append(resolved)
        return result

    def resolve_dotted(self, dotted: str, path: str) -> Resolved | None:
        """``pkg.mod.func`` / ``Class.method`` / ``name`` as written in module ``path``."""
        parts = dotted.split(".")
        if not all(p.isidentifier() for p in parts):
            return None
        current = self.resolve_name(parts[0], path)
        for part in parts[1:]:
            if current is None:
                return None
            current = self.resolve_in(current, part)
        return current

    def class_for_annotation(self, annotation: str | None, path: str) -> ClassRef | None:
        """The repo class an annotation names (``User``, ``Optional[User]``, ``User | None``,
        ``Annotated[User, ...]``, ``"User"``)."""
        if not annotation:
            return None
        for name in _annotation_names(annotation):
            resolved = self.resolve_dotted(name, path)
            if isinstance(resolved, ClassRef):
                return resolved
        return None

    def classes_named(self, name: str) -> list[ClassRef]:
        return [d for d in self.definitions_named(name) if isinstance(d, ClassRef)]

    # -- calls -----------------------------------------------------------------

    def calls_in(self, node: Node) -> Iterator[Node]:
        for child in syntax.walk(node, into_functions=False):
            if child.type == "call":
                yield child

    def callers(self, func: FuncRef, *, limit: int = 20) -> list[CallSite]:
        """Call sites that may call ``func`` (by name; receivers are not type-checked)."""
        return self.calls_named(func.name, limit=limit, exclude=(func.path, func.line))

    def calls_named(
        self, name: str, *, limit: int = 20, exclude: tuple[str, int] | None = None
    ) -> list[CallSite]:
        """Call sites ``name(...)`` / ``x.name(...)`` across the repo."""
        sites: list[CallSite] = []
        for path in self.files_calling(name):
            sf = self.source(path)
            if sf is None:
                continue
            for node in syntax.walk(sf.root):
                if node.type != "call":
                    continue
                called, _receiver = syntax.call_name(node)
                if called != name or (
                    exclude is not None
                    and node.start_point.row + 1 == exclude[1]
                    and path == exclude[0]
                ):
                    continue
                fn = syntax.enclosing_function(node)
                caller = FuncRef(path, syntax.qualname_of(fn), fn, sf) if fn is not None else None
                sites.append(CallSite(path, node, caller))
                if len(sites) >= limit:
                    return sites
        return sites

    def references(self, name: str, *, limit: int = 20) -> list[tuple[str, Node]]:
        """Identifier nodes spelled ``name`` across the repo (e.g. ``Depends(get_db)`` uses)."""
        found: list[tuple[str, Node]] = []
        for path in self.files_matching(re.compile(rf"\b{re.escape(name)}\b")):
            sf = self.source(path)
            if sf is None:
                continue
            for node in syntax.walk(sf.root):
                if node.type == "identifier" and syntax.text_of(node) == name:
                    found.append((path, node))
                    if len(found) >= limit:
                        return found
        return found


def _innermost_definition(root: Node, line: int, kind: str) -> Node | None:
    """The innermost ``kind`` definition spanning ``line``, its decorators included.

    Descends only through the nodes that contain the line: O(depth), not O(file).
    """
    best: Node | None = None
    row = line - 1
    node: Node | None = root
    while node is not None:
        if node.type == kind:
            best = node
        elif node.type == "decorated_definition":
            definition = node.child_by_field_name("definition")
            if definition is not None and definition.type == kind:
                best = definition
        node = _child_spanning(node, row)
    return best


def _absolute_module(raw: str, current: str, is_package: bool) -> str:
    if not raw.startswith("."):
        return raw
    level = len(raw) - len(raw.lstrip("."))
    rest = raw[level:]
    parts = current.split(".") if current else []
    if not is_package:
        parts = parts[:-1]
    if level > 1:
        parts = parts[: len(parts) - (level - 1)] if level - 1 <= len(parts) else []
    base = ".".join(parts)
    if rest:
        return f"{base}.{rest}" if base else rest
    return base


_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_\.]*")
_TYPING_NAMES = frozenset(
    {
        "Optional",
        "Union",
        "Annotated",
        "List",
        "list",
        "Sequence",
        "Iterable",
        "None",
        "Mapped",
        "typing.Optional",
        "typing.Annotated",
        "Depends",
        "AsyncIterator",
        "AsyncGenerator",
        "Iterator",
        "Generator",
        "Awaitable",
        "Coroutine",
    }
)


def _annotation_names(annotation: str) -> list[str]:
    names = [m.group(0) for m in _NAME_RE.finditer(annotation.strip("\"'"))]
    return [n for n in names if n not in _TYPING_NAMES]


def _child_spanning(node: Node, row: int) -> Node | None:
    """The first child of ``node`` whose lines include the 0-based ``row``."""
    for child in node.children:
        if child.start_point.row <= row <= child.end_point.row:
            return child
    return None
