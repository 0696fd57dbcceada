"""Static FastAPI / Pydantic facts shared by the RC3xx rules (no rule is registered here).

Everything is read from the repository's source through :class:`~rootcause.analysis.code.Code`
(tree-sitter, never imported): route functions and their paths, how FastAPI will read each
parameter (path, query, body, form, dependency...), ``Depends`` targets, the validation
errors printed in a message (``{'type': 'missing', 'loc': ('query', 'x'), ...}``), model
classes and their fields, and where a printed path lives in the repository.
"""

from __future__ import annotations

import ast
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef, Code, FuncRef
from rootcause.analysis.context import AnalysisContext

if TYPE_CHECKING:
    from tree_sitter import Node

#: Decorator method names that declare a path operation.
ROUTE_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "trace", "api_route", "websocket"}
)
_ROUTE_DECORATOR_RE = re.compile(r"@\s*[\w.]+\.(?:get|post|put|patch|delete|head|options|trace|api_route|websocket)\s*\(")
#: Annotations FastAPI reads from the query string when no marker says otherwise.
SCALAR_TYPES = frozenset(
    {"str", "int", "float", "bool", "Decimal", "date", "datetime", "time", "timedelta", "UUID",
     "bytes", "EmailStr", "HttpUrl", "AnyUrl", "constr", "conint", "confloat", "condecimal",
     "PositiveInt", "NonNegativeInt", "StrictStr", "StrictInt", "Literal", "list", "List",
     "set", "Set", "tuple", "Sequence", "Optional", "Union", "None", "Path", "Annotated"}
)
#: Parameter types FastAPI injects itself.
SPECIAL_TYPES = frozenset(
    {"Request", "Response", "BackgroundTasks", "WebSocket", "HTTPConnection", "SecurityScopes"}
)
_MARKERS = {
    "Depends": "depends", "Security": "depends", "Body": "body", "Form": "form", "File": "file",
    "Query": "query", "Path": "path", "Header": "header", "Cookie": "cookie",
}


@dataclass(frozen=True)
class Route:
    """A path operation function and the decorator that registers it."""

    func: FuncRef
    method: str
    path: str  # router prefix + path as written ("" when not a literal)
    decorator: Node  # the decorator's call node

    @property
    def header_line(self) -> int:
        return self.func.header_line()

    @property
    def decorator_line(self) -> int:
        return syntax.line_of(self.decorator)

    def keyword(self, name: str) -> Node | None:
        return syntax.call_arguments(self.decorator)[1].get(name)


@dataclass(frozen=True)
class ApiParam:
    """A parameter of a route or dependency and where FastAPI reads it from."""

    name: str
    annotation: str | None
    default: Node | None
    source: str  # path | query | body | form | file | header | cookie | depends | special
    required: bool
    line: int
    dependency: Node | None = None  # the X of Depends(X)
    explicit: bool = False  # declared with a marker (Query(), Body(), Depends()...), not inferred


def signature_end(func: FuncRef) -> int:
    """Last line of the function's parameter list (the ``def`` line for short signatures)."""
    params = func.node.child_by_field_name("parameters")
    return syntax.end_line_of(params) if params is not None else func.line


def _string_literal(node: Node | None) -> str | None:
    if node is None or node.type not in ("string", "concatenated_string"):
        return None
    text = syntax.text_of(node)
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _router_prefixes(root: Node) -> dict[str, str]:
    """``router = APIRouter(prefix="/x")`` assignments of a module: name -> prefix."""
    prefixes: dict[str, str] = {}
    for node in root.named_children:
        stmt = node.named_children[0] if node.type == "expression_statement" and node.named_children else None
        if stmt is None or stmt.type != "assignment":
            continue
        right = stmt.child_by_field_name("right")
        left = stmt.child_by_field_name("left")
        if right is None or left is None or right.type != "call":
            continue
        if syntax.call_name(right)[0] not in ("APIRouter", "FastAPI"):
            continue
        prefix = _string_literal(syntax.call_arguments(right)[1].get("prefix")) or ""
        prefixes[syntax.text_of(left)] = prefix
    return prefixes


