"""Turn one parsed module into :class:`ModuleSymbols` with a single tree-sitter query pass.

The query (``queries/symbols.scm``) finds the interesting nodes in C; this module reads
their fields. Scopes (which function a call sits in) come from one sweep over the nodes
sorted by position, so only the few imports (to spot ``if TYPE_CHECKING:``) and decorated
definitions look at their ancestors. Workers use :func:`extract_raw`, which builds plain
tuples (no dataclasses) ready to be marshalled into the cache.
"""

from __future__ import annotations

from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from rootcause.index.codec import RawModule, decode_raw
from rootcause.index.parser import get_language, load_query, parse_source
from rootcause.index.symbols import ModuleSymbols, ParamKind

if TYPE_CHECKING:
    import tree_sitter

#: Expression texts longer than this are cut (generated files carry huge literals).
MAX_TEXT = 1000

#: The source being extracted (slicing it is cheaper than ``Node.text``); one per process.
#: When it is pure ASCII, byte offsets are str offsets and texts are sliced from ``_TEXT``.
_SOURCE: list[bytes] = [b""]
_TEXT = ""
_ASCII = False

_LANGUAGE = get_language()


def _kind(name: str, named: bool = True) -> int:
    kind = _LANGUAGE.id_for_node_kind(name, named)
    if kind is None:  # pragma: no cover - a grammar without this node kind
        raise RuntimeError(f"tree-sitter-python has no node kind {name!r}")
    return kind


# node kind ids: comparing ints is cheaper than comparing ``Node.type`` strings
_IDENTIFIER = _kind("identifier")
_ATTRIBUTE = _kind("attribute")
_ASSIGNMENT = _kind("assignment")
_ARGUMENT_LIST = _kind("argument_list")
_GENERATOR = _kind("generator_expression")
_KEYWORD_ARGUMENT = _kind("keyword_argument")
_COMMENT = _kind("comment")
_LIST_SPLAT_PATTERN = _kind("list_splat_pattern")
_EQUALS = _kind("=", False)
_COLON = _kind(":", False)
_TARGET_LIST_KINDS = frozenset(
    _kind(name) for name in ("pattern_list", "tuple_pattern", "list_pattern", "expression_list")
)


def _field(name: str) -> int:
    field = _LANGUAGE.field_id_for_name(name)
    if field is None:  # pragma: no cover - a grammar without this field
        raise RuntimeError(f"tree-sitter-python has no field {name!r}")
    return field


# field ids: ``child_by_field_id`` skips the name lookup ``child_by_field_name`` does
_F_ALIAS = _field("alias")
_F_BODY = _field("body")
_F_CONDITION = _field("condition")
_F_CONSEQUENCE = _field("consequence")
_F_LEFT = _field("left")
_F_MODULE_NAME = _field("module_name")
_F_NAME = _field("name")
_F_PARAMETERS = _field("parameters")
_F_RETURN_TYPE = _field("return_type")
_F_RIGHT = _field("right")
_F_SUPERCLASSES = _field("superclasses")
_F_TYPE = _field("type")
_F_VALUE = _field("value")


def _text(node: tree_sitter.Node | None) -> str:
    if node is None:
        return ""
    start = node.start_byte
    end = node.end_byte
    if end - start > MAX_TEXT:
        return _SOURCE[0][start : start + MAX_TEXT].decode("utf-8", "replace") + "…"
    if _ASCII:
        return _TEXT[start:end]
    return _SOURCE[0][start:end].decode("utf-8", "replace")


def _set_source(source: bytes) -> None:
    global _TEXT, _ASCII
    _SOURCE[0] = source
    _ASCII = source.isascii()
    _TEXT = source.decode("ascii") if _ASCII else ""


def _opt_text(node: tree_sitter.Node | None) -> str | None:
    return None if node is None else _text(node)


class _Scope:
    """An open function or class while sweeping the module in source order."""

    __slots__ = ("body_start", "end", "is_class", "qualname")

    def __init__(self, qualname: str, body_start: int, end: int, is_class: bool) -> None:
        self.qualname = qualname
        self.body_start = body_start
        self.end = end
        self.is_class = is_class


