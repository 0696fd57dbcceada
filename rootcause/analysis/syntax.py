"""Small tree-sitter helpers the analysis uses on Python source (parse, walk, find, name).

Lines are 1-based like tracebacks; tree-sitter rows are 0-based, converted here only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node, Parser, Tree

#: Nodes that open a new function scope.
FUNCTION_TYPES = frozenset({"function_definition"})
#: Statement nodes (what a traceback line points into).
STATEMENT_TYPES = frozenset(
    {
        "expression_statement",
        "return_statement",
        "if_statement",
        "for_statement",
        "while_statement",
        "with_statement",
        "try_statement",
        "raise_statement",
        "assert_statement",
        "delete_statement",
        "function_definition",
        "class_definition",
        "decorated_definition",
        "import_statement",
        "import_from_statement",
        "match_statement",
        "global_statement",
        "nonlocal_statement",
        "pass_statement",
        "print_statement",
        "exec_statement",
        "type_alias_statement",
    }
)


@lru_cache(maxsize=1)
def _parser() -> Parser:
    import tree_sitter_python
    from tree_sitter import Language, Parser

    return Parser(Language(tree_sitter_python.language()))


def parse(text: str) -> Tree:
    """Parse Python source (errors are kept as ERROR nodes; never raises on bad code)."""
    return _parser().parse(text.encode("utf-8"))


def text_of(node: Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", errors="replace")


def line_of(node: Node) -> int:
    """1-based first line of ``node``."""
    return node.start_point.row + 1


def end_line_of(node: Node) -> int:
    return node.end_point.row + 1


def class_assignments(cls: Node) -> Iterator[Node]:
    """The ``assignment`` nodes written directly in a class body (``x: int = 0``, ``y = 1``)."""
    body = cls.child_by_field_name("body")
    if body is None:
        return
    for stmt in body.named_children:
        if (
            stmt.type == "expression_statement"
            and stmt.named_children
            and stmt.named_children[0].type == "assignment"
        ):
            yield stmt.named_children[0]


def walk(node: Node, *, into_functions: bool = True) -> Iterator[Node]:
    """Every descendant of ``node`` (itself included), depth first, in source order.

    With ``into_functions=False`` nested function/class bodies are not entered (the
    nested definition node itself is still yielded).
    """
    stack = [node]
    first = True
    while stack:
        current = stack.pop()
        yield current
        if (
            not into_functions
            and not first
            and current.type in ("function_definition", "class_definition", "lambda")
        ):
            continue
        first = False
        stack.extend(reversed(current.children))


def ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def enclosing(node: Node, types: frozenset[str] | set[str]) -> Node | None:
    for parent in ancestors(node):
        if parent.type in types:
            return parent
    return None


def statement_of(node: Node) -> Node:
    """The innermost statement containing ``node`` (``node`` itself when it is one)."""
    current: Node | None = node
    while current is not None:
        if current.type in STATEMENT_TYPES:
            return current
        current = current.parent
    return node


def nodes_on_line(root: Node, line: int) -> list[Node]:
    """Nodes starting on ``line`` (1-based), outermost first."""
    row = line - 1
    found: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.end_point.row < row or node.start_point.row > row:
            continue
        if node.start_point.row == row:
            found.append(node)
        stack.extend(reversed(node.children))
    return found


def statement_at(root: Node, line: int) -> Node | None:
    """The innermost simple statement covering ``line``; compound headers map to the compound."""
    row = line - 1
    best: Node | None = None
    stack = [root]
    while stack:
        node = stack.pop()
        if node.end_point.row < row or node.start_point.row > row:
            continue
        if node.type in STATEMENT_TYPES:
            best = node
        stack.extend(node.children)
    if best is not None and best.type in (
        "function_definition",
        "class_definition",
        "decorated_definition",
    ):
        # A traceback line inside a def header (decorators, defaults) points at the header.
        body = best.child_by_field_name("body")
        if body is not None and body.start_point.row <= row:
            return None
    return best


def expressions_in(node: Node, types: set[str] | frozenset[str]) -> list[Node]:
    """Descendants of ``node`` of the given types, not entering nested scopes."""
    return [n for n in walk(node, into_functions=False) if n.type in types and n is not node] + (
        [node] if node.type in types else []
    )


def function_name(fn: Node) -> str:
    return text_of(fn.child_by_field_name("name"))


def is_async_function(fn: Node) -> bool:
    return any(child.type == "async" for child in fn.children)


def qualname_of(fn: Node) -> str:
    """Qualified name of a function/class node inside its module: ``Repo.get``, ``outer.inner``."""
    parts = [function_name(fn)]
    for parent in ancestors(fn):
        if parent.type in ("function_definition", "class_definition"):
            parts.append(function_name(parent))
    return ".".join(reversed(parts))


def enclosing_function(node: Node) -> Node | None:
    return enclosing(node, FUNCTION_TYPES)


def enclosing_class(fn: Node) -> Node | None:
    """The class a function is a method of (directly, through a decorated definition)."""
    parent = fn.parent
    if parent is not None and parent.type == "decorated_definition":
        parent = parent.parent
    if parent is not None and parent.type == "block":
        owner = parent.parent
        if owner is not None and owner.type == "class_definition":
            return owner
    return None


def decorators_of(fn: Node) -> list[str]:
    parent = fn.parent
    if parent is None or parent.type != "decorated_definition":
        return []
    return [text_of(c)[1:].strip() for c in parent.children if c.type == "decorator"]


def call_name(call: Node) -> tuple[str, str | None]:
    """(last name, receiver text) of a call node: ``a.b.get(x)`` -> ("get", "a.b")."""
    func = call.child_by_field_name("function")
    if func is None:
        return "", None
    if func.type == "attribute":
        return text_of(func.child_by_field_name("attribute")), text_of(
            func.child_by_field_name("object")
        )
    if func.type == "identifier":
        return text_of(func), None
    return text_of(func), None


def call_arguments(call: Node) -> tuple[list[Node], dict[str, Node]]:
    """Positional argument nodes and keyword argument value nodes of a call."""
    args = call.child_by_field_name("arguments")
    positional: list[Node] = []
    keywords: dict[str, Node] = {}
    if args is None:
        return positional, keywords
    if args.type == "generator_expression":
        return [args], keywords  # ``sum(x for x in xs)``: the generator is the one argument
    for child in args.named_children:
        if child.type == "keyword_argument":
            name = child.child_by_field_name("name")
            value = child.child_by_field_name("value")
            if name is not None and value is not None:
                keywords[text_of(name)] = value
        elif child.type == "comment":
            continue
        else:
            positional.append(child)
    return positional, keywords


def strip_parens(node: Node) -> Node:
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        inner = node.named_children[0]
        node = inner
    return node


def is_awaited(node: Node) -> bool:
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    return parent is not None and parent.type == "await"


@dataclass(frozen=True, slots=True)
class ParamInfo:
    """A parameter of a function node."""

    name: str
    index: int  # position among positional parameters (-1 for keyword-only / star)
    annotation: str | None
    default: Node | None
    kind: str  # positional | keyword_only | var_positional | var_keyword


def parameters_of(fn: Node) -> list[ParamInfo]:
    params = fn.child_by_field_name("parameters")
    result: list[ParamInfo] = []
    if params is None:
        return result
    index = 0
    keyword_only = False
    for child in params.named_children:
        kind = "keyword_only" if keyword_only else "positional"
        name_node: Node | None = None
        annotation: str | None = None
        default: Node | None = None
        if child.type == "identifier":
            name_node = child
        elif child.type in ("typed_parameter",):
            name_node = child.named_children[0] if child.named_children else None
            if name_node is not None and name_node.type in (
                "list_splat_pattern",
                "dictionary_splat_pattern",
            ):
                kind = "var_positional" if name_node.type == "list_splat_pattern" else "var_keyword"
                if kind == "var_positional":
                    keyword_only = True
                name_node = name_node.named_children[0] if name_node.named_children else None
            type_node = child.child_by_field_name("type")
            annotation = text_of(type_node) if type_node is not None else None
        elif child.type in ("default_parameter", "typed_default_parameter"):
            name_node = child.child_by_field_name("name")
            type_node = child.child_by_field_name("type")
            annotation = text_of(type_node) if type_node is not None else None
            default = child.child_by_field_name("value")
        elif child.type == "list_splat_pattern":
            keyword_only = True
            kind = "var_positional"
            name_node = child.named_children[0] if child.named_children else None
        elif child.type == "dictionary_splat_pattern":
            kind = "var_keyword"
            name_node = child.named_children[0] if child.named_children else None
        elif child.type == "keyword_separator":
            keyword_only = True
            continue
        elif child.type == "positional_separator":
            continue
        if name_node is None:
            continue
        position = index if kind == "positional" else -1
        if kind == "positional":
            index += 1
        result.append(ParamInfo(text_of(name_node), position, annotation, default, kind))
    return result


def body_statements(fn: Node) -> list[Node]:
    body = fn.child_by_field_name("body")
    return [c for c in body.named_children if c.type != "comment"] if body is not None else []


def leaves_on_line(root: Node, line: int) -> Iterator[Node]:
    for node in nodes_on_line(root, line):
        if node.child_count == 0:
            yield node