def _routes_uncached(ctx: AnalysisContext) -> list[Route]:
    found: list[Route] = []
    for path in ctx.code.files_matching(_ROUTE_DECORATOR_RE):
        src = ctx.code.source(path)
        if src is None:
            continue
        prefixes = _router_prefixes(src.root)
        for fn in ctx.code.functions_in(path):
            parent = fn.node.parent
            if parent is None or parent.type != "decorated_definition":
                continue
            for dec in parent.children:
                if dec.type != "decorator":
                    continue
                call = next((c for c in dec.named_children if c.type == "call"), None)
                if call is None:
                    continue
                method, receiver = syntax.call_name(call)
                if method not in ROUTE_METHODS or receiver is None:
                    continue
                positional, keywords = syntax.call_arguments(call)
                literal = _string_literal(positional[0] if positional else keywords.get("path"))
                route_path = prefixes.get(receiver, "") + (literal or "")
                found.append(Route(fn, method, route_path, call))
                break
    return found


_ROUTE_CACHE: weakref.WeakKeyDictionary[Code, list[Route]] = weakref.WeakKeyDictionary()


def routes(ctx: AnalysisContext) -> list[Route]:
    """Every path operation in the repository (cached per analysed code base)."""
    cached = _ROUTE_CACHE.get(ctx.code)
    if cached is None:
        cached = _routes_uncached(ctx)
        _ROUTE_CACHE[ctx.code] = cached
    return cached


def route_of(ctx: AnalysisContext, func: FuncRef) -> Route | None:
    for route in routes(ctx):
        if route.func == func:
            return route
    return None


def route_decorated_at(ctx: AnalysisContext, path: str, line: int) -> Route | None:
    """The route whose decorator spans ``line`` (a traceback inside ``@app.post(...)``)."""
    for route in routes(ctx):
        if route.func.path != path:
            continue
        parent = route.func.node.parent
        start = syntax.line_of(parent) if parent is not None else route.func.line
        if start <= line <= route.func.line:
            return route
    return None


def stack_routes(ctx: AnalysisContext) -> list[Route]:
    """Routes on the stack: being defined (a frame inside the decorator) or handling the request."""
    found: list[Route] = []
    for sf in ctx.stack:
        route = route_decorated_at(ctx, sf.path, sf.line)
        if route is None and sf.func is not None:
            route = route_of(ctx, sf.func)
        if route is not None and route not in found:
            found.append(route)
    return found


# -- parameters --------------------------------------------------------------------


def _marker_call(node: Node | None) -> tuple[str, Node] | None:
    if node is None or node.type != "call":
        return None
    name, _receiver = syntax.call_name(node)
    if name in _MARKERS:
        return name, node
    return None


def _annotated_marker(annotation: str | None) -> str | None:
    if not annotation or "Annotated[" not in annotation:
        return None
    for name in _MARKERS:
        if re.search(rf"\b{name}\s*\(", annotation):
            return name
    return None


def _annotation_names(annotation: str) -> list[str]:
    return re.findall(r"[A-Za-z_][\w]*", annotation)


def is_scalar_annotation(annotation: str | None) -> bool:
    if not annotation:
        return True
    names = [n for n in _annotation_names(annotation) if n not in ("typing", "datetime", "decimal", "uuid", "pydantic")]
    if any(n in ("dict", "Dict", "Mapping", "MutableMapping", "Any", "object", "TypedDict") for n in names):
        return False  # FastAPI reads mappings from the body
    return bool(names) and all(n in SCALAR_TYPES or n[:1].islower() or n.isupper() for n in names)


def path_parameters(path: str) -> set[str]:
    return {m.split(":")[0] for m in re.findall(r"\{([^}]+)\}", path)}