def module_base(module: str, is_package: bool, level: int) -> str | None:
    """The package a relative import of ``level`` dots starts from, or None if it escapes."""
    parts = module.split(".") if module else []
    if not is_package:
        parts = parts[:-1]
    drop = level - 1
    if drop > len(parts):
        return None
    return ".".join(parts[: len(parts) - drop])


def extract_symbols(
    source: bytes, path: str, module: str, *, is_package: bool = False
) -> ModuleSymbols:
    """Parse ``source`` and extract its symbols (as far as tree-sitter could parse it)."""
    return decode_raw(extract_raw(source, path, module, is_package=is_package))


def extract_from_tree(
    tree: tree_sitter.Tree,
    path: str,
    module: str,
    *,
    is_package: bool = False,
    source: bytes = b"",
) -> ModuleSymbols:
    """Extract symbols from an already parsed tree."""
    root = tree.root_node
    return decode_raw(_extract_root(root, path, module, is_package, source or root.text or b""))


def extract_raw(source: bytes, path: str, module: str, *, is_package: bool = False) -> RawModule:
    """The symbols as plain tuples in :mod:`rootcause.index.codec` layout (the fast path).

    Workers never build the dataclasses: they marshal these tuples straight into the cache.
    """
    tree = parse_source(source)
    return _extract_root(tree.root_node, path, module, is_package, source)


def _extract_root(
    root: tree_sitter.Node, path: str, module: str, is_package: bool, source: bytes
) -> RawModule:
    _set_source(source)
    try:
        return _extract(root, path, module, is_package)
    finally:
        _set_source(b"")


def _extract(root: tree_sitter.Node, path: str, module: str, is_package: bool) -> RawModule:
    import tree_sitter

    nodes = tree_sitter.QueryCursor(load_query("symbols")).captures(root).get("node", [])
    # Captures of one alternation often come out of document order, and nodes starting at
    # the same byte (``f().g()``) in no fixed order: sorting them into pre-order (start,
    # then outermost first) is cheap and makes the records deterministic.
    nodes.sort(key=_END, reverse=True)  # (two stable C-keyed sorts beat one Python key)
    nodes.sort(key=_START)
    raw = _extract_nodes(nodes, path, module, is_package)
    assert raw is not None
    imports, classes, functions, calls, assignments, returns, exports = raw
    return (
        path,
        module,
        is_package,
        imports,
        classes,
        functions,
        calls,
        assignments,
        returns,
        exports,
        root.has_error,
        root.end_point[0] + 1,
    )


_START = attrgetter("start_byte")
_END = attrgetter("end_byte")


@cache
def _kinds() -> tuple[int, int, int, int, int, int, int]:
    """Node kind ids (cheaper to compare than type names)."""
    language = get_language()
    return tuple(  # type: ignore[return-value]
        language.id_for_node_kind(name, True)
        for name in (
            "call",
            "function_definition",
            "class_definition",
            "assignment",
            "augmented_assignment",
            "return_statement",
            "identifier",
        )
    )


