"""The repository index: modules by path, name resolution, callers and callees.

A :class:`RepoIndex` holds one small :class:`FileEntry` per file and loads a file's full
:class:`ModuleSymbols` only when asked (from the cache or from memory), so opening a warm
index of thousands of files costs little; the call graph is built only on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rootcause.index.entries import FileEntry, IndexStats, LazyNames, NameLookup, NameSource
from rootcause.index.symbols import (
    Assignment,
    Call,
    ClassAttr,
    ClassDef,
    FunctionDef,
    Import,
    ModuleSymbols,
    Parameter,
)

if TYPE_CHECKING:
    import networkx
    import tree_sitter

    from rootcause.workspace import Workspace

DefinitionKind = Literal["module", "class", "function", "method", "variable", "attribute"]
MODULE_SCOPE = "<module>"
_MAX_DEPTH = 12


@dataclass(frozen=True, slots=True)
class Definition:
    """Where a name is defined: ``qualname`` is ``<module>`` for a module itself."""

    path: str
    qualname: str
    kind: DefinitionKind
    line: int
    node: FunctionDef | ClassDef | Assignment | ClassAttr | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.path, self.qualname


@dataclass(frozen=True, slots=True)
class CallSite:
    """A call of some function: in ``path``, inside ``caller`` (a qualname or ``<module>``)."""

    path: str
    caller: str
    call: Call


@dataclass(frozen=True, slots=True)
class _Value:
    """What an expression denotes while resolving.

    ``definition`` is what the name itself is (a function, a class, a variable...);
    ``type`` is the class of the object it holds when known (``repo: UserRepository``).
    ``module`` is set for modules, including namespace packages that have no file.
    """

    module: str | None = None
    definition: Definition | None = None
    type: Definition | None = None
    foreign: bool = False  # typed or produced by something outside the repository


#: (module -> path, unique alternative name -> path, package prefixes): see :func:`module_maps`.
ModuleMaps = tuple[dict[str, str], dict[str, str], frozenset[str]]


def module_maps(entries: Iterable[FileEntry]) -> ModuleMaps:
    """Find modules by dotted name: primary names (a package wins over a same-named module),
    alternative names that only one file has, and every package prefix."""
    by_module: dict[str, str] = {}
    alternatives: dict[str, list[str]] = {}
    packages: set[str] = set()
    for entry in entries:
        module = entry.module
        path = entry.path
        if module and (module not in by_module or entry.is_package):
            by_module[module] = path
        for alt in entry.alternatives:
            alternatives.setdefault(alt, []).append(path)
        while "." in module:
            module = module.rsplit(".", 1)[0]
            if module in packages:
                break
            packages.add(module)
    unique = {k: v[0] for k, v in alternatives.items() if len(v) == 1}
    return by_module, unique, frozenset(packages)


class _Tables:
    """Per-module lookup tables, built once when a module is first resolved in."""

    __slots__ = ("at_line", "classes", "functions", "locals", "self_attrs")

    def __init__(self, mod: ModuleSymbols) -> None:
        # the first definition wins, as in ModuleSymbols.function (property getter before setter)
        self.functions: dict[str, FunctionDef] = {}
        for fn in mod.functions:
            self.functions.setdefault(fn.qualname, fn)
        self.classes: dict[str, ClassDef] = {}
        for cls in mod.classes:
            self.classes.setdefault(cls.qualname, cls)
        # scope -> name -> bindings (assignments and imports) in source order
        self.locals: dict[str, dict[str, list[Assignment | Import]]] = {}
        # "self.x" assignments: (class qualname prefix is checked by the caller) name -> list
        self.self_attrs: dict[str, list[Assignment]] = {}
        for assign in mod.assignments:
            if not assign.augmented:
                table = self.locals.setdefault(assign.scope, {})
                table.setdefault(assign.target, []).append(assign)
            if assign.target.startswith("self."):
                self.self_attrs.setdefault(assign.target[5:], []).append(assign)
        for imp in mod.imports:
            if imp.name != "*":
                table = self.locals.setdefault(imp.scope, {})
                table.setdefault(imp.bound_name, []).append(imp)
        self.at_line: dict[int, FunctionDef | None] = {}


class _Modules(Mapping[str, ModuleSymbols]):
    """Path -> ModuleSymbols, loading each module on first access."""

    def __init__(
        self, entries: Mapping[str, FileEntry], load: Callable[[str], ModuleSymbols | None]
    ) -> None:
        self._entries = entries
        self._load = load
        self._loaded: dict[str, ModuleSymbols] = {}

    def __getitem__(self, path: str) -> ModuleSymbols:
        found = self._loaded.get(path)
        if found is not None:
            return found
        if path not in self._entries:
            raise KeyError(path)
        symbols = self._load(path)
        if symbols is None:
            entry = self._entries[path]
            symbols = ModuleSymbols(path=path, module=entry.module, is_package=entry.is_package)
        self._loaded[path] = symbols
        return symbols

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, path: object) -> bool:
        return path in self._entries


class RepoIndex:
    """Everything known about the repository's code, with lazy loading and lazy graph."""

    def __init__(
        self,
        workspace: Workspace,
        entries: Mapping[str, FileEntry],
        load: Callable[[str], ModuleSymbols | None],
        stats: IndexStats | None = None,
        *,
        names: NameSource | None = None,
        maps: ModuleMaps | None = None,
    ) -> None:
        self.workspace = workspace
        self.names: NameSource = names or LazyNames(self._fill_names)
        self.entries: Mapping[str, FileEntry] = entries
        self.modules: Mapping[str, ModuleSymbols] = _Modules(entries, load)
        self.stats = stats or IndexStats(files=len(entries))
        self._module_maps: ModuleMaps | None = maps
        self._trees: dict[str, tree_sitter.Tree | None] = {}
        self._sources: dict[str, bytes | None] = {}
        self._namespaces: dict[str, dict[str, list[tuple[int, object]]]] = {}
        self._tables: dict[str, _Tables] = {}
        self._resolved: dict[tuple[str, str, int], Definition | None] = {}
        self._graph: networkx.DiGraph | None = None
        self.closer: Callable[[], None] | None = None

    def close(self) -> None:
        """Release the cache connection (modules already loaded stay usable)."""
        if self.closer is not None:
            self.closer()
            self.closer = None

    # -- files and modules ------------------------------------------------------------

    def module_named(self, dotted: str) -> ModuleSymbols | None:
        """The module with this dotted name (primary name first, then unique alternatives)."""
        path = self._module_path(dotted)
        return self.modules[path] if path is not None else None

    def _maps(self) -> ModuleMaps:
        """(module -> path, unique alternative name -> path, package prefixes), built once."""
        if self._module_maps is None:
            self._module_maps = module_maps(self.entries.values())
        return self._module_maps

    def _module_path(self, dotted: str) -> str | None:
        by_module, by_alternative, _ = self._maps()
        path = by_module.get(dotted)
        if path is None:
            path = by_alternative.get(dotted)
        return path

    def _module_exists(self, dotted: str) -> bool:
        return self._module_path(dotted) is not None or dotted in self._maps()[2]

    def _t(self, path: str) -> _Tables:
        tables = self._tables.get(path)
        if tables is None:
            tables = self._tables[path] = _Tables(self.modules[path])
        return tables

    def function_at(self, path: str, line: int) -> FunctionDef | None:
        """The innermost function or method whose span holds ``line``."""
        if path not in self.modules:
            return None
        at_line = self._t(path).at_line
        if line not in at_line:
            at_line[line] = self.modules[path].function_at(line)
        return at_line[line]

    def class_at(self, path: str, line: int) -> ClassDef | None:
        """The innermost class whose span holds ``line``."""
        if path not in self.modules:
            return None
        best: ClassDef | None = None
        for cls in self.modules[path].classes:
            if cls.span.contains_line(line) and (
                best is None or cls.span.start_line >= best.span.start_line
            ):
                best = cls
        return best

    def source(self, path: str) -> bytes | None:
        """The file's bytes, read through the workspace (contained), memoised."""
        if path not in self._sources:
            self._sources[path] = self.workspace.read_bytes(path)
        return self._sources[path]

    def tree(self, path: str) -> tree_sitter.Tree | None:
        """The file's tree-sitter tree, parsed on first request and memoised."""
        if path not in self._trees:
            source = self.source(path)
            if source is None:
                self._trees[path] = None
            else:
                from rootcause.index.parser import parse_source

                self._trees[path] = parse_source(source)
        return self._trees[path]

    # -- definitions ------------------------------------------------------------------

    def definition(self, path: str, qualname: str) -> Definition | None:
        """The definition of ``qualname`` in the file ``path`` (``<module>`` for the module)."""
        if path not in self.modules:
            return None
        if qualname in (MODULE_SCOPE, ""):
            return Definition(path, MODULE_SCOPE, "module", 1, None)
        tables = self._t(path)
        fn = tables.functions.get(qualname)
        if fn is not None:
            return _function_definition(path, fn)
        cls = tables.classes.get(qualname)
        if cls is not None:
            return Definition(path, cls.qualname, "class", cls.span.start_line, cls)
        return None

    def _fill_names(self, lookup: NameLookup) -> None:
        for path in self.entries:
            mod = self.modules[path]
            lookup.add(
                path,
                (call.name for call in mod.calls if call.name),
                [fn.name for fn in mod.functions] + [cls.name for cls in mod.classes],
            )

    def _in_order(self, paths: set[str]) -> list[str]:
        if len(paths) > 64:
            return [path for path in self.entries if path in paths]
        return sorted(paths)

    def paths_calling(self, name: str) -> list[str]:
        """Files that call something named ``name`` (cheap: no module is loaded)."""
        return self._in_order(self.names.paths_calling(name))

    def paths_defining(self, name: str) -> list[str]:
        """Files that define a function, method or class named ``name`` (no module loaded)."""
        return self._in_order(self.names.paths_defining(name))

    def definitions_named(self, name: str) -> list[Definition]:
        """Every function, method or class called ``name`` (loads only the files defining it)."""
        out: list[Definition] = []
        for path in self.paths_defining(name):
            mod = self.modules[path]
            for fn in mod.functions:
                if fn.name == name:
                    out.append(_function_definition(path, fn))
            for cls in mod.classes:
                if cls.name == name:
                    out.append(Definition(path, cls.qualname, "class", cls.span.start_line, cls))
        return out

    def find_symbol(self, dotted: str) -> list[Definition]:
        """Definitions named by ``pkg.mod.func``, ``pkg.mod.Class.method`` or a bare qualname."""
        parts = dotted.split(".")
        for cut in range(len(parts), 0, -1):
            path = self._module_path(".".join(parts[:cut]))
            if path is not None:
                rest = ".".join(parts[cut:]) or MODULE_SCOPE
                found = self.definition(path, rest)
                if found is not None:
                    return [found]
        return [d for d in self.definitions_named(parts[-1]) if d.qualname.endswith(dotted)]

    def resolve(self, expr: str, path: str, line: int) -> Definition | None:
        """The definition that ``expr`` (a name or dotted expression at ``path:line``) refers to."""
        key = (expr, path, line)
        if key in self._resolved:
            return self._resolved[key]
        result: Definition | None = None
        if path in self.modules:
            value = self._resolve_expr(expr.strip(), path, line, 0)
            if value is not None:
                result = self._as_definition(value)
        self._resolved[key] = result
        return result

    def _as_definition(self, value: _Value) -> Definition | None:
        if value.definition is not None:
            return value.definition
        if value.module is not None:
            path = self._module_path(value.module)
            if path is not None:
                return Definition(path, MODULE_SCOPE, "module", 1, None)
        return None

    def _resolve_expr(self, expr: str, path: str, line: int, depth: int) -> _Value | None:
        if expr.startswith("await "):
            expr = expr[6:].strip()
        parts = _split_dotted(expr)
        if not parts:
            return None
        head, head_called = parts[0]
        if not head.isidentifier():
            return None
        value = self._lookup_name(head, path, line, depth)
        if value is not None and head_called:
            value = self._call_result(value, depth)
        for name, called in parts[1:]:
            if value is None:
                return None
            value = self._attribute(value, name, depth)
            if value is not None and called:
                value = self._call_result(value, depth)
        return value

    # name lookup in scopes

    def _lookup_name(self, name: str, path: str, line: int, depth: int) -> _Value | None:
        mod = self.modules[path]
        if name in ("self", "cls"):
            cls = self._enclosing_class(mod, line)
            if cls is not None:
                definition = Definition(path, cls.qualname, "class", cls.span.start_line, cls)
                if name == "cls":
                    return _Value(definition=definition)
                return _Value(definition=definition, type=definition)
        for fn in self._enclosing_functions(mod, line):
            found = self._lookup_local(mod, fn, name, line, depth)
            if found is not None:
                return found
        return self._module_member(mod.module, name, depth, path=path)

    def _enclosing_class(self, mod: ModuleSymbols, line: int) -> ClassDef | None:
        tables = self._t(mod.path)
        fn = self.function_at(mod.path, line)
        while fn is not None:
            if fn.class_name is not None:
                return tables.classes.get(fn.class_name)
            # a function nested in a method: look at the outer function
            outer = fn.qualname.rsplit(".", 1)[0] if "." in fn.qualname else None
            fn = tables.functions.get(outer) if outer else None
        return None

    def _enclosing_functions(self, mod: ModuleSymbols, line: int) -> list[FunctionDef]:
        """Innermost first; class bodies are not scopes for nested functions."""
        functions = self._t(mod.path).functions
        fn = self.function_at(mod.path, line)
        out: list[FunctionDef] = []
        while fn is not None:
            out.append(fn)
            qualname = fn.qualname
            fn = None
            while "." in qualname:
                qualname = qualname.rsplit(".", 1)[0]
                outer = functions.get(qualname)
                if outer is not None:
                    fn = outer
                    break
        return out

    def _lookup_local(
        self, mod: ModuleSymbols, fn: FunctionDef, name: str, line: int, depth: int
    ) -> _Value | None:
        tables = self._t(mod.path)
        nested_q = f"{fn.qualname}.{name}"
        nested_fn = tables.functions.get(nested_q)
        if nested_fn is not None:
            return _Value(definition=_function_definition(mod.path, nested_fn))
        nested_cls = tables.classes.get(nested_q)
        if nested_cls is not None:
            return _Value(
                definition=Definition(
                    mod.path, nested_q, "class", nested_cls.span.start_line, nested_cls
                )
            )
        # the binding in effect at ``line``: the last one before it, else the first after it
        best: Assignment | Import | None = None
        best_line = 0
        for binding in tables.locals.get(fn.qualname, {}).get(name, ()):
            if _better(binding.line, best_line, line, best is None):
                best, best_line = binding, binding.line
        if isinstance(best, Import):
            return self._import_value(best, depth)
        if isinstance(best, Assignment):
            definition = Definition(mod.path, nested_q, "variable", best.line, best)
            return self._typed_value(
                definition, best.annotation, best.value, mod.path, best.line, depth
            )
        for param in fn.params:
            if param.name == name:
                return self._param_value(mod.path, fn, param, depth)
        return None

    def _param_value(self, path: str, fn: FunctionDef, param: Parameter, depth: int) -> _Value:
        definition = Definition(path, f"{fn.qualname}.{param.name}", "variable", fn.span.start_line)
        value = self._typed_value(
            definition, param.annotation, None, path, fn.span.start_line, depth
        )
        default = param.default or ""
        if value.type is None and default.startswith("Depends(") and default.endswith(")"):
            # FastAPI passes what the dependency returns
            inner = default[len("Depends(") : -1].split(",")[0].strip()
            if inner and depth <= _MAX_DEPTH:
                dep = self._resolve_expr(inner, path, fn.span.start_line, depth + 1)
                if dep is not None:
                    result = self._call_result(dep, depth + 1)
                    if result is not None and result.type is not None:
                        return _Value(definition=definition, type=result.type)
        return value

    def _type_from_annotation(
        self, annotation: str, path: str, line: int, depth: int
    ) -> Definition | None:
        type_name = type_name_of(annotation)
        if not type_name or depth > _MAX_DEPTH:
            return None
        typ = self._resolve_expr(type_name, path, line, depth + 1)
        if typ is not None and typ.definition is not None and typ.definition.kind == "class":
            return typ.definition
        return None

    def _typed_value(
        self,
        definition: Definition,
        annotation: str | None,
        value: str | None,
        path: str,
        line: int,
        depth: int,
    ) -> _Value:
        """A variable: typed by its annotation, else by the call or name it is given."""
        if depth > _MAX_DEPTH:
            return _Value(definition=definition)
        if annotation:
            typ = self._type_from_annotation(annotation, path, line, depth)
            if typ is not None:
                return _Value(definition=definition, type=typ)
            return _Value(definition=definition, foreign=True)
        if value:
            text = value.strip()
            if text.startswith("await "):
                text = text[6:].strip()
            if _CALL_RE.match(text):
                result = self._resolve_expr(text, path, line, depth + 1)
                if result is None or result.foreign:
                    return _Value(definition=definition, foreign=True)
                if result.type is not None:
                    return _Value(definition=definition, type=result.type)
            elif _DOTTED_RE.match(text) and text not in ("None", "True", "False"):
                result = self._resolve_expr(text, path, line, depth + 1)
                if result is None:
                    return _Value(definition=definition, foreign=True)
                if result.module is not None or (
                    result.definition is not None
                    and result.definition.kind in ("function", "method", "class", "module")
                ):
                    return result  # an alias: ``get = _get``, ``db = database``
                if result.type is not None or result.foreign:
                    return _Value(definition=definition, type=result.type, foreign=result.foreign)
        return _Value(definition=definition)

    def _call_result(self, value: _Value, depth: int) -> _Value | None:
        """What calling ``value`` gives: an instance of a class, or of a function's return type."""
        definition = value.definition
        if definition is None or value.type is not None:
            return None
        if definition.kind == "class":
            return _Value(definition=definition, type=definition)
        node = definition.node
        if isinstance(node, FunctionDef) and node.returns:
            typ = self._type_from_annotation(
                node.returns, definition.path, node.span.start_line, depth
            )
            return _Value(definition=definition, type=typ)
        return _Value(definition=definition)

    # module namespaces

    def _namespace(self, path: str) -> dict[str, list[tuple[int, object]]]:
        """Module-level bindings of a file: name -> [(line, binding)]."""
        found = self._namespaces.get(path)
        if found is not None:
            return found
        mod = self.modules[path]
        ns: dict[str, list[tuple[int, object]]] = {}
        for fn in mod.functions:
            if "." not in fn.qualname:
                ns.setdefault(fn.name, []).append((fn.span.start_line, fn))
        for cls in mod.classes:
            if "." not in cls.qualname:
                ns.setdefault(cls.name, []).append((cls.span.start_line, cls))
        for assign in mod.assignments:
            if assign.scope == MODULE_SCOPE and assign.target.isidentifier():
                ns.setdefault(assign.target, []).append((assign.line, assign))
        for imp in mod.imports:
            if imp.scope == MODULE_SCOPE:
                ns.setdefault(imp.bound_name if imp.name != "*" else "*", []).append(
                    (imp.line, imp)
                )
        for bindings in ns.values():
            bindings.sort(key=lambda b: b[0])
        self._namespaces[path] = ns
        return ns

    def _module_member(
        self, module: str, name: str, depth: int, *, path: str | None = None
    ) -> _Value | None:
        """``module.name``: a binding in the module's file, or a submodule."""
        if depth > _MAX_DEPTH:
            return None
        path = path or self._module_path(module)
        if path is not None:
            ns = self._namespace(path)
            bindings = ns.get(name)
            if bindings:
                # prefer a real binding over one only made under TYPE_CHECKING
                real = [
                    b for b in bindings if not (isinstance(b[1], Import) and b[1].type_checking)
                ]
                _line, binding = (real or bindings)[-1]
                value = self._binding_value(path, name, binding, depth)
                if value is not None:
                    return value
            for _line, star in ns.get("*", []):
                if isinstance(star, Import):
                    value = self._module_member(star.module, name, depth + 1)
                    if value is not None:
                        return value
        submodule = f"{module}.{name}" if module else name
        if self._module_exists(submodule):
            return _Value(module=submodule)
        return None

    def _binding_value(self, path: str, name: str, binding: object, depth: int) -> _Value | None:
        if isinstance(binding, FunctionDef):
            return _Value(definition=_function_definition(path, binding))
        if isinstance(binding, ClassDef):
            return _Value(
                definition=Definition(
                    path, binding.qualname, "class", binding.span.start_line, binding
                )
            )
        if isinstance(binding, Assignment):
            definition = Definition(path, name, "variable", binding.line, binding)
            return self._typed_value(
                definition, binding.annotation, binding.value, path, binding.line, depth + 1
            )
        if isinstance(binding, Import):
            return self._import_value(binding, depth + 1)
        return None

    def _import_value(self, imp: Import, depth: int) -> _Value | None:
        if imp.name is None:
            if imp.alias:
                return _Value(module=imp.module) if self._module_exists(imp.module) else None
            top = imp.module.split(".")[0]
            return _Value(module=top) if self._module_exists(top) else None
        if imp.name == "*":
            return None
        value = self._module_member(imp.module, imp.name, depth + 1)
        if value is None and self._module_path(imp.module) is None:
            # the module is outside the repo, or named by a path we do not know
            return None
        return value

    # attributes

    def _attribute(self, value: _Value, name: str, depth: int) -> _Value | None:
        if depth > _MAX_DEPTH:
            return None
        if value.type is not None:
            return self._class_member(value.type, name, depth + 1, set())
        definition = value.definition
        if definition is None:
            return self._module_member(value.module, name, depth + 1) if value.module else None
        if definition.kind == "module":
            module = self.entries[definition.path].module
            return self._module_member(module, name, depth + 1, path=definition.path)
        if definition.kind == "class":
            return self._class_member(definition, name, depth + 1, set())
        return None

    def _class_member(
        self, cls_def: Definition, name: str, depth: int, seen: set[tuple[str, str]]
    ) -> _Value | None:
        if depth > _MAX_DEPTH or cls_def.key in seen:
            return None
        seen.add(cls_def.key)
        mod = self.modules[cls_def.path]
        tables = self._t(mod.path)
        cls = (
            cls_def.node
            if isinstance(cls_def.node, ClassDef)
            else tables.classes.get(cls_def.qualname)
        )
        if cls is None:
            return None
        member = f"{cls.qualname}.{name}"
        fn = tables.functions.get(member)
        if fn is not None:
            return _Value(definition=_function_definition(mod.path, fn))
        nested = tables.classes.get(member)
        if nested is not None:
            return _Value(
                definition=Definition(mod.path, member, "class", nested.span.start_line, nested)
            )
        for attr in cls.attributes:
            if attr.name == name:
                definition = Definition(mod.path, member, "attribute", attr.line, attr)
                return self._typed_value(
                    definition, attr.annotation, attr.value, mod.path, attr.line, depth + 1
                )
        best: Assignment | None = None
        prefix = f"{cls.qualname}."
        for assign in tables.self_attrs.get(name, ()):
            if assign.scope.startswith(prefix) and (
                best is None or (assign.annotation and not best.annotation)
            ):
                best = assign
        if best is not None:
            definition = Definition(mod.path, member, "attribute", best.line, best)
            return self._typed_value(
                definition, best.annotation, best.value, mod.path, best.line, depth + 1
            )
        for base in cls.bases:
            base_value = self._resolve_expr(base, mod.path, cls.span.start_line, depth + 1)
            if (
                base_value is not None
                and base_value.definition is not None
                and base_value.definition.kind == "class"
            ):
                found = self._class_member(base_value.definition, name, depth + 1, seen)
                if found is not None:
                    return found
        return None

    def bases_of(self, cls_def: Definition) -> list[Definition]:
        """The in-repo base classes of a class definition."""
        cls = cls_def.node
        if not isinstance(cls, ClassDef):
            return []
        out = []
        for base in cls.bases:
            found = self.resolve(base, cls_def.path, cls.span.start_line)
            if found is not None and found.kind == "class":
                out.append(found)
        return out

    # -- calls ------------------------------------------------------------------------

    def callers(self, path: str, qualname: str) -> list[CallSite]:
        """Calls of the function/method/class ``qualname`` defined in ``path``, repo-wide."""
        target = self.definition(path, qualname)
        if target is None or target.kind == "module":
            return []
        name = qualname.rsplit(".", 1)[-1]
        keys = {target.key}
        if name == "__init__" and "." in qualname:
            class_q = qualname.rsplit(".", 1)[0]
            keys.add((path, class_q))
            name = class_q.rsplit(".", 1)[-1]
        node = target.node
        if isinstance(node, FunctionDef) and node.class_name is not None:
            # ``self.save()`` in a base class may run this override: count those calls too
            owner = self.definition(path, node.class_name)
            todo = self.bases_of(owner) if owner is not None else []
            seen: set[tuple[str, str]] = set()
            while todo and len(seen) < 16:
                base = todo.pop()
                if base.key in seen:
                    continue
                seen.add(base.key)
                keys.add((base.path, f"{base.qualname}.{name}"))
                todo.extend(self.bases_of(base))
        unique = self._definition_count(name) == 1
        out: list[CallSite] = []
        for other in self.paths_calling(name):
            for call in self.modules[other].calls:
                if call.name != name:
                    continue
                found = self.resolve(call.callee, other, call.line)
                if found is not None:
                    if found.key in keys:
                        out.append(CallSite(other, call.scope, call))
                elif (
                    unique
                    and call.receiver is not None
                    and self._untyped(call.receiver, other, call.line)
                ):
                    # an untyped receiver, and only one definition of that name in the repo
                    out.append(CallSite(other, call.scope, call))
        return out

    def _untyped(self, receiver: str, path: str, line: int) -> bool:
        """Is nothing known about what ``receiver`` holds (so it may be any in-repo class)?"""
        value = self._resolve_expr(receiver, path, line, 0)
        if value is None:
            head = _split_dotted(receiver)
            if not head:
                return False
            name = head[0][0]
            # bound by an import we could not follow: a library object
            return not any(imp.bound_name == name for imp in self.modules[path].imports)
        if value.type is not None or value.module is not None or value.foreign:
            return False
        return value.definition is not None and value.definition.kind in ("variable", "attribute")

    def _definition_count(self, name: str) -> int:
        """How many functions, methods and classes are called ``name`` (stops counting at 2)."""
        count = 0
        for path in self.paths_defining(name):
            mod = self.modules[path]
            count += sum(1 for fn in mod.functions if fn.name == name)
            count += sum(1 for cls in mod.classes if cls.name == name)
            if count > 1:
                break
        return count

    def callees(self, path: str, qualname: str) -> list[Definition]:
        """What the function ``qualname`` in ``path`` calls (resolved, in-repo, first call first)."""
        if path not in self.modules:
            return []
        scope = qualname or MODULE_SCOPE
        seen: set[tuple[str, str]] = set()
        out: list[Definition] = []
        for call in self.modules[path].calls:
            if call.scope != scope:
                continue
            found = self.resolve(call.callee, path, call.line)
            if found is not None and found.kind != "module" and found.key not in seen:
                seen.add(found.key)
                out.append(found)
        return out

    def calls_in(self, path: str, qualname: str) -> list[Call]:
        """The raw calls made directly inside ``qualname`` (or ``<module>``)."""
        if path not in self.modules:
            return []
        return [c for c in self.modules[path].calls if c.scope == (qualname or MODULE_SCOPE)]

    # -- graph ------------------------------------------------------------------------

    @property
    def graph(self) -> networkx.DiGraph:
        """The whole-repo graph (built on first use)."""
        if self._graph is None:
            from rootcause.index.graph import build_graph

            self._graph = build_graph(self, self.entries)
        return self._graph

    def neighbourhood(
        self, seeds: Iterable[tuple[str, int]], limit: int = 20
    ) -> list[tuple[Definition, float]]:
        """Definitions near the frames ``seeds`` (path, line), ranked by personalized PageRank."""
        from rootcause.index.graph import neighbourhood

        return neighbourhood(self, list(seeds), limit)