def api_params(func: FuncRef, path: str = "", *, skip_self: bool = False) -> list[ApiParam]:
    """How FastAPI reads each parameter of ``func`` (a route when ``path`` is given)."""
    in_path = path_parameters(path)
    out: list[ApiParam] = []
    for index, param in enumerate(syntax.parameters_of(func.node)):
        if param.kind in ("var_positional", "var_keyword"):
            continue
        if skip_self and index == 0 and param.name in ("self", "cls"):
            continue
        annotation = param.annotation
        default = param.default
        required = default is None
        dependency: Node | None = None
        marker = _marker_call(default)
        line = syntax.line_of(default) if default is not None else func.line
        source: str
        if marker is not None:
            source = _MARKERS[marker[0]]
            positional, keywords = syntax.call_arguments(marker[1])
            if source == "depends":
                dependency = positional[0] if positional else keywords.get("dependency")
            else:
                first = positional[0] if positional else keywords.get("default")
                required = first is None or syntax.text_of(first) in ("...", "Ellipsis")
        elif (name := _annotated_marker(annotation)) is not None:
            source = _MARKERS[name]
            if source == "depends" and annotation:
                match = re.search(r"\b(?:Depends|Security)\s*\(\s*([\w.]*)", annotation)
                dependency = None
                if match and match.group(1):
                    dependency = _find_in(func.node, match.group(1))
        elif annotation and any(n in SPECIAL_TYPES for n in _annotation_names(annotation)):
            source = "special"
        elif annotation and "UploadFile" in annotation:
            source = "file"
        elif param.name in in_path:
            source = "path"
        elif is_scalar_annotation(annotation):
            source = "query"
        else:
            source = "body"
        # The parameter's own line (its name), not its default's.
        params_node = func.node.child_by_field_name("parameters")
        if params_node is not None:
            for child in params_node.named_children:
                first_ident = next((n for n in syntax.walk(child) if n.type == "identifier"), None)
                if first_ident is not None and syntax.text_of(first_ident) == param.name:
                    line = syntax.line_of(child)
                    break
        explicit = marker is not None or _annotated_marker(annotation) is not None
        out.append(ApiParam(param.name, annotation, default, source, required, line, dependency, explicit))
    return out


def _find_in(root: Node, text: str) -> Node | None:
    for node in syntax.walk(root):
        if node.type in ("identifier", "attribute") and syntax.text_of(node) == text:
            return node
    return None


def resolve_expr(ctx: AnalysisContext, node: Node, path: str) -> FuncRef | ClassRef | None:
    """The repo function or class a name / dotted name refers to in module ``path``."""
    text = syntax.text_of(node)
    resolved = ctx.code.resolve_dotted(text, path) if text else None
    if isinstance(resolved, FuncRef | ClassRef):
        return resolved
    return None


def init_of(ctx: AnalysisContext, cls: ClassRef) -> FuncRef | None:
    return ctx.code.method_of(cls, "__init__")


@dataclass(frozen=True)
class DependencyUse:
    """A ``Depends(target)`` found while walking a route's dependency tree."""

    owner: FuncRef  # the function whose parameter holds the Depends
    param: ApiParam
    target: FuncRef | ClassRef | None


def dependency_tree(ctx: AnalysisContext, func: FuncRef, path: str = "", depth: int = 0) -> Iterator[DependencyUse]:
    """Every ``Depends`` reachable from ``func`` (its own, then its dependencies', recursively)."""
    if depth > 5:
        return
    for param in api_params(func, path):
        if param.source != "depends":
            continue
        target: FuncRef | ClassRef | None = None
        if param.dependency is not None:
            target = resolve_expr(ctx, param.dependency, func.path)
        elif param.annotation:
            cls = ctx.code.class_for_annotation(param.annotation.split("Depends")[0], func.path)
            target = cls
        yield DependencyUse(func, param, target)
        if isinstance(target, FuncRef):
            yield from dependency_tree(ctx, target, "", depth + 1)
        elif isinstance(target, ClassRef):
            init = init_of(ctx, target)
            if init is not None:
                yield from dependency_tree(ctx, init, "", depth + 1)