def _extract_nodes(
    nodes: list[tree_sitter.Node], path: str, module: str, is_package: bool
) -> tuple[Any, ...] | None:
    """The records of the captured nodes (document order), or None if they are not in order."""
    call_kind, function_kind, class_kind, assign_kind, augmented_kind, return_kind, _ = _kinds()
    source = _SOURCE[0]
    text = _TEXT if _ASCII else None

    imports: list[tuple[Any, ...]] = []
    classes: list[tuple[Any, ...]] = []
    functions: list[tuple[Any, ...]] = []
    calls: list[tuple[Any, ...]] = []
    assignments: list[tuple[Any, ...]] = []
    returns: list[tuple[Any, ...]] = []
    exports: list[str] | None = None
    stack: list[_Scope] = []
    last = -1
    owner: _Scope | None = None
    scope = "<module>"

    for node in nodes:
        start = node.start_byte
        if start < last:
            return None
        last = start
        if stack:
            top = stack[-1]
            if start >= top.end or owner is not top:
                while stack and stack[-1].end <= start:
                    stack.pop()
                # The innermost scope whose *body* holds the node (defaults and decorators
                # belong outside).
                owner = None
                for open_scope in reversed(stack):
                    if open_scope.body_start <= start:
                        owner = open_scope
                        break
                scope = owner.qualname if owner is not None else "<module>"
        kind = node.kind_id
        if kind == call_kind:
            before = source[max(0, start - 16) : start].rstrip()
            awaited = before.endswith(b"await") and not (
                len(before) > 5 and (before[-6:-5].isalnum() or before[-6:-5] in b"_.")
            )
            calls.append(_call(node, scope, awaited, text))
        elif kind in (function_kind, class_kind):
            name = _text(node.child_by_field_id(_F_NAME))
            qualname = f"{owner.qualname}.{name}" if owner is not None else name
            body = node.child_by_field_id(_F_BODY)
            end = node.end_byte
            body_start = body.start_byte if body is not None else end
            is_class = kind == class_kind
            if is_class:
                classes.append(_class(node, name, qualname, body))
            else:
                class_name = owner.qualname if owner is not None and owner.is_class else None
                functions.append(_function(node, name, qualname, class_name, body))
            stack.append(_Scope(qualname, body_start, end, is_class))
        elif kind in (assign_kind, augmented_kind):
            new = _assignments(node, scope, kind == augmented_kind, text)
            assignments.extend(new)
            if owner is None and new and new[0][0] == "__all__":
                names = _string_list(node.child_by_field_id(_F_RIGHT))
                if names is not None:
                    exports = [*(exports or []), *names] if new[0][5] else names
        elif kind == return_kind:
            value = node.named_child(0) if node.named_child_count else None
            returns.append((_opt_text(value), node.start_point[0] + 1, scope))
        else:  # import_statement, import_from_statement
            func_scope = _function_scope(stack, start)
            imports.extend(_imports(node, module, is_package, func_scope))

    return (
        tuple(imports),
        tuple(classes),
        tuple(functions),
        tuple(calls),
        tuple(assignments),
        tuple(returns),
        tuple(exports) if exports is not None else None,
    )


def _function_scope(stack: list[_Scope], start: int) -> str:
    for scope in reversed(stack):
        if scope.body_start <= start and not scope.is_class:
            return scope.qualname
    return "<module>"


def _decorators(node: tree_sitter.Node) -> tuple[str, ...]:
    parent = node.parent
    if parent is None or parent.type != "decorated_definition":
        return ()
    out = []
    for child in parent.children:
        if child.type == "decorator":
            expr = child.named_child(0) if child.named_child_count else None
            out.append(_text(expr) if expr is not None else _text(child).lstrip("@").strip())
    return tuple(out)


def _span(node: tree_sitter.Node) -> tuple[int, int, int, int]:
    start = node.start_point
    end = node.end_point
    return (start[0] + 1, start[1], end[0] + 1, end[1])


def _function(
    node: tree_sitter.Node,
    name: str,
    qualname: str,
    class_name: str | None,
    body: tree_sitter.Node | None,
) -> tuple[Any, ...]:
    params_node = node.child_by_field_id(_F_PARAMETERS)
    is_async = node.child_count > 0 and node.child(0).type == "async"
    body_start_line = 0
    if body is not None:
        # the first statement after an optional docstring (only the first few are looked at)
        statements: list[tree_sitter.Node] = []
        for i in range(min(body.named_child_count, 4)):
            child = body.named_child(i)
            if child is not None and child.type != "comment":
                statements.append(child)
                if len(statements) == 2:
                    break
        if statements and _is_docstring(statements[0]):
            statements = statements[1:]
        first = statements[0] if statements else body
        body_start_line = first.start_point[0] + 1
    return (
        name,
        qualname,
        _span(node),
        _parameters(params_node) if params_node is not None else (),
        _decorators(node),
        is_async,
        _opt_text(node.child_by_field_id(_F_RETURN_TYPE)),
        class_name,
        body_start_line,
    )


def _is_docstring(statement: tree_sitter.Node) -> bool:
    return (
        statement.type == "expression_statement"
        and statement.named_child_count == 1
        and statement.named_child(0).type == "string"
    )