def _better(candidate: int, best: int, line: int, first: bool) -> bool:
    """Is a binding at ``candidate`` a better guess than one at ``best`` for a use at ``line``?"""
    if first:
        return True
    if candidate <= line:
        return best > line or candidate >= best
    return best > line and candidate < best


def _function_definition(path: str, fn: FunctionDef) -> Definition:
    kind: DefinitionKind = "method" if fn.class_name is not None else "function"
    return Definition(path, fn.qualname, kind, fn.span.start_line, fn)


_CALL_RE = re.compile(r"^[A-Za-z_][\w.]*\(.*\)$", re.DOTALL)
_DOTTED_RE = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")
_WRAPPERS = ("Optional", "Annotated", "Mapped", "Type", "type", "Final", "ClassVar", "Required")


def type_name_of(annotation: str) -> str | None:
    """The class an annotation names: ``Optional["User"]``, ``User | None``, ``Mapped[User]``."""
    text = annotation.strip().strip("'\"").strip()
    for _ in range(4):
        for wrapper in _WRAPPERS:
            for prefix in (
                f"{wrapper}[",
                f"typing.{wrapper}[",
                f"t.{wrapper}[",
                f"sa.orm.{wrapper}[",
            ):
                if text.startswith(prefix) and text.endswith("]"):
                    text = text[len(prefix) : -1].split(",")[0].strip().strip("'\"").strip()
        if text.startswith("Union[") and text.endswith("]"):
            text = text[len("Union[") : -1]
            options = [p.strip() for p in text.split(",") if p.strip() not in ("None", "")]
            text = options[0] if options else ""
        if "|" in text:
            options = [p.strip() for p in text.split("|") if p.strip() not in ("None", "")]
            text = options[0].strip("'\"") if options else ""
    return text if _DOTTED_RE.match(text) else None


def _split_dotted(expr: str) -> list[tuple[str, bool]]:
    """``a.b(x).c`` -> [("a", False), ("b", True), ("c", False)]; [] when not that simple."""
    parts: list[tuple[str, bool]] = []
    i = 0
    n = len(expr)
    while i < n:
        j = i
        while j < n and (expr[j].isalnum() or expr[j] == "_"):
            j += 1
        name = expr[i:j]
        if not name:
            return []
        called = False
        if j < n and expr[j] == "(":
            depth = 0
            k = j
            while k < n:
                if expr[k] == "(":
                    depth += 1
                elif expr[k] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if depth != 0:
                return []
            called = True
            j = k + 1
        parts.append((name, called))
        if j == n:
            break
        if expr[j] != ".":
            return []
        i = j + 1
    return parts