def callable_params(ctx: AnalysisContext, target: FuncRef | ClassRef) -> tuple[FuncRef | None, list[ApiParam]]:
    """The function FastAPI inspects for ``Depends(target)`` and its parameters."""
    if isinstance(target, FuncRef):
        return target, api_params(target)
    init = init_of(ctx, target)
    if init is None:
        return None, []
    return init, api_params(init, skip_self=True)


# -- messages ----------------------------------------------------------------------

_ERROR_RE = re.compile(
    r"""['"]type['"]\s*:\s*['"](?P<type>[\w.]+)['"]\s*,\s*['"]loc['"]\s*:\s*[\[(](?P<loc>[^\])]*)[\])]"""
    r"""(?:\s*,\s*['"]msg['"]\s*:\s*(?P<q>['"])(?P<msg>.*?)(?P=q)(?=\s*[,}]))?"""
)
_LOC_ITEM_RE = re.compile(r"""['"]([^'"]*)['"]|(-?\d+)""")


@dataclass(frozen=True)
class LocError:
    type: str
    loc: tuple[str, ...]
    msg: str
    span: tuple[int, int]  # where the error sits in the message


def loc_errors(message: str) -> list[LocError]:
    """The ``{'type': ..., 'loc': (...), 'msg': ...}`` errors printed in a message."""
    out: list[LocError] = []
    for match in _ERROR_RE.finditer(message):
        items = tuple(m.group(1) if m.group(1) is not None else m.group(2) for m in _LOC_ITEM_RE.finditer(match.group("loc")))
        out.append(LocError(match.group("type"), items, match.group("msg") or "", match.span()))
    return out


def error_input(message: str, error: LocError) -> str:
    """The ``'input': ...`` text that follows an error in the message (up to its closing brace)."""
    rest = message[error.span[1]:]
    match = re.search(r"""['"]input['"]\s*:\s*""", rest)
    if match is None:
        return ""
    text = rest[match.end():]
    depth = 0
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote and text[i - 1] != "\\":
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "{[(":
            depth += 1
        elif ch in "}])":
            if depth == 0:
                return text[:i].strip()
            depth -= 1
        elif depth == 0 and (ch == "\n" or (ch == "," and _NEXT_KEY_RE.match(text, i + 1))):
            return text[:i].strip()  # the next ``'ctx': ...`` entry of the error dict
    return text.strip()


_NEXT_KEY_RE = re.compile(r"""\s*['"]\w+['"]\s*:""")


_PYDANTIC_HEADER_RE = re.compile(r"(\d+) validation errors? for ([\w.\[\], ]+)")
_PYDANTIC_ITEM_RE = re.compile(r"^(\S[^\n]*)\n\s+(.+?) \[type=(\w+)(?:, input_value=(.*?))?(?:, input_type=(\w+))?\]", re.M)


@dataclass(frozen=True)
class FieldError:
    loc: str  # "trackingNumber", "levels.0.available"
    msg: str
    type: str
    input_value: str


def pydantic_errors(message: str) -> tuple[str | None, list[FieldError]]:
    """(model name, errors) of a pydantic ``ValidationError`` message."""
    header = _PYDANTIC_HEADER_RE.search(message)
    model = header.group(2).strip() if header else None
    errors = [
        FieldError(m.group(1).strip(), m.group(2).strip(), m.group(3), (m.group(4) or "").strip())
        for m in _PYDANTIC_ITEM_RE.finditer(message)
    ]
    return model, errors


def dict_keys_in(text: str) -> list[str]:
    """Keys of a printed (possibly truncated) dict: ``{'a': 1, 'b': ...}`` -> [a, b]."""
    return re.findall(r"""['"]([\w \-.]+)['"]\s*:""", text)


# -- classes ---------------------------------------------------------------------


@dataclass(frozen=True)
class ModelField:
    name: str
    annotation: str | None
    value: Node | None
    line: int
    node: Node