def _parameters(node: tree_sitter.Node) -> tuple[tuple[Any, ...], ...]:
    params: list[tuple[Any, ...]] = []
    kind: ParamKind = "positional"
    for child in node.named_children:
        ctype = child.type
        if ctype == "keyword_separator":
            kind = "keyword_only"
            continue
        if ctype == "positional_separator":
            params = [
                (p[0], p[1], p[2], "positional_only") if p[3] == "positional" else p for p in params
            ]
            continue
        if ctype == "comment":
            continue
        name_node: tree_sitter.Node | None = child
        annotation: str | None = None
        default: str | None = None
        if ctype in ("typed_parameter", "typed_default_parameter", "default_parameter"):
            annotation = _opt_text(child.child_by_field_id(_F_TYPE))
            default = _opt_text(child.child_by_field_id(_F_VALUE))
            name_node = child.child_by_field_id(_F_NAME)
            if name_node is None:  # typed_parameter: ``*args: int`` keeps the pattern as child
                name_node = child.named_child(0) if child.named_child_count else None
        this_kind = kind
        if name_node is not None and name_node.type == "list_splat_pattern":
            this_kind = "var_positional"
            kind = "keyword_only"
        elif name_node is not None and name_node.type == "dictionary_splat_pattern":
            this_kind = "var_keyword"
        params.append((_text(name_node).lstrip("*"), annotation, default, this_kind))
    return tuple(params)


def _class(
    node: tree_sitter.Node, name: str, qualname: str, body: tree_sitter.Node | None
) -> tuple[Any, ...]:
    bases: list[str] = []
    keywords: list[tuple[str, str]] = []
    superclasses = node.child_by_field_id(_F_SUPERCLASSES)
    if superclasses is not None:
        for arg in superclasses.named_children:
            if arg.type == "keyword_argument":
                keywords.append(
                    (
                        _text(arg.child_by_field_id(_F_NAME)),
                        _text(arg.child_by_field_id(_F_VALUE)),
                    )
                )
            elif arg.type != "comment":
                bases.append(_text(arg))
    attributes: list[tuple[Any, ...]] = []
    if body is not None:
        for stmt in body.children:
            if stmt.type != "expression_statement" or not stmt.named_child_count:
                continue
            assign = stmt.named_child(0)
            if assign is None or assign.type != "assignment":
                continue
            left = assign.child_by_field_id(_F_LEFT)
            if left is None or left.type != "identifier":
                continue
            right = assign.child_by_field_id(_F_RIGHT)
            while right is not None and right.type == "assignment":
                right = right.child_by_field_id(_F_RIGHT)
            attributes.append(
                (
                    _text(left),
                    _opt_text(assign.child_by_field_id(_F_TYPE)),
                    _opt_text(right),
                    assign.start_point[0] + 1,
                )
            )
    return (
        name,
        qualname,
        _span(node),
        tuple(bases),
        _decorators(node),
        tuple(attributes),
        tuple(keywords),
    )


def _call(node: tree_sitter.Node, scope: str, awaited: bool, text: str | None) -> tuple[Any, ...]:
    children = node.children  # function, then argument_list (or a bare generator)
    receiver: str | None = None
    name = ""
    callee = ""
    if children:
        function = children[0]
        start = function.start_byte
        end = function.end_byte
        if text is not None and end - start <= MAX_TEXT:
            callee = text[start:end]
        else:
            callee = _text(function)
        ftype = function.kind_id
        if ftype == _IDENTIFIER:
            name = callee
        elif ftype == _ATTRIBUTE:
            # ``object . attribute``: an identifier holds no dot, so the last dot splits them
            head, _, tail = callee.rpartition(".")
            receiver = head.rstrip()
            name = tail.strip()
    args: list[str] = []
    kwargs: list[tuple[str, str]] = []
    if len(children) > 1:
        arguments = children[-1]
        arguments_type = arguments.kind_id
        if arguments_type == _GENERATOR:
            args.append(_text(arguments))
        elif arguments_type == _ARGUMENT_LIST:
            for arg in arguments.named_children:
                atype = arg.kind_id
                start = arg.start_byte
                end = arg.end_byte
                if text is not None and end - start <= MAX_TEXT:
                    value = text[start:end]
                else:
                    value = _text(arg)
                if atype == _KEYWORD_ARGUMENT:
                    # ``name = value``: a name holds no "=", so the first one splits them
                    keyword, _, value = value.partition("=")
                    kwargs.append((keyword.rstrip(), value.lstrip()))
                elif atype != _COMMENT:
                    args.append(value)
    start_row, start_col = node.start_point
    return (
        callee,
        name,
        receiver,
        tuple(args),
        tuple(kwargs),
        start_row + 1,
        start_col,
        scope,
        awaited,
        node.end_point[0] + 1,
    )