def class_fields(cls: ClassRef) -> list[ModelField]:
    """Annotated class-level attributes (Pydantic / dataclass fields) in source order."""
    body = cls.node.child_by_field_name("body")
    out: list[ModelField] = []
    if body is None:
        return out
    for stmt in body.named_children:
        if stmt.type != "expression_statement" or not stmt.named_children:
            continue
        inner = stmt.named_children[0]
        if inner.type != "assignment":
            continue
        left = inner.child_by_field_name("left")
        type_node = inner.child_by_field_name("type")
        if left is None or left.type != "identifier" or type_node is None:
            continue
        name = syntax.text_of(left)
        if name.startswith("__") or name == "model_config":
            continue
        out.append(ModelField(name, syntax.text_of(type_node), inner.child_by_field_name("right"), syntax.line_of(stmt), stmt))
    return out


def class_assignment(cls: ClassRef, name: str) -> Node | None:
    """The ``name = value`` statement in a class body (e.g. ``model_config``)."""
    body = cls.node.child_by_field_name("body")
    if body is None:
        return None
    for stmt in body.named_children:
        if stmt.type == "expression_statement" and stmt.named_children:
            inner = stmt.named_children[0]
            if inner.type == "assignment" and syntax.text_of(inner.child_by_field_name("left")) == name:
                return inner
    return None


def inner_class(cls: ClassRef, name: str) -> Node | None:
    body = cls.node.child_by_field_name("body")
    if body is None:
        return None
    for stmt in body.named_children:
        target = stmt
        if stmt.type == "decorated_definition":
            target = stmt.child_by_field_name("definition") or stmt
        if target.type == "class_definition" and syntax.function_name(target) == name:
            return target
    return None


def config_items(cls: ClassRef) -> dict[str, tuple[str, int]]:
    """Model configuration keys -> (value text, line): ``model_config`` and ``class Config``."""
    items: dict[str, tuple[str, int]] = {}
    assign = class_assignment(cls, "model_config")
    if assign is not None:
        right = assign.child_by_field_name("right")
        if right is not None and right.type == "call":
            for key, value in syntax.call_arguments(right)[1].items():
                items[key] = (syntax.text_of(value), syntax.line_of(value))
        elif right is not None and right.type == "dictionary":
            for pair in right.named_children:
                if pair.type == "pair":
                    dict_key = _string_literal(pair.child_by_field_name("key"))
                    dict_value = pair.child_by_field_name("value")
                    if dict_key and dict_value is not None:
                        items[dict_key] = (syntax.text_of(dict_value), syntax.line_of(pair))
    config = inner_class(cls, "Config")
    if config is not None:
        body = config.child_by_field_name("body")
        for stmt in body.named_children if body is not None else []:
            if stmt.type == "expression_statement" and stmt.named_children and stmt.named_children[0].type == "assignment":
                inner = stmt.named_children[0]
                key = syntax.text_of(inner.child_by_field_name("left"))
                items.setdefault(key, (syntax.text_of(inner.child_by_field_name("right")), syntax.line_of(stmt)))
    # Class keywords: class Settings(BaseSettings, env_prefix="X_")
    supers = cls.node.child_by_field_name("superclasses")
    if supers is not None:
        for child in supers.named_children:
            if child.type == "keyword_argument":
                key = syntax.text_of(child.child_by_field_name("name"))
                items.setdefault(key, (syntax.text_of(child.child_by_field_name("value")), syntax.line_of(child)))
    return items


def config_line(cls: ClassRef) -> int | None:
    assign = class_assignment(cls, "model_config")
    if assign is not None:
        return syntax.line_of(assign)
    config = inner_class(cls, "Config")
    return syntax.line_of(config) if config is not None else None


def bases_text(cls: ClassRef) -> str:
    return syntax.text_of(cls.node.child_by_field_name("superclasses"))


def class_and_bases(ctx: AnalysisContext, cls: ClassRef, depth: int = 0) -> Iterator[ClassRef]:
    yield cls
    if depth > 5:
        return
    for base in ctx.code.bases_of(cls):
        yield from class_and_bases(ctx, base, depth + 1)


def find_class(ctx: AnalysisContext, name: str, near: str | None = None) -> ClassRef | None:
    """The repo class called ``name`` (the one imported by ``near`` when ambiguous)."""
    short_name = name.split("[")[0].split(".")[-1].strip()
    if near is not None:
        resolved = ctx.code.resolve_dotted(short_name, near)
        if isinstance(resolved, ClassRef):
            return resolved
    found = ctx.code.classes_named(short_name)
    return found[0] if found else None


def repo_path_for(ctx: AnalysisContext, printed: str) -> str | None:
    """The repository file a printed (absolute, foreign) path refers to: longest suffix."""
    parts = [p for p in printed.replace("\\", "/").split("/") if p]
    for start in range(len(parts)):
        rel = "/".join(parts[start:])
        if rel.endswith(".py") and ctx.code.source(rel) is not None:
            return rel
    return None


def qualname_at(ctx: AnalysisContext, path: str, line: int) -> str:
    """The function or class holding ``line``, or ``<module>``."""
    func = ctx.code.function_at(path, line)
    if func is not None:
        return func.qualname
    return ctx.code.class_at(path, line) or "<module>"


# -- requests in client / test code ---------------------------------------------------

_URL_RE = re.compile(r"https?://[^\s'\"]+")


def url_paths_in(text: str) -> list[str]:
    """Paths of the absolute URLs in ``text`` (``http://h:1/a/b?x`` -> ``/a/b``)."""
    out: list[str] = []
    for url in _URL_RE.findall(text):
        rest = url.split("://", 1)[1]
        path = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
        out.append(path.split("?")[0].split("#")[0])
    return out


def request_paths_in(node: Node) -> list[tuple[str, str, int]]:
    """(method, path pattern, line) of ``client.get("/x")``-style calls below ``node``.

    f-string placeholders become ``{}`` (a wildcard segment).
    """
    found: list[tuple[str, str, int]] = []
    for call in syntax.walk(node, into_functions=False):
        if call.type != "call":
            continue
        name, receiver = syntax.call_name(call)
        if receiver is None or name not in ("get", "post", "put", "patch", "delete", "request", "head", "options"):
            continue
        positional, keywords = syntax.call_arguments(call)
        args = positional[1:2] if name == "request" else positional[:1]
        target = args[0] if args else keywords.get("url")
        if target is None or target.type != "string":
            continue
        text = syntax.text_of(target)
        body = re.sub(r"^[rbfuRBFU]*['\"]{1,3}|['\"]{1,3}$", "", text)
        body = re.sub(r"\{[^{}]*\}", "{}", body)
        if not body.startswith("/") and "://" not in body:
            continue
        if "://" in body:
            paths = url_paths_in(body)
            body = paths[0] if paths else body
        method = name.upper()
        if name == "request" and positional:
            method = (_string_literal(positional[0]) or "").upper()
        found.append((method, body.split("?")[0], syntax.line_of(call)))
    return found


def path_match(template: str, actual: str) -> int:
    """How well a route path template matches a requested path (0 = no match).

    The template may lack a prefix added by ``include_router``: it only has to match the
    end of the requested path. ``{}`` in ``actual`` (an f-string placeholder) matches any
    segment. Exact-length matches score higher.
    """
    t_parts = [p for p in template.split("/") if p]
    a_parts = [p for p in actual.split("/") if p]
    if len(t_parts) > len(a_parts):
        return 0
    if not t_parts:
        return 1 if not a_parts else 0
    tail = a_parts[len(a_parts) - len(t_parts):]
    score = 0
    for t, a in zip(t_parts, tail, strict=True):
        if t.startswith("{") or a == "{}":
            score += 1
        elif t == a:
            score += 2
        else:
            return 0
    return score + (3 if len(t_parts) == len(a_parts) else 0)


# deployment / environment files: see rootcause.analysis.deployment