def _assignments(
    node: tree_sitter.Node, scope: str, augmented: bool, text: str | None
) -> list[tuple[Any, ...]]:
    # children: ``left = right``, ``left: type [= right]`` or ``left op= right``
    children = node.children
    if not children:
        return []
    left = children[0]
    right: tree_sitter.Node | None = None
    type_node: tree_sitter.Node | None = None
    count = len(children)
    second = children[1].kind_id if count > 2 else -1
    if augmented or second == _EQUALS:
        right = children[-1]
    elif second == _COLON:
        type_node = children[2]
        right = children[4] if count > 4 else None
    else:  # something tree-sitter recovered from an error: ask by field
        right = node.child_by_field_id(_F_RIGHT)
        type_node = node.child_by_field_id(_F_TYPE)
    while right is not None and right.kind_id == _ASSIGNMENT:  # a = b = value
        right = right.child_by_field_id(_F_RIGHT)
    value = _opt_text(right)
    line = node.start_point[0] + 1
    annotation = _opt_text(type_node)
    ltype = left.kind_id
    if ltype == _IDENTIFIER and text is not None:
        start = left.start_byte
        end = left.end_byte
        if end - start <= MAX_TEXT:
            return [(text[start:end], value, line, scope, annotation, augmented)]
    if ltype in _TARGET_LIST_KINDS:
        targets = [c for c in left.named_children if c.kind_id != _COMMENT]
    else:
        targets = [left]
    out = []
    for target in targets:
        if target.kind_id == _LIST_SPLAT_PATTERN and target.named_child_count:
            target = target.named_child(0) or target
        out.append((_text(target), value, line, scope, annotation, augmented))
    return out


def _string_list(node: tree_sitter.Node | None) -> list[str] | None:
    if node is None or node.type not in ("list", "tuple"):
        return None
    names = []
    for child in node.children:
        if not child.is_named or child.type == "comment":
            continue
        if child.type != "string":
            return None
        content = [c for c in child.children if c.type == "string_content"]
        names.append(_text(content[0]) if content else "")
    return names


def _in_type_checking(node: tree_sitter.Node) -> bool:
    child = node
    parent = node.parent
    while parent is not None:
        if parent.type == "if_statement":
            condition = _text(parent.child_by_field_id(_F_CONDITION))
            consequence = parent.child_by_field_id(_F_CONSEQUENCE)
            if (
                condition.endswith("TYPE_CHECKING")
                and consequence is not None
                and consequence.id == child.id
            ):
                return True
        child = parent
        parent = parent.parent
    return False


def _imports(
    node: tree_sitter.Node, module: str, is_package: bool, scope: str
) -> list[tuple[Any, ...]]:
    line = node.start_point[0] + 1
    type_checking = _in_type_checking(node)
    out: list[tuple[Any, ...]] = []
    if node.type == "import_statement":
        for child in node.children_by_field_id(_F_NAME):
            alias: str | None = None
            if child.type == "aliased_import":
                alias = _text(child.child_by_field_id(_F_ALIAS))
                child = child.child_by_field_id(_F_NAME) or child
            out.append((_text(child), None, alias, line, 0, scope, type_checking))
        return out
    module_node = node.child_by_field_id(_F_MODULE_NAME)
    level = 0
    target = _text(module_node)
    if module_node is not None and module_node.type == "relative_import":
        dotted = ""
        for child in module_node.children:
            if child.type == "import_prefix":
                level = len(_text(child).strip())
            elif child.type == "dotted_name":
                dotted = _text(child)
        base = module_base(module, is_package, level)
        if base is None:
            target = dotted
        else:
            target = f"{base}.{dotted}" if base and dotted else base or dotted
    names = node.children_by_field_id(_F_NAME)
    if not names:
        if any(c.type == "wildcard_import" for c in node.named_children):
            out.append((target, "*", None, line, level, scope, type_checking))
        return out
    for child in names:
        alias = None
        if child.type == "aliased_import":
            alias = _text(child.child_by_field_id(_F_ALIAS))
            child = child.child_by_field_id(_F_NAME) or child
        out.append((target, _text(child), alias, line, level, scope, type_checking))
    return out
