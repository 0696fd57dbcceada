"""Value-origin tracing: from the failing expression back to where the bad value was made.

The :class:`Tracer` walks data flow backwards, statically:

* a local name -> the assignments reaching the use (``x = ...``, ``with ... as x``, walrus);
* a parameter -> the argument at the call site in the previous (outer) stack frame, or at
  every caller the repository has when the frame is the outermost in-app one;
  FastAPI ``Depends(dep)`` parameters -> what ``dep`` returns or yields;
* ``self.x`` -> every ``self.x = ...`` in the class (and class-level declarations);
* a call -> the callee's ``return`` statements (bare ``return`` and falling off the end
  included), across files, recursively with a depth bound.

What counts as "the bad value" is a :class:`Detector`: :class:`NoneDetector` recognises how
``None`` arises (``return None``, ``.first()``, ``scalar_one_or_none()``, ``dict.get``,
``os.getenv``, ``re.match``, ``getattr(..., None)``, nullable columns, Optional parameters),
:class:`CoroutineDetector` finds an ``async def`` called without ``await``, and
:class:`ShapeDetector` finds the literal or constructor that built a dict/object with
another key or shape. Each producer found comes with its evidence chain (file:line + note).
"""

from __future__ import annotations

import builtins
import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import (
    CallSite,
    ClassRef,
    Code,
    FuncRef,
    ModuleRef,
    Resolved,
    SourceFile,
)
from rootcause.analysis.context import AnalysisContext, StackFrame

if TYPE_CHECKING:
    from tree_sitter import Node

MAX_DEPTH = 9
MAX_PRODUCERS = 16
#: Longest access path (dict entries, list elements) followed into container literals.
MAX_PATH = 4
#: Builtins whose result holds the same elements as their first argument.
_SAME_ELEMENTS = frozenset({"list", "tuple", "set", "sorted", "reversed", "iter", "frozenset"})
#: Builtin callables: a call to one of them is never a call through a variable.
_BUILTIN_CALLS = frozenset(dir(builtins))
#: ``list[X]`` / ``Iterable[X]`` / ``Sequence[X]``...: the element annotation X.
_ELEMENT_RE = re.compile(
    r"^(?:typing\.|collections\.abc\.)?(?:list|List|Iterable|Iterator|Sequence|set|Set|frozenset|tuple|Tuple|Collection)\[\s*([\w.]+)\s*(?:,\s*\.\.\.)?\]$"
)
#: Methods that take a value out of a container (queue, list, dict) held in an attribute.
_CONTAINER_READS = frozenset({"get", "get_nowait", "pop", "popleft", "popitem"})
#: Methods that put a value into such a container.
_CONTAINER_WRITES = frozenset({"put", "put_nowait", "append", "appendleft", "add", "insert"})
#: Access-path segment prefix: position N of a tuple (``a, b = value``).
POSITION = "pos:"
#: Access-path segment: an element of a list/tuple/set (iteration or integer index).
ITEM = "item"


@dataclass(frozen=True)
class Step:
    """One hop of an evidence chain."""

    file: str
    line: int
    note: str
    function: str = "<module>"


@dataclass(frozen=True)
class Contribution:
    """A place that made the bad value possible without producing it (model, migration...)."""

    file: str
    line: int
    end_line: int
    function: str
    title: str
    note: str
    confidence: float
    fix: str | None = None


@dataclass(frozen=True)
class Producer:
    """A place where the traced value is produced in its bad state."""

    file: str
    line: int
    end_line: int
    function: str
    mechanism: str  # short phrase: "returns scalar_one_or_none()"
    note: str  # one sentence for the evidence chain
    confidence: float
    chain: tuple[Step, ...] = ()  # hops from the crash to the producer
    extra: tuple[Step, ...] = ()  # supporting facts (filter, column, migration)
    contributing: tuple[Contribution, ...] = ()
    fix: str | None = None

    @property
    def evidence(self) -> tuple[Step, ...]:
        own = Step(self.file, self.line, self.note, self.function)
        return (*self.chain, own, *self.extra)


@dataclass(frozen=True)
class Where:
    """Where an expression sits: its function (None at module level) and its stack frame."""

    path: str
    src: SourceFile
    func: FuncRef | None
    frame: StackFrame | None = None
    #: Qualified name of the enclosing class body when ``func`` is None (a field default).
    scope: str | None = None

    @property
    def function(self) -> str:
        if self.func is not None:
            return self.func.qualname
        return self.scope or "<module>"


def where_for(ctx: AnalysisContext, sf: StackFrame) -> Where | None:
    src = ctx.code.source(sf.path)
    if src is None:
        return None
    return Where(sf.path, src, sf.func, sf)


def where_in(ctx: AnalysisContext, func: FuncRef) -> Where:
    return Where(func.path, func.source, func, ctx.frame_for(func))


# ---------------------------------------------------------------------------------
# detectors
# ---------------------------------------------------------------------------------


class Detector:
    """What "bad" means for the value being traced. Subclasses override the hooks."""

    name = "value"
    #: Walk into container literals (dict values, list items): the bad value may be nested.
    deep = False
    #: ``x[i]`` is traced to ``x`` (an element of a container built with the bad values).
    through_subscript = False

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        """Producers when ``node`` itself makes the bad value; None to keep walking."""
        return None

    def on_bare_return(
        self, tracer: Tracer, func: FuncRef, node: Node | None, chain: tuple[Step, ...]
    ) -> list[Producer]:
        return []

    def on_parameter(
        self, tracer: Tracer, func: FuncRef, param: syntax.ParamInfo, chain: tuple[Step, ...]
    ) -> list[Producer]:
        return []

    def on_field(
        self,
        tracer: Tracer,
        cls: ClassRef | None,
        attr: str,
        node: Node,
        where: Where,
        chain: tuple[Step, ...],
    ) -> list[Producer]:
        """``obj.attr`` where no construction of ``obj`` explained the value."""
        return []

    def stop_at_await(self) -> bool:
        return False

    def check_nested(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        """Like :meth:`check`, for a node that holds the traced value only inside it
        (``tracer.path`` says where: a dict entry, a list element). Default: the elements of
        a container made by a call are judged like the call itself (``for row in q.all()``)."""
        if all(segment == ITEM for segment in tracer.path):
            return self.check(tracer, node, where, chain)
        return None


_NONE_METHODS: dict[str, tuple[str, float]] = {
    "first": (".first() returns None when no row matches", 0.85),
    "scalar": (".scalar() returns None when no row matches", 0.8),
    "scalar_one_or_none": ("scalar_one_or_none() returns None when no row matches", 0.88),
    "one_or_none": ("one_or_none() returns None when no row matches", 0.88),
    "first_or_none": ("first_or_none() returns None when nothing matches", 0.85),
    "fetchone": ("fetchone() returns None when no row matches", 0.8),
}
#: Methods of the built-in containers that change them in place and return None.
_IN_PLACE_METHODS = frozenset(
    {"update", "append", "extend", "insert", "sort", "reverse", "clear", "remove", "discard", "add"}
)
_ORM_GET_RECEIVERS = re.compile(r"(session|db|sess|uow|conn)\b|\.session$|^s$", re.I)
_REGEX_FUNCS = {"match", "search", "fullmatch"}
_ENV_PREFIX_RE = re.compile(r"""env_prefix\s*=\s*["']([^"']*)["']""")
_OPTIONAL_RE = re.compile(r"(Optional\[|\|\s*None\b|\bNone\s*\||Union\[[^\]]*None)")


def _forgets_last_return(last: Node) -> bool:
    """The last statement of a function that returns values elsewhere, when it looks like a
    forgotten ``return``: an ``if`` with no ``else`` (the other case falls through) or a
    bare expression whose value is dropped (``float(text)`` instead of ``return float(text)``)."""
    if last.type == "if_statement":
        return last.child_by_field_name("alternative") is None
    if last.type == "expression_statement" and last.named_children:
        value = last.named_children[0]
        return value.type in ("call", "binary_operator", "identifier", "attribute") and not (
            value.type == "call" and syntax.call_name(value)[0] in _SIDE_EFFECT_CALLS
        )
    return False


#: Calls made for their effect: a function ending in one is not missing a ``return``.
_SIDE_EFFECT_CALLS = frozenset(
    {"print", "append", "extend", "update", "add", "write", "info", "debug", "warning",
     "error", "exception", "log", "commit", "flush", "close", "sleep", "put", "send", "emit"}
)  # fmt: skip


_CONFIG_GETTERS = ("getint", "getfloat", "getboolean")


def _config_section_getter(call: Node, receiver: str | None, where: Where) -> str | None:
    """``section.get(...)`` on a configparser section: the typed getter (``getint``) the
    same code calls on that receiver, which shows it is one; None otherwise."""
    if not receiver or where.func is None:
        return None
    for node in syntax.walk(where.func.node, into_functions=False):
        if node.type == "call":
            name, other = syntax.call_name(node)
            if other == receiver and name in _CONFIG_GETTERS:
                return name
    return None


def is_optional_annotation(annotation: str | None) -> bool:
    return bool(annotation) and bool(_OPTIONAL_RE.search(annotation or ""))


class NoneDetector(Detector):
    """The value is ``None``: find the statements that can produce ``None``."""

    name = "None"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "none":
            return [
                tracer.producer(
                    where,
                    node,
                    "explicit None",
                    "the value is the literal None",
                    0.8,
                    chain,
                    fix="Return or assign a real value here, or make the caller handle None.",
                )
            ]
        if node.type == "call":
            return self._check_call(tracer, node, where, chain)
        return None

    def check_nested(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        # ``.first()`` / ``getenv()`` make a None themselves, never a None inside a container.
        # But a column of a row fetched with raw SQL (``conn.execute("SELECT c.points
        # ...").fetchone()["points"]``) is NULL in rows written before a migration added it.
        if len(tracer.path) == 1 and tracer.path[0].startswith("key:") and node.type == "call":
            column = tracer.path[0][4:]
            text = syntax.text_of(node)
            if "execute" in text and re.search(
                rf"\bSELECT\b[^;]*\b{re.escape(column)}\b", text, re.I | re.S
            ):
                return self._sql_migration(tracer, node, column, where, chain)
        return None

    def _sql_migration(
        self, tracer: Tracer, node: Node, column: str, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        for mig in tracer.models.sql_migrations_for(column):
            if "no backfill" not in mig.note:
                continue
            use = Step(
                where.path,
                syntax.line_of(node),
                f"reads column `{column}` of a row selected with raw SQL",
                where.function,
            )
            return [
                Producer(
                    mig.file,
                    mig.line,
                    mig.line,
                    mig.function,
                    "migration without backfill",
                    mig.note,
                    0.8,
                    (*chain, use),
                    fix=f"Backfill `{column}` for existing rows (UPDATE ... SET {column} = ...) or "
                    "give the column a DEFAULT / NOT NULL in the migration; handle NULL where it is read.",
                )
            ]
        return None

    def on_field(
        self,
        tracer: Tracer,
        cls: ClassRef | None,
        attr: str,
        node: Node,
        where: Where,
        chain: tuple[Step, ...],
    ) -> list[Producer]:
        obj = node.child_by_field_name("object")
        receiver = syntax.text_of(obj)
        if cls is not None:
            decl = tracer.models.declaration(cls, attr)
            if decl is not None and decl.nullable:
                return [tracer.column_producer(where, node, decl, chain)]
            if decl is not None:
                migration = tracer.migration_producer(where, node, decl, chain)
                return [migration] if migration is not None else []
        column = tracer.models.nullable_column(attr, receiver=receiver)
        if column is not None:
            return [tracer.column_producer(where, node, column, chain)]
        return _argparse_none(tracer, attr, chain)

    def _check_call(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        name, receiver = syntax.call_name(node)
        positional, keywords = syntax.call_arguments(node)
        if (
            name == "get"
            and receiver is not None
            and receiver not in ("os.environ", "environ", "os", "re")
            and any(isinstance(t, FuncRef) for t in tracer.resolve_call(node, where))
        ):
            return None  # a repo function: walk into its returns instead of guessing
        if name in _NONE_METHODS and receiver is not None:
            note, conf = _NONE_METHODS[name]
            return [tracer.query_producer(where, node, f"{name}()", note, conf, chain)]
        if (
            name in _IN_PLACE_METHODS
            and receiver is not None
            and not any(isinstance(t, FuncRef) for t in tracer.resolve_call(node, where))
        ):
            return [
                tracer.producer(
                    where,
                    node,
                    f"{name}() result",
                    f"`{_short(node, 40)}` changes {receiver} in place and returns None, "
                    f"not the updated {receiver}",
                    0.8,
                    chain,
                    fix=f"Call {receiver}.{name}(...) on its own line, then use {receiver}.",
                )
            ]
        if name == "get" and receiver is not None:
            if receiver in ("os.environ", "environ"):
                key = syntax.text_of(positional[0]) if positional else "?"
                if len(positional) < 2 and "default" not in keywords:
                    return [
                        tracer.producer(
                            where,
                            node,
                            "os.environ.get()",
                            f"os.environ.get({key}) returns None when the variable is not set",
                            0.8,
                            chain,
                            fix=f"Set {key} in the environment, or give a default / fail fast at start-up.",
                        )
                    ]
                return []
            if _ORM_GET_RECEIVERS.search(receiver) and positional and len(positional) >= 2:
                return [
                    tracer.producer(
                        where,
                        node,
                        "session.get()",
                        f"{receiver}.get(...) returns None when no row has that primary key",
                        0.85,
                        chain,
                        fix="Handle the missing row (raise a 404 / domain error) before using the result.",
                    )
                ]
            if len(positional) == 1 and "default" not in keywords:
                key = syntax.text_of(positional[0])
                get = tracer.producer(
                    where,
                    node,
                    ".get()",
                    f"{receiver}.get({key}) returns None when the key is missing",
                    0.7,
                    chain,
                    fix=f"Check for a missing {key} (or pass a default) before using the value.",
                )
                func_node = node.child_by_field_name("function")
                obj = func_node.child_by_field_name("object") if func_node is not None else None
                if positional[0].type == "string" and obj is not None:
                    # Who built the dict without that key?
                    shape = Tracer(
                        tracer.ctx,
                        ShapeDetector(string_value(positional[0]), kind="key"),
                        max_depth=5,
                    )
                    hop = Step(
                        where.path,
                        syntax.line_of(node),
                        f"`{_short(node)}` is None: the dict has no {key}",
                        where.function,
                    )
                    built = [
                        p for p in shape.trace(obj, where, (*chain, hop)) if p.confidence >= 0.55
                    ]
                    if built:
                        return [*built, replace(get, confidence=0.5)]
                if obj is not None and positional[0].type != "string":
                    loaded = _str_keyed_loaders(tracer, obj, positional[0], where, chain)
                    if loaded:
                        return [*loaded, replace(get, confidence=0.5)]
                return [get]
        if name == "getenv" and (receiver in ("os", None)):
            key = syntax.text_of(positional[0]) if positional else "?"
            if len(positional) < 2 and "default" not in keywords:
                return [
                    tracer.producer(
                        where,
                        node,
                        "os.getenv()",
                        f"os.getenv({key}) returns None when the variable is not set",
                        0.8,
                        chain,
                        fix=f"Set {key} in the environment, or give a default / fail fast at start-up.",
                    )
                ]
            return []
        if (
            name in _REGEX_FUNCS
            and receiver is not None
            and (
                receiver == "re"
                or receiver.endswith("_re")
                or receiver.isupper()
                or "pattern" in receiver.lower()
                or "regex" in receiver.lower()
            )
        ):
            return [
                tracer.producer(
                    where,
                    node,
                    f"re.{name}()",
                    f"{receiver}.{name}(...) returns None when the text does not match",
                    0.75,
                    chain,
                    fix="Check the match object before using it.",
                )
            ]
        if (
            name == "getattr"
            and receiver is None
            and len(positional) >= 3
            and positional[2].type == "none"
        ):
            return [
                tracer.producer(
                    where,
                    node,
                    "getattr(..., None)",
                    "getattr(...) falls back to None when the attribute is missing",
                    0.7,
                    chain,
                )
            ]
        return None

    def on_bare_return(
        self, tracer: Tracer, func: FuncRef, node: Node | None, chain: tuple[Step, ...]
    ) -> list[Producer]:
        where = where_in(tracer.ctx, func)
        if node is None:
            last = syntax.body_statements(func.node)
            anchor = last[-1] if last else func.node
            line = syntax.end_line_of(anchor)
            has_value_return = any(r.named_child_count > 0 for r in _returns(func.node))
            if has_value_return:
                note = f"{func.qualname}() can fall off the end without a return: implicit None"
                conf = 0.72
                if _forgets_last_return(anchor):
                    # the last branch handles its case and returns nothing: a forgotten
                    # ``return``, more likely than a deliberate ``return None`` elsewhere
                    note += f" (its last statement, line {syntax.line_of(anchor)}, returns nothing)"
                    conf = 0.82
            else:
                note = f"{func.qualname}() never returns a value: every call gives None"
                conf = 0.8
            return [
                Producer(
                    func.path,
                    line,
                    line,
                    func.qualname,
                    "implicit None",
                    note,
                    conf,
                    chain,
                    fix=f"Make {func.qualname}() return the value on every path (or raise).",
                )
            ]
        guard = _guard_of(node)
        note = "returns None"
        extra: tuple[Step, ...] = ()
        contributing: tuple[Contribution, ...] = ()
        if guard:
            note = f"returns None when `{guard}`"
            guarded = re.fullmatch(r"(?:not\s+)?(\w+)(?:\s+is\s+None)?", guard)
            if guarded and depth_ok(chain):
                # Why is the guarded value missing? (``row = query.first(); if row is None: return None``)
                sub = Tracer(tracer.ctx, NoneDetector(), max_depth=2)
                uses = [n for n in syntax.walk(node.parent or node) if n.type == "identifier"]
                anchor = node if not uses else uses[0]
                found = sub.trace_name(guarded.group(1), anchor, where)
                for prod in found[:1]:
                    extra = (
                        Step(
                            prod.file,
                            prod.line,
                            f"`{guarded.group(1)}` is None when {prod.note}",
                            prod.function,
                        ),
                        *prod.extra,
                    )
                    contributing = prod.contributing
        return [
            tracer.producer(
                where,
                node,
                "return None",
                note,
                0.8,
                chain,
                extra=extra,
                contributing=contributing,
                fix=f"Don't return None from {func.qualname}() silently: raise a clear error, or handle None in the caller.",
            )
        ]

    def on_parameter(
        self, tracer: Tracer, func: FuncRef, param: syntax.ParamInfo, chain: tuple[Step, ...]
    ) -> list[Producer]:
        default_none = param.default is not None and param.default.type == "none"
        if not (default_none or is_optional_annotation(param.annotation)):
            return []
        what = "defaults to None" if default_none else f"is typed `{param.annotation}`"
        line = syntax.line_of(param.default) if param.default is not None else func.line
        return [
            Producer(
                func.path,
                line,
                line,
                func.qualname,
                "optional parameter",
                f"parameter `{param.name}` {what}: callers may pass None",
                0.35,
                chain,
                fix=f"Handle `{param.name} is None` in {func.qualname}() or make it required.",
            )
        ]


def _argparse_none(tracer: Tracer, attr: str, chain: tuple[Step, ...]) -> list[Producer]:
    """``args.x`` where the option ``--x`` is optional with no default: None when not given."""
    found: list[Producer] = []
    for path, call, options, keywords in add_argument_calls(tracer.code):
        if not any(o.startswith("--") for o in options):
            continue  # positional arguments are required
        dest = option_dest(options, keywords)
        default = keywords.get("default")
        if (
            dest != attr
            or syntax.text_of(keywords.get("required")) == "True"
            or "action" in keywords
            or (default is not None and default.type != "none")
        ):
            continue
        fn = syntax.enclosing_function(call)
        found.append(
            Producer(
                path,
                syntax.line_of(call),
                syntax.end_line_of(call),
                syntax.qualname_of(fn) if fn is not None else "<module>",
                "optional option",
                f"`{'/'.join(options)}` has no default: `args.{attr}` is None when the option is not given",
                0.6,
                chain,
                fix="Give the option a default, make it required, or handle None where it is used.",
            )
        )
    return found


def option_dest(options: list[str], keywords: dict[str, Node]) -> str:
    """The ``args`` attribute an argparse option fills (``dest=``, else its long name)."""
    dest = keywords.get("dest")
    if dest is not None and dest.type == "string":
        return string_value(dest)
    longs = [o for o in options if o.startswith("--")]
    name = longs[0] if longs else (options[0] if options else "")
    return name.lstrip("-").replace("-", "_")


def add_argument_calls(code: Code) -> Iterator[tuple[str, Node, list[str], dict[str, Node]]]:
    """argparse ``add_argument(...)`` calls: (path, call, option strings, keyword values)."""
    for path in code.files_calling("add_argument")[:20]:
        src = code.source(path)
        if src is None:
            continue
        for call in syntax.walk(src.root):
            if call.type != "call" or syntax.call_name(call)[0] != "add_argument":
                continue
            positional, keywords = syntax.call_arguments(call)
            options = [string_value(p) for p in positional if p.type == "string"]
            yield path, call, options, keywords


_KEY_LOADERS = frozenset({"loads", "load", "safe_load", "json"})


class _LoaderDetector(Detector):
    """Finds where a mapping is filled from serialized data (JSON keys are always str)."""

    name = "loader"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "call" and syntax.call_name(node)[0] in _KEY_LOADERS:
            return [
                tracer.producer(
                    where,
                    node,
                    "str keys",
                    f"fills the mapping from `{_short(node, 50)}`",
                    0.8,
                    chain,
                )
            ]
        if node.type in ("dictionary", "dictionary_comprehension"):
            return []
        return None


def _key_type(key: Node, where: Where) -> str | None:
    """The declared builtin type of a lookup key: an int literal or an annotated parameter."""
    if key.type in ("integer", "float"):
        return key.type if key.type == "float" else "int"
    if key.type == "identifier" and where.func is not None:
        for param in syntax.parameters_of(where.func.node):
            if param.name == syntax.text_of(key):
                annotation = (param.annotation or "").strip().strip("\"'")
                return annotation if annotation in _NON_STR_KEYS else None
    return None


#: Key annotations that never equal the str keys of a JSON object.
_NON_STR_KEYS = frozenset(
    {"int", "float", "bool", "UUID", "uuid.UUID", "date", "datetime", "Decimal"}
)


def _call_assigned(fn: Node, name: str) -> str | None:
    """The callee text of ``name = callee(...)`` in ``fn`` (the last such assignment)."""
    found: str | None = None
    for _target, value, how in _assignments_to(fn, name, 10**9, None):
        if how == "is assigned" and value.type in ("call", "await"):
            call = (
                value.named_children[0] if value.type == "await" and value.named_children else value
            )
            if call.type == "call":
                found = syntax.text_of(call.child_by_field_name("function"))
                break
    return found


def _sibling_unwrap(func: FuncRef, value: Node) -> tuple[str, str] | None:
    """``return page`` where a sibling function returns ``page["results"]`` from the same call.

    An API/JSON envelope that every other caller unwraps: the odd one out returns the
    envelope itself, so its callers iterate over the envelope's keys.
    """
    if value.type != "identifier":
        return None
    callee = _call_assigned(func.node, syntax.text_of(value))
    if not callee:
        return None
    scope = func.class_node if func.class_node is not None else func.node.parent
    if scope is None:
        return None
    for other in syntax.walk(scope):
        if other.type != "function_definition" or other == func.node:
            continue
        for ret in _returns(other):
            if not ret.named_children:
                continue
            expr = ret.named_children[0]
            if expr.type not in ("subscript", "attribute"):
                continue
            base = expr.child_by_field_name("value" if expr.type == "subscript" else "object")
            if base is None or base.type != "identifier":
                continue
            if _call_assigned(other, syntax.text_of(base)) == callee:
                return syntax.function_name(other), _short(expr, 40)
    return None


def _unpack_index(target: Node, name: str) -> int | None:
    """Position of ``name`` in the left side of ``a, b = value`` (None when not a plain unpack)."""
    left = target.child_by_field_name("left")
    if left is None or left.type not in ("pattern_list", "tuple_pattern", "list_pattern"):
        return None
    names = [syntax.text_of(c) for c in left.named_children]
    if name not in names or any(c.type == "list_splat_pattern" for c in left.named_children):
        return None
    right = target.child_by_field_name("right")
    if right is not None and right.type in ("expression_list", "tuple", "list"):
        return None  # already resolved to the matching element by _assignments_to
    return names.index(name)


def _str_keyed_loaders(
    tracer: Tracer, obj: Node, key: Node, where: Where, chain: tuple[Step, ...]
) -> list[Producer]:
    """``d.get(user_id)`` with an int key where ``d`` was filled by ``json.loads``: a str-keyed dict."""
    key_type = _key_type(key, where)
    if key_type is None or key_type == "str" or not depth_ok(chain):
        return []
    sub = Tracer(tracer.ctx, _LoaderDetector(), max_depth=4)
    found = sub.trace(obj, where, chain)
    out: list[Producer] = []
    for prod in found[:2]:
        note = (
            f"fills `{_short(obj, 30)}` from serialized data (`{prod.note.split('`')[1] if '`' in prod.note else 'JSON'}`): "
            f"its keys are str, but it is looked up with `{_short(key, 20)}` (a {key_type}), so the lookup misses"
        )
        out.append(
            replace(
                prod,
                mechanism="str keys",
                note=note,
                confidence=0.82,
                fix=f"Convert the keys back to {key_type} when loading (e.g. `{{{key_type}(k): v for k, v in data.items()}}`), or look up with str keys.",
            )
        )
    return out


class CoroutineDetector(Detector):
    """The value is an un-awaited coroutine: find the call to an ``async def`` without ``await``."""

    name = "coroutine"
    deep = True
    through_subscript = True

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "await":
            return None  # the walk follows ``await f()`` into an async f's returns only
        if node.type != "call" or syntax.is_awaited(node):
            return None
        targets = tracer.resolve_call(node, where)
        for target in targets:
            if isinstance(target, FuncRef) and target.is_async and not _is_generator(target.node):
                return [tracer.missing_await_producer(where, node, target, chain)]
        name, receiver = syntax.call_name(node)
        if (
            not targets
            and receiver is not None
            and name in ASYNC_LIBRARY_METHODS
            and tracer.looks_async_receiver(receiver, where)
        ):
            return [
                tracer.producer(
                    where,
                    node,
                    "missing await",
                    f"`{_short(node)}` calls an async API without `await`: the value is a coroutine",
                    0.85 if not chain else 0.75,
                    chain,
                    fix=f"Write `await {_short(node)}`.",
                )
            ]
        if node.type == "call" and syntax.call_name(node)[0] in _CONTAINER_CTORS:
            positional, keywords = syntax.call_arguments(node)
            for arg in [*positional, *keywords.values()][:12]:
                tracer.walk_more(arg, where, chain)
            return []
        return None

    def stop_at_await(self) -> bool:
        return True


class ShapeDetector(Detector):
    """The value lacks a key/attribute: find the literal or constructor that built it."""

    name = "shape"
    through_subscript = True

    def __init__(self, key: str, *, kind: str = "key", type_name: str | None = None) -> None:
        self.key = key
        self.kind = kind  # key | attribute | index
        self.type_name = type_name

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "dictionary" and self.kind in ("key", "attribute"):
            keys = _dict_keys(node)
            if keys is None or self.key in keys:
                return []
            return [self._missing(tracer, where, node, keys, "builds the dict", chain)]
        if node.type == "call":
            name, receiver = syntax.call_name(node)
            if name == "dict" and receiver is None and self.kind in ("key", "attribute"):
                _pos, kw = syntax.call_arguments(node)
                if self.key in kw:
                    return []
                return [self._missing(tracer, where, node, list(kw), "builds the dict", chain)]
            if name in ("model_dump", "dict", "asdict", "_asdict") and self.kind == "key":
                cls = tracer.class_of_expr(receiver or "", where)
                if cls is not None:
                    fields = tracer.models.fields_of(cls)
                    if self.key not in fields:
                        return [
                            self._missing(tracer, where, node, fields, f"dumps {cls.name}", chain)
                        ]
                    _pos, kw = syntax.call_arguments(node)
                    by_alias = kw.get("by_alias")
                    if by_alias is not None and syntax.text_of(by_alias) == "True":
                        alias = model_alias(cls.node, self.key)
                        if alias is not None and alias != self.key:
                            note = (
                                f"dumps {cls.name} with by_alias=True: the key is its alias "
                                f"`{alias}`, not the field name `{self.key}`"
                            )
                            fix = (
                                f"Drop by_alias=True where the dict stays inside the program, "
                                f"or read `{alias}` where `{self.key}` is read."
                            )
                            return [
                                tracer.producer(
                                    where, node, "key drift", note, 0.85, chain, fix=fix
                                )
                            ]
                return None
            if self.kind == "attribute":
                for target in tracer.resolve_call(node, where):
                    if isinstance(target, ClassRef):
                        fields = tracer.models.fields_of(target)
                        if self.key in fields:
                            return []
                        return [
                            self._missing(
                                tracer, where, node, fields, f"builds a {target.name}", chain
                            )
                        ]
            if name in ("loads", "json") and self.kind == "key":
                return [
                    tracer.producer(
                        where,
                        node,
                        "external data",
                        f"the data comes from `{syntax.text_of(node)[:60]}`: its keys are not checked",
                        0.4,
                        chain,
                    )
                ]
        if node.type == "call" and self.kind in ("index", "type"):
            name, receiver = syntax.call_name(node)
            if receiver == "csv" and name in ("reader", "DictReader"):
                _pos, kw = syntax.call_arguments(node)
                if "delimiter" not in kw and "dialect" not in kw:
                    tab_elsewhere = bool(
                        tracer.code.files_matching(re.compile(r"delimiter\s*=\s*[\"']\\t[\"']"))
                    )
                    note = f"`{_short(node, 40)}` splits rows on commas (no `delimiter=`)"
                    if tab_elsewhere:
                        note += "; the code writes these files tab-separated elsewhere"
                    return [
                        tracer.producer(
                            where,
                            node,
                            "csv delimiter",
                            note,
                            0.8 if tab_elsewhere else 0.55,
                            chain,
                            fix='Pass the delimiter the files use, e.g. `csv.reader(fh, delimiter="\\t")`.',
                        )
                    ]
        if self.kind == "entry":
            return self._check_entry(tracer, node, where, chain)
        if node.type == "dictionary_comprehension" and self.kind == "key":
            body = node.child_by_field_name("body")
            key_expr = body.child_by_field_name("key") if body is not None else None
            if key_expr is not None and key_expr.type != "string":
                return [
                    tracer.producer(
                        where,
                        node,
                        "computed keys",
                        f"builds the dict with computed keys (`{_short(key_expr, 40)}`): `{self.key}` is not produced for this input",
                        0.6,
                        chain,
                        fix=f"Make sure the keys built here include `{self.key}` (nested values too), or read the key this produces.",
                    )
                ]
        if self.kind == "type":
            return self._check_type(tracer, node, where, chain)
        if node.type in ("list", "list_comprehension") and self.kind == "index":
            return [
                tracer.producer(
                    where, node, "list", "builds the list that is indexed out of range", 0.5, chain
                )
            ]
        if node.type == "subscript" and self.kind == "index":
            index = node.child_by_field_name("subscript")
            if index is not None and index.type == "slice":
                return [_slice_producer(tracer, node, index, where, chain)]
        if node.type == "call" and self.kind == "index":
            name, _r = syntax.call_name(node)
            if name in ("all", "split", "fetchall", "findall", "scalars", "list"):
                return [
                    tracer.producer(
                        where,
                        node,
                        f"{name}()",
                        f"{name}() can give fewer items than the code expects",
                        0.55,
                        chain,
                    )
                ]
        return None

    def check_nested(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "dictionary_comprehension" and self.kind == "key":
            body = node.child_by_field_name("body")
            key_expr = body.child_by_field_name("key") if body is not None else None
            value = body.child_by_field_name("value") if body is not None else None
            if key_expr is not None and key_expr.type == "call" and value is not None:
                return [
                    tracer.producer(
                        where,
                        node,
                        "top-level keys only",
                        f"rebuilds the keys (`{_short(key_expr, 40)}`) only at the top level: the nested "
                        f"value `{_short(value, 30)}` is copied as is, so `{self.key}` inside it is never produced",
                        0.6,
                        chain,
                        fix=f"Apply the same key conversion to nested values (recurse), so `{self.key}` exists there too.",
                    )
                ]
            return None
        if node.type != "call":
            return None
        if self.kind in ("index", "type", "entry") or all(seg == ITEM for seg in tracer.path):
            return self.check(tracer, node, where, chain)
        name, _receiver = syntax.call_name(node)
        if name in ("loads", "json", "load", "safe_load"):
            return self.check(tracer, node, where, chain)
        return None

    def _check_entry(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        """A mapping lacks an entry for a data-dependent key: find the collection it was built from."""
        if node.type == "dictionary_comprehension":
            clauses = [c for c in node.named_children if c.type == "if_clause"]
            if clauses:
                cond = _short(clauses[0])
                return [
                    tracer.producer(
                        where,
                        node,
                        "filtered mapping",
                        f"builds the mapping only for items where `{cond}`: `{self.key}` is left out",
                        0.7,
                        chain,
                    )
                ]
            for clause in node.named_children:
                if clause.type == "for_in_clause":
                    right = clause.child_by_field_name("right")
                    if right is not None:
                        tracer.walk_more(right, where, chain)
            return []
        if node.type == "call":
            name, receiver = syntax.call_name(node)
            if (
                name in ("all", "scalars", "fetchall", "first", "scalar_one_or_none", "execute")
                and receiver is not None
            ):
                prod = tracer.query_producer(
                    where,
                    node,
                    f"{name}()",
                    "the query returns only the rows its filter keeps",
                    0.5,
                    chain,
                )
                if any("filters rows" in s.note for s in prod.extra):
                    return [
                        replace(
                            prod,
                            confidence=0.75,
                            note=f"{_short(node)}: the query's filter leaves out the rows `{self.key}` needs",
                        )
                    ]
                return []
        return None

    def _check_type(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        """The value has type ``type_name`` where another was expected: find what made it."""
        wanted = self.type_name or ""
        kind = node.type
        made = LITERAL_TYPES.get(kind)
        if made is not None:
            if made == wanted:
                return [
                    tracer.producer(
                        where,
                        node,
                        f"builds a {made}",
                        f"builds a {made} (`{_short(node, 50)}`) where the code later expects another type",
                        0.7,
                        chain,
                    )
                ]
            return []
        if kind == "call" and wanted == "str":
            name, receiver = syntax.call_name(node)
            positional, keywords = syntax.call_arguments(node)
            if (name == "getenv" and receiver in ("os", None)) or (
                name == "get" and receiver in ("os.environ", "environ")
            ):
                default = positional[1] if len(positional) > 1 else keywords.get("default")
                key = _short(positional[0]) if positional else "?"
                if default is not None and default.type in ("float", "integer", "true", "false"):
                    note = f"`{_short(node, 60)}` gives the {LITERAL_TYPES.get(default.type, default.type)} default only when {key} is unset; a value from the environment is a str"
                    return [
                        tracer.producer(
                            where,
                            node,
                            "env var as str",
                            note,
                            0.85,
                            chain,
                            fix=f"Convert it: `{'float' if default.type == 'float' else 'int'}({_short(node, 50)})`.",
                        )
                    ]
                return [
                    tracer.producer(
                        where,
                        node,
                        "env var as str",
                        f"`{_short(node, 60)}` is a str",
                        0.7,
                        chain,
                        fix="Convert the environment value to the type the code uses.",
                    )
                ]
            if name == "input" and receiver is None:
                return [
                    tracer.producer(
                        where, node, "input() is a str", "input() returns a str", 0.7, chain
                    )
                ]
            typed = _config_section_getter(node, receiver, where) if name == "get" else None
            if typed is not None:
                default = positional[1] if len(positional) > 1 else keywords.get("fallback")
                note = f"`{_short(node, 60)}` reads a configparser option as a str"
                if default is not None and default.type in ("integer", "float"):
                    note += f" (the {LITERAL_TYPES.get(default.type)} default only applies when it is missing)"
                note += f"; `{receiver}.{typed}()` converts the others"
                return [
                    tracer.producer(
                        where,
                        node,
                        "config value as str",
                        note,
                        0.85,
                        chain,
                        fix=f"Read it with `{receiver}.getint(...)` / `getfloat(...)` like its siblings.",
                    )
                ]
        if kind == "subscript" and wanted == "str":
            value = node.child_by_field_name("value")
            if syntax.text_of(value) in ("os.environ", "environ"):
                return [
                    tracer.producer(
                        where,
                        node,
                        "env var as str",
                        f"`{_short(node, 60)}` is a str",
                        0.75,
                        chain,
                        fix="Convert the environment value to the type the code uses.",
                    )
                ]
        if kind == "binary_operator":
            for side in ("left", "right"):
                operand = node.child_by_field_name(side)
                if operand is not None:
                    tracer.walk_more(operand, where, chain)
            return []
        if kind == "call":
            name, _receiver = syntax.call_name(node)
            if CALL_RESULT_TYPES.get(name) == wanted:
                return [
                    tracer.producer(
                        where,
                        node,
                        f"{name}() gives a {wanted}",
                        f"`{_short(node, 60)}` gives a {wanted}",
                        0.65,
                        chain,
                    )
                ]
            return None
        if kind == "subscript" and wanted in ("str", "int", "float"):
            index = node.child_by_field_name("subscript")
            if index is not None and index.type == "string":
                stored = self._stored_under(tracer, string_value(index), chain)
                if stored:
                    return stored
            container = node.child_by_field_name("value")
            if container is not None and where.func is not None:
                base = container
                while base.type == "subscript":
                    inner = base.child_by_field_name("value")
                    if inner is None:
                        break
                    base = inner
                if base.type == "identifier":
                    elements = _elements_added(where.func.node, syntax.text_of(base))
                    for element in elements[:3]:
                        step = Step(
                            where.path,
                            syntax.line_of(element),
                            f"`{_short(element, 50)}` is put into `{syntax.text_of(base)}`",
                            where.function,
                        )
                        tracer.walk_more(element, where, (*chain, step))
                    if elements:
                        return []
        if kind == "subscript" and wanted in ("dict", "str", "list"):
            value = node.child_by_field_name("value")
            index = node.child_by_field_name("subscript")
            if (
                value is not None
                and index is not None
                and index.type == "string"
                and value.type in ("identifier", "attribute")
                and wanted == "str"
                and not tracer.path
            ):
                # (A dict/list where an object is expected: the raw element itself is the bug.)
                # ``record["weight"]``: follow the record to where that entry is written.
                sub = Tracer(
                    tracer.ctx,
                    ShapeDetector(self.key, kind="type", type_name=wanted),
                    max_depth=6,
                )
                entry = [
                    p
                    for p in sub.trace_entry(value, where, (f"key:{string_value(index)}",), chain)
                    if p.confidence >= 0.6
                ]
                if entry:
                    return entry
            if value is not None and syntax.text_of(value) not in ("self",):
                return [
                    tracer.producer(
                        where,
                        node,
                        "raw element",
                        f"passes `{_short(node, 60)}`, a raw element of parsed data (a {wanted}), not the object the code expects",
                        0.55,
                        chain,
                    )
                ]
        return None

    def _stored_under(self, tracer: Tracer, key: str, chain: tuple[Step, ...]) -> list[Producer]:
        """Dict literals storing an unconverted value under ``key`` while converting others."""
        found: list[Producer] = []
        for path in (
            tracer.code.files_matching(f'"{key}"')[:30]
            + tracer.code.files_matching(f"'{key}'")[:30]
        ):
            src = tracer.code.source(path)
            if src is None:
                continue
            for node in syntax.walk(src.root):
                if node.type != "dictionary":
                    continue
                pairs = [p for p in node.named_children if p.type == "pair"]
                target = None
                converted = 0
                for pair in pairs:
                    k = pair.child_by_field_name("key")
                    v = pair.child_by_field_name("value")
                    if k is None or v is None or k.type != "string":
                        continue
                    if v.type == "call" and syntax.call_name(v)[0] in _CONVERTERS:
                        converted += 1
                    if string_value(k) == key:
                        target = (pair, v)
                if target is None:
                    continue
                pair, value = target
                raw = [
                    n
                    for n in syntax.walk(value)
                    if n.type == "subscript"
                    or (n.type == "call" and syntax.call_name(n)[0] == "get")
                ]
                if not raw or (value.type == "call" and syntax.call_name(value)[0] in _CONVERTERS):
                    continue
                fn = syntax.enclosing_function(node)
                qual = syntax.qualname_of(fn) if fn is not None else "<module>"
                note = f'stores `{_short(value, 50)}` under "{key}" without converting it (a {self.type_name} from the raw data)'
                if converted:
                    note += f"; the other fields here are converted ({converted})"
                found.append(
                    Producer(
                        path,
                        syntax.line_of(pair),
                        syntax.line_of(pair),
                        qual,
                        "unconverted field",
                        note,
                        0.8 if converted else 0.6,
                        chain,
                        fix=f'Convert "{key}" like the other fields (e.g. float(...)) when the record is built.',
                    )
                )
        return found

    def on_field(
        self,
        tracer: Tracer,
        cls: ClassRef | None,
        attr: str,
        node: Node,
        where: Where,
        chain: tuple[Step, ...],
    ) -> list[Producer]:
        if self.kind != "type" or self.type_name != "str":
            return []
        # ``args.threshold`` from argparse: an option declared without ``type=`` stays a str.
        found: list[Producer] = []
        for path, call, options, keywords in add_argument_calls(tracer.code):
            dest = option_dest(options, keywords)
            if dest != attr or "type" in keywords or "action" in keywords:
                continue
            fn = syntax.enclosing_function(call)
            qual = syntax.qualname_of(fn) if fn is not None else "<module>"
            default = keywords.get("default")
            note = (
                f"`{'/'.join(options)}` has no `type=`: a value given on the command line stays a str"
                + (
                    f" (only the default {_short(default, 20)} is not)"
                    if default is not None and default.type != "string"
                    else ""
                )
            )
            found.append(
                Producer(
                    path,
                    syntax.line_of(call),
                    syntax.end_line_of(call),
                    qual,
                    "argparse str",
                    note,
                    0.85,
                    chain,
                    fix="Declare the option with the type the code uses, e.g. `type=float`.",
                )
            )
        return found

    def _missing(
        self,
        tracer: Tracer,
        where: Where,
        node: Node,
        keys: list[str],
        what: str,
        chain: tuple[Step, ...],
    ) -> Producer:
        close = difflib.get_close_matches(self.key, keys, n=1, cutoff=0.5)
        if close:
            note = f"{what} with `{close[0]}`, not `{self.key}`"
            conf = 0.85
            fix = f"Use one name for the {self.kind}: `{close[0]}` here vs `{self.key}` where it is read."
        else:
            shown = ", ".join(keys[:6]) or "nothing"
            note = f"{what} without `{self.key}` (has: {shown})"
            conf = 0.7
            fix = f"Produce `{self.key}` here, or read the {self.kind} this producer really builds."
        return tracer.producer(where, node, f"{self.kind} drift", note, conf, chain, fix=fix)


#: Class methods that build an instance of their class (pydantic, dataclass helpers, ORMs).
_ALTERNATE_CONSTRUCTORS = frozenset(
    {
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "model_construct",
        "parse_obj",
        "parse_raw",
        "from_orm",
        "construct",
        "from_dict",
        "from_json",
        "from_row",
    }
)


def _to_camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _to_pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


_ALIAS_GENERATORS: dict[str, Callable[[str], str]] = {
    "to_camel": _to_camel,
    "to_pascal": _to_pascal,
}


def model_alias(cls_node: Node, field: str) -> str | None:
    """The key ``field`` of a pydantic model is dumped under with ``by_alias=True``.

    An explicit ``Field(alias=...)`` / ``serialization_alias=`` wins; else the
    ``alias_generator`` of ``model_config`` (``to_camel``, ``to_pascal``); None when unknown.
    """
    body = cls_node.child_by_field_name("body")
    if body is None:
        return None
    generator: str | None = None
    for stmt in body.named_children:
        assign = (
            stmt.named_children[0]
            if stmt.type == "expression_statement" and stmt.named_children
            else None
        )
        if assign is None or assign.type != "assignment":
            continue
        left = syntax.text_of(assign.child_by_field_name("left"))
        right = assign.child_by_field_name("right")
        text = syntax.text_of(right)
        if left == "model_config":
            found = re.search(r"alias_generator\s*=\s*(?:[\w.]*\.)?(\w+)", text)
            generator = found.group(1) if found else None
        elif left == field and right is not None:
            explicit = re.search(r"(?:serialization_alias|alias)\s*=\s*['\"]([^'\"]+)['\"]", text)
            if explicit:
                return explicit.group(1)
    convert = _ALIAS_GENERATORS.get(generator or "")
    return convert(field) if convert is not None else None


#: AsyncSession / async client methods that return coroutines.
ASYNC_LIBRARY_METHODS = frozenset(
    {
        "execute",
        "scalars",
        "scalar",
        "get",
        "commit",
        "refresh",
        "flush",
        "rollback",
        "close",
        "delete",
        "merge",
        "stream",
        "run_sync",
        "fetch",
        "fetchrow",
        "fetchval",
        "send",
        "post",
        "put",
        "patch",
        "request",
        "json",
        "read",
        "aclose",
        "receive",
        "sleep",
        "wait_for",
        "gather",
        "connect",
        "begin",
        "get_one",
        "scalar_one",
        "acquire",
        "text",
    }
)
_CONTAINER_CTORS = frozenset({"dict", "list", "tuple", "set", "JSONResponse", "jsonable_encoder"})


# ---------------------------------------------------------------------------------
# models, columns and migrations
# ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    path: str
    line: int
    class_name: str
    name: str
    text: str
    nullable: bool


_MODEL_BASE_RE = re.compile(
    r"\b(Base|DeclarativeBase|SQLModel|BaseModel|Model|db\.Model|AsyncAttrs|TimestampMixin)\b"
)


class Models:
    """Model classes (SQLAlchemy, SQLModel, Pydantic, dataclasses) and migrations of the repo."""

    def __init__(self, code: Code) -> None:
        self.code = code
        self._columns: dict[str, list[Column]] = {}
        self._migrations: dict[str, list[Step]] = {}

    def columns_named(self, name: str) -> list[Column]:
        if name in self._columns:
            return self._columns[name]
        found: list[Column] = []
        pattern = re.compile(rf"^[ \t]+{re.escape(name)}[ \t]*[:=]", re.M)
        for path in self.code.files_matching(pattern, within=self.code.model_files())[:40]:
            text_all = self.code.workspace.read_text(path) or ""
            for match in pattern.finditer(text_all):
                line = text_all.count("\n", 0, match.start()) + 1
                chain = self.code.nodes_at(path, line)
                # ... class_definition > block > expression_statement > assignment
                for i in range(len(chain) - 3):
                    cls, body, stmt, assign = chain[i : i + 4]
                    if (
                        cls.type == "class_definition"
                        and body.type == "block"
                        and stmt.type == "expression_statement"
                        and assign.type == "assignment"
                    ):
                        if syntax.text_of(assign.child_by_field_name("left")) == name:
                            text = syntax.text_of(assign)
                            found.append(
                                Column(
                                    path,
                                    syntax.line_of(assign),
                                    syntax.function_name(cls),
                                    name,
                                    text,
                                    _is_nullable(text),
                                )
                            )
                        break
        self._columns[name] = found
        return found

    def nullable_column(self, name: str, *, receiver: str = "") -> Column | None:
        columns = [c for c in self.columns_named(name) if c.nullable]
        if not columns:
            return None
        token = receiver.rsplit(".", 1)[-1].lower().rstrip("s")
        columns.sort(key=lambda c: (token not in c.class_name.lower(), c.path))
        return columns[0]

    def column(self, name: str, *, class_hint: str = "") -> Column | None:
        if class_hint:
            # ``User.email``: look in the classes called User first (cheap with an index).
            for cls in self.code.classes_named(class_hint)[:3]:
                decl = self.declaration(cls, name)
                if decl is not None:
                    return decl
        columns = self.columns_named(name)
        if not columns:
            return None
        hint = class_hint.lower()
        columns = sorted(
            columns,
            key=lambda c: (hint not in c.class_name.lower() if hint else False, not c.nullable),
        )
        return columns[0]

    def declaration(self, cls: ClassRef, attr: str, *, depth: int = 0) -> Column | None:
        """The class-level declaration of ``attr`` in ``cls`` or its repo bases."""
        body = cls.node.child_by_field_name("body")
        if body is not None:
            for stmt in body.named_children:
                if stmt.type != "expression_statement" or not stmt.named_children:
                    continue
                assign = stmt.named_children[0]
                if (
                    assign.type == "assignment"
                    and syntax.text_of(assign.child_by_field_name("left")) == attr
                ):
                    text = syntax.text_of(assign)
                    return Column(
                        cls.path, syntax.line_of(assign), cls.name, attr, text, _is_nullable(text)
                    )
        if depth < 4:
            for base in self.code.bases_of(cls):
                found = self.declaration(base, attr, depth=depth + 1)
                if found is not None:
                    return found
        return None

    def class_with_field(self, attr: str, receiver: str) -> ClassRef | None:
        """The repo class declaring ``attr`` that best matches a receiver name (``user`` -> User)."""
        columns = self.columns_named(attr)
        if not columns:
            return None
        token = receiver.rsplit(".", 1)[-1].lower().rstrip("s")
        columns = sorted(
            columns, key=lambda c: (not token or token not in c.class_name.lower(), c.path)
        )
        if len({c.class_name for c in columns}) > 1 and (
            not token or token not in columns[0].class_name.lower()
        ):
            return None
        return self.code.class_in(columns[0].path, columns[0].class_name)

    def init_fields(self, cls: ClassRef) -> list[str]:
        """Constructor parameter order: ``__init__`` params, else declared fields (dataclass style)."""
        init = self.code.method_of(cls, "__init__")
        if init is not None:
            return [p.name for p in syntax.parameters_of(init.node) if p.kind == "positional"][1:]
        names: list[str] = []
        for assign in syntax.class_assignments(cls.node):
            left = assign.child_by_field_name("left")
            if (
                left is not None
                and left.type == "identifier"
                and assign.child_by_field_name("type") is not None
            ):
                names.append(syntax.text_of(left))
        return names

    def fields_of(self, cls: ClassRef) -> list[str]:
        names: list[str] = []
        body = cls.node.child_by_field_name("body")
        if body is None:
            return names
        for stmt in body.named_children:
            if stmt.type == "expression_statement" and stmt.named_children:
                assign = stmt.named_children[0]
                if assign.type == "assignment":
                    left = assign.child_by_field_name("left")
                    if left is not None and left.type == "identifier":
                        names.append(syntax.text_of(left))
            target = stmt
            if stmt.type == "decorated_definition":
                inner = stmt.child_by_field_name("definition")
                target = inner if inner is not None else stmt
            if target.type == "function_definition":
                fname = syntax.function_name(target)
                if fname == "__init__":
                    for node in syntax.walk(target):
                        if node.type == "assignment":
                            left = node.child_by_field_name("left")
                            text = syntax.text_of(left)
                            if text.startswith("self.") and text.count(".") == 1:
                                names.append(text[5:])
                elif any(
                    d in ("property", "cached_property", "functools.cached_property")
                    or d.endswith(".setter")
                    for d in syntax.decorators_of(target)
                ) or not fname.startswith("__"):
                    names.append(fname)
        for base in self.code.bases_of(cls):
            names.extend(n for n in self.fields_of(base) if n not in names)
        return names

    def table_of(self, column: Column) -> str | None:
        """``__tablename__`` of the column's class, when declared as a literal."""
        cls = self.code.class_in(column.path, column.class_name)
        if cls is None:
            return None
        match = re.search(r"__tablename__\s*=\s*[\"'](\w+)[\"']", syntax.text_of(cls.node))
        return match.group(1) if match else None

    def migration_table(self, step: Step) -> str | None:
        src = self.code.source(step.file)
        if src is None:
            return None
        text = src.line(step.line)
        match = re.search(r"add_column\(\s*[\"'](\w+)[\"']", text)
        if match:
            return match.group(1)
        # batch_alter_table("users") context
        for line_no in range(step.line, max(0, step.line - 15), -1):
            found = re.search(r"batch_alter_table\(\s*[\"'](\w+)[\"']", src.line(line_no))
            if found:
                return found.group(1)
        return None

    def sql_migrations_for(self, column: str) -> list[Step]:
        """Raw SQL migrations (``execute("ALTER TABLE t ADD COLUMN c ...")``) adding ``column``."""
        key = "\x00sql:" + column
        if key in self._migrations:
            return self._migrations[key]
        steps: list[Step] = []
        for path in self.code.files_calling("execute")[:80]:
            text = self.code.workspace.read_text(path)
            if text is None or _sql_adds_column(text, column) is None:
                continue
            src = self.code.source(path)
            if src is None:
                continue
            for node in syntax.walk(src.root):
                if node.type != "call" or syntax.call_name(node)[0] not in (
                    "execute",
                    "executescript",
                ):
                    continue
                found = _sql_adds_column(syntax.text_of(node), column)
                if found is None:
                    continue
                func = syntax.enclosing_function(node)
                scope = func if func is not None else src.root
                qual = syntax.qualname_of(func) if func is not None else "<module>"
                rest = found.group(1).upper()
                if "NOT NULL" in rest or "DEFAULT" in rest:
                    note = f"migration adds `{column}` with a default / NOT NULL"
                elif _has_sql_backfill(scope, column):
                    note = f"migration adds `{column}` as nullable (a backfill runs in the same migration)"
                else:
                    note = (
                        f"migration adds `{column}` as a nullable column with no default and no "
                        "backfill: rows that existed before it hold NULL"
                    )
                steps.append(Step(path, syntax.line_of(node), note, qual))
        self._migrations[key] = steps
        return steps

    def migrations_for(self, column: str) -> list[Step]:
        """Alembic steps touching ``column``: ``op.add_column`` (nullable, backfilled or not)."""
        if column in self._migrations:
            return self._migrations[column]
        steps: list[Step] = []
        for path in self.code.files_calling("add_column")[:60]:
            text = self.code.workspace.read_text(path)
            if text is None or not _adds_column_text(text, column):
                continue  # cheap text check before parsing
            src = self.code.source(path)
            if src is None:
                continue
            for node in syntax.walk(src.root):
                if node.type != "call":
                    continue
                name, _receiver = syntax.call_name(node)
                if name != "add_column" or column not in syntax.text_of(node):
                    continue
                if not re.search(rf"[\"']{re.escape(column)}[\"']", syntax.text_of(node)):
                    continue
                func = syntax.enclosing_function(node)
                scope = func if func is not None else src.root
                text = syntax.text_of(node)
                nullable = "nullable=False" not in text.replace(" ", "")
                backfilled = _has_backfill(scope, column)
                qual = syntax.qualname_of(func) if func is not None else "<module>"
                if nullable and not backfilled:
                    note = f"migration adds `{column}` as nullable with no backfill: existing rows hold NULL"
                elif nullable:
                    note = f"migration adds `{column}` as nullable (a backfill runs in the same migration)"
                else:
                    note = f"migration adds `{column}` as NOT NULL"
                steps.append(Step(path, syntax.line_of(node), note, qual))
        self._migrations[column] = steps
        return steps


def _sql_adds_column(text: str, column: str) -> re.Match[str] | None:
    """``ALTER TABLE t ADD [COLUMN] column TYPE ...`` in SQL text."""
    return re.search(
        rf"ALTER\s+TABLE\s+[\w.\"`\[\]]+\s+ADD\s+(?:COLUMN\s+)?[\"`\[]?{re.escape(column)}\b([^;\"')]*)",
        text,
        re.I,
    )


def _adds_column_text(text: str, column: str) -> bool:
    """Does some ``add_column(`` call in ``text`` name ``column`` within its first 300 chars?"""
    quoted = (f'"{column}"', f"'{column}'")
    start = text.find("add_column(")
    while start != -1:
        window = text[start : start + 300]
        if any(q in window for q in quoted):
            return True
        start = text.find("add_column(", start + 1)
    return False


def _is_nullable(text: str) -> bool:
    compact = text.replace(" ", "")
    if "nullable=True" in compact:
        return True
    if "nullable=False" in compact or "primary_key=True" in compact:
        return False
    head = text.split("=", 1)[0] if "=" in text else text
    if _OPTIONAL_RE.search(head):
        return True
    # Classic ``Column(...)`` is nullable unless told otherwise.
    return bool(re.search(r"=\s*(sa\.|db\.)?Column\(", text))


def _has_sql_backfill(scope: Node, column: str) -> bool:
    """An ``UPDATE ... SET column`` in the same migration."""
    pattern = re.compile(rf"\bUPDATE\b[^;]*\bSET\b[^;]*\b{re.escape(column)}\b", re.I | re.S)
    return any(
        node.type == "string" and pattern.search(syntax.text_of(node))
        for node in syntax.walk(scope)
    )


def _has_backfill(scope: Node, column: str) -> bool:
    for node in syntax.walk(scope):
        if node.type != "call":
            continue
        name, receiver = syntax.call_name(node)
        text = syntax.text_of(node)
        if name in ("execute", "bulk_update") and column in text:
            return True
        if name in ("update", "values") and column in text and receiver is not None:
            return True
    return False


# ---------------------------------------------------------------------------------
# the tracer
# ---------------------------------------------------------------------------------

_COMMON_METHODS = frozenset(
    {
        "get",
        "first",
        "all",
        "one",
        "execute",
        "scalar",
        "scalars",
        "commit",
        "add",
        "refresh",
        "close",
        "json",
        "items",
        "keys",
        "values",
        "append",
        "update",
        "pop",
        "split",
        "strip",
        "format",
        "join",
        "read",
        "write",
        "send",
        "run",
        "call",
        "result",
        "copy",
        "delete",
        "save",
        "load",
        "open",
        "start",
        "stop",
        "count",
        "filter",
        "where",
        "list",
        "set",
        "__init__",
        "dict",
        "model_dump",
        "lower",
        "upper",
        "encode",
        "decode",
        "replace",
        "flush",
        "rollback",
        "begin",
        "fetch",
        "post",
        "put",
        "patch",
        "create",
    }
)


@dataclass
class Tracer:
    """Walks values backwards through the repository (see the module docstring)."""

    ctx: AnalysisContext
    detector: Detector
    max_depth: int = MAX_DEPTH
    _seen: set[tuple[str, int, int, str, tuple[str, ...]]] = field(default_factory=set)
    _producers: list[Producer] = field(default_factory=list)
    _models: Models | None = None
    #: Expressions whose class is being inferred (guards ``x = x.next()`` cycles).
    _typing: set[tuple[str, str, str]] = field(default_factory=set)
    #: Access path from the value being walked to the traced value, next access first:
    #: ``("key:lines", "item")`` = "element of the ``lines`` entry of this value".
    path: tuple[str, ...] = ()

    @property
    def code(self) -> Code:
        return self.ctx.code

    @property
    def models(self) -> Models:
        if self._models is None:
            self._models = models_for(self.ctx)
        return self._models

    # -- entry points --------------------------------------------------------------

    def trace(self, node: Node, where: Where, chain: tuple[Step, ...] = ()) -> list[Producer]:
        """Producers of the value of expression ``node`` (deduplicated, best first)."""
        self._walk(node, where, chain, 0)
        return self.trace_done()

    def _past_wrapper(self, prod: Producer) -> Producer:
        """A producer inside a one-line helper that hands its parameters to a library call
        (``def _env(name, default): return os.environ.get(name, default)``) moves to the call
        site: the helper is fine, the caller that trusts its result is not."""
        inner = len(prod.chain)
        while inner and prod.chain[inner - 1].function == prod.function:
            inner -= 1
        if not inner:
            return prod
        src = self.code.source(prod.file)
        if src is None:
            return prod
        leaf = next(iter(syntax.nodes_on_line(src.root, prod.line)), None)
        fn = syntax.enclosing_function(leaf) if leaf is not None else None
        call = _pass_through_call(fn) if fn is not None else None
        if fn is None or call is None or syntax.qualname_of(fn) != prod.function:
            return prod
        root = re.match(r"\w+", syntax.text_of(call.child_by_field_name("function")))
        if root is None or root.group(0) not in self.code.imports_of(prod.file):
            return prod  # ``ITEMS.get(key)``: a lookup in our own data, a real producer
        func = FuncRef(prod.file, prod.function, fn, src)
        if any(isinstance(t, FuncRef) for t in self.resolve_call(call, where_in(self.ctx, func))):
            return prod  # it forwards to our own code: that code is the producer
        site = prod.chain[inner - 1]
        own = Step(prod.file, prod.line, prod.note, prod.function)
        return replace(
            prod,
            file=site.file,
            line=site.line,
            end_line=site.line,
            function=site.function,
            note=f"calls {prod.function}(): {prod.note}",
            chain=prod.chain[: inner - 1],
            extra=(*prod.chain[inner - 1 :], own, *prod.extra),
        )

    def trace_entry(
        self, node: Node, where: Where, prefix: tuple[str, ...], chain: tuple[Step, ...] = ()
    ) -> list[Producer]:
        """Producers of the value reached from ``node`` through ``prefix`` (``("key:x",)``)."""
        self._walk_with_path(node, where, chain, 0, prefix)
        return self.trace_done()

    def trace_done(self) -> list[Producer]:
        unique: dict[tuple[str, int], Producer] = {}
        for prod in map(self._past_wrapper, self._producers):
            key = (prod.file, prod.line)
            if key not in unique or unique[key].confidence < prod.confidence:
                unique[key] = prod
        return sorted(unique.values(), key=lambda p: (-p.confidence, len(p.chain)))

    def producer(
        self,
        where: Where,
        node: Node,
        mechanism: str,
        note: str,
        confidence: float,
        chain: tuple[Step, ...],
        *,
        fix: str | None = None,
        extra: tuple[Step, ...] = (),
        contributing: tuple[Contribution, ...] = (),
    ) -> Producer:
        if (
            isinstance(self.detector, NoneDetector)
            and where.func is not None
            and documents_none(where.func.node)
        ):
            confidence = min(confidence, 0.4)
            mechanism = "documented None"
            note += f" ({where.function}() documents that it returns None: callers must handle it)"
            fix = f"None is part of {where.function}()'s contract: handle it in the caller."
        stmt = syntax.statement_of(node)
        start = syntax.line_of(node)
        end = max(
            start,
            syntax.end_line_of(stmt)
            if stmt.type
            not in (
                "function_definition",
                "if_statement",
                "for_statement",
                "with_statement",
                "try_statement",
                "while_statement",
            )
            else start,
        )
        return Producer(
            where.path,
            start,
            end,
            where.function,
            mechanism,
            note,
            confidence,
            chain,
            extra,
            contributing,
            fix,
        )

    def type_of(self, node: Node, where: Where, *, depth: int = 0) -> str | None:
        """The coarse builtin type of an expression (dict/list/str/tuple/int), when evident."""
        node = syntax.strip_parens(node)
        literal = LITERAL_TYPES.get(node.type)
        if literal is not None:
            return literal
        if node.type == "await" and node.named_children:
            return self.type_of(node.named_children[0], where, depth=depth)
        if node.type == "call":
            for res in self.resolve_call(node, where)[:1]:
                if isinstance(res, FuncRef):
                    return coarse_type(_return_annotation(res.node))
            return None
        if node.type == "identifier" and where.func is not None and depth < 2:
            for _t, value, how in _assignments_to(
                where.func.node, syntax.text_of(node), syntax.line_of(node), node
            )[:1]:
                if how == "is assigned":
                    return self.type_of(value, where, depth=depth + 1)
        return None

    def return_type_mismatch(self, func: FuncRef, value: Node, where: Where) -> str | None:
        declared = coarse_type(_return_annotation(func.node))
        if declared is None:
            return None
        actual = self.type_of(value, where)
        if actual is None or actual == declared:
            return None
        return f"{func.qualname}() declares it returns a {declared} but returns `{_short(value, 40)}`, a {actual}"

    def trace_name(self, name: str, use: Node, where: Where) -> list[Producer]:
        """Producers of local ``name`` as seen at ``use`` (assignments before it)."""
        self._walk_name(name, use, where, (), 0)
        return sorted(self._producers, key=lambda p: -p.confidence)

    def walk_more(self, node: Node, where: Where, chain: tuple[Step, ...]) -> None:
        """Let a detector continue the walk on a sub-expression (e.g. constructor arguments)."""
        self._walk(node, where, chain, len(chain))

    def looks_async_receiver(self, receiver: str, where: Where) -> bool:
        """True when the receiver is declared as an async API (``AsyncSession``, ``AsyncClient``)."""
        name = receiver.split(".")[-1]
        annotation = ""
        if where.func is not None:
            for param in syntax.parameters_of(where.func.node):
                if param.name == name and param.annotation:
                    annotation = param.annotation
            cls_node = where.func.class_node
            if not annotation and cls_node is not None and receiver.startswith("self."):
                for node in syntax.walk(cls_node):
                    if (
                        node.type == "assignment"
                        and syntax.text_of(node.child_by_field_name("left")) == receiver
                    ):
                        value = syntax.text_of(node.child_by_field_name("right"))
                        fn = syntax.enclosing_function(node)
                        if fn is not None:
                            for param in syntax.parameters_of(fn):
                                if param.name == value and param.annotation:
                                    annotation = param.annotation
                        annotation = annotation or syntax.text_of(node.child_by_field_name("type"))
                    elif (
                        node.type == "assignment"
                        and syntax.text_of(node.child_by_field_name("left")) == name
                    ):
                        annotation = annotation or syntax.text_of(node.child_by_field_name("type"))
        if "Async" in annotation or "async" in annotation:
            return True
        return bool(re.search(r"\basync|\baio|\bAsync", receiver))

    # -- walking ---------------------------------------------------------------

    def _walk(self, node: Node, where: Where, chain: tuple[Step, ...], depth: int) -> None:
        if depth > self.max_depth or len(self._producers) >= MAX_PRODUCERS:
            return
        node = syntax.strip_parens(node)
        key = (where.path, node.start_byte, node.end_byte, self.detector.name, self.path)
        if key in self._seen:
            return
        self._seen.add(key)
        if self.path:
            if self._navigate(node, where, chain, depth):
                return
            found = self.detector.check_nested(self, node, where, chain)
        else:
            found = self.detector.check(self, node, where, chain)
        if found is not None:
            self._producers.extend(found)
            return
        kind = node.type
        if kind == "identifier":
            self._walk_name(syntax.text_of(node), node, where, chain, depth)
        elif kind == "attribute":
            obj = node.child_by_field_name("object")
            attr = syntax.text_of(node.child_by_field_name("attribute"))
            if obj is not None and syntax.text_of(obj) == "self" and where.func is not None:
                self._walk_self_attr(attr, where, chain, depth)
            elif obj is not None:
                self._walk_module_attr(obj, attr, where, chain, depth)
        elif kind == "call":
            self._walk_call(node, where, chain, depth)
        elif kind == "await":
            inner = node.named_children[0] if node.named_children else None
            if self.detector.stop_at_await():
                # ``await f()`` of an ``async def`` is what f returns, and f may return a
                # coroutine it forgot to await (``return self.session.scalars(q)``).
                inner = syntax.strip_parens(inner) if inner is not None else None
                if inner is not None and inner.type == "call":
                    targets = self.resolve_call(inner, where)[:2]
                    if not any(isinstance(t, FuncRef) for t in targets):
                        # ``await queue.get()``: a value some other code put into it
                        self._walk_container_reads(inner, where, chain, depth)
                    for target in targets:
                        if isinstance(target, FuncRef) and target.is_async:
                            step = self._hop(
                                where,
                                inner,
                                f"the awaited value is what async {target.qualname}() returns ({target.path}:{target.line})",
                            )
                            self._walk_returns(target, (*chain, step), depth + 1)
                return
            if inner is not None:
                self._walk(inner, where, chain, depth)
        elif kind == "conditional_expression":
            parts = node.named_children
            if len(parts) >= 3:
                self._walk(parts[0], where, chain, depth)
                self._walk(parts[2], where, chain, depth)
        elif kind == "boolean_operator":
            right = node.child_by_field_name("right")
            operator = node.child_by_field_name("operator")
            if right is not None:
                self._walk(right, where, chain, depth)
            left = node.child_by_field_name("left")
            if left is not None and syntax.text_of(operator) == "and":
                self._walk(left, where, chain, depth)
        elif kind == "binary_operator" and getattr(self.detector, "type_name", None) in (
            "str",
            "list",
            "tuple",
            "bytes",
        ):
            # ``s * n`` / ``s + t`` keeps a sequence type: it came from one of the operands.
            op_text = syntax.text_of(node.child_by_field_name("operator"))
            if op_text in ("*", "+", "%"):
                for side in ("left", "right"):
                    part = node.child_by_field_name(side)
                    if part is not None and part.type not in ("integer", "float"):
                        self._walk(part, where, chain, depth)
        elif kind == "lambda":
            # ``default_factory=lambda: make()``: the value is the lambda's body.
            body = node.child_by_field_name("body")
            if body is not None:
                self._walk(body, where, chain, depth)
        elif kind == "named_expression":
            value = node.child_by_field_name("value")
            if value is not None:
                self._walk(value, where, chain, depth)
        elif kind in ("list_comprehension", "set_comprehension", "generator_expression"):
            body = node.child_by_field_name("body")
            if body is not None:
                self._walk(body, where, chain, depth)
        elif kind == "dictionary_comprehension" and self.detector.deep:
            body = node.child_by_field_name("body")
            value = body.child_by_field_name("value") if body is not None else None
            if value is not None:
                self._walk(value, where, chain, depth)
        elif kind in ("list", "tuple", "set", "expression_list") and self.detector.deep:
            for child in node.named_children[:12]:
                self._walk(child, where, chain, depth)
        elif kind == "dictionary" and self.detector.deep:
            for pair in node.named_children[:16]:
                value = pair.child_by_field_name("value") if pair.type == "pair" else None
                if value is not None:
                    self._walk(value, where, chain, depth)
        elif kind == "subscript":
            # ``items[0]`` / ``row["x"]``: the element comes from the container.
            value = node.child_by_field_name("value")
            if value is None:
                return
            if self.detector.deep and self.detector.through_subscript:
                self._walk(value, where, chain, depth)
                return
            index = node.child_by_field_name("subscript")
            segment = (
                f"key:{string_value(index)}"
                if index is not None and index.type == "string"
                else ITEM
            )
            if index is not None and index.type == "slice":
                segment = ""  # a slice is the same kind of container
            self._walk_with_path(value, where, chain, depth, (segment,) if segment else ())

    def _walk_with_path(
        self,
        node: Node,
        where: Where,
        chain: tuple[Step, ...],
        depth: int,
        prefix: tuple[str, ...],
        *,
        replace_path: tuple[str, ...] | None = None,
    ) -> None:
        """Walk ``node`` knowing the traced value is reached from it through ``prefix``."""
        saved = self.path
        base = saved if replace_path is None else replace_path
        self.path = (*prefix, *base)[:MAX_PATH]
        try:
            self._walk(node, where, chain, depth)
        finally:
            self.path = saved

    def _navigate(self, node: Node, where: Where, chain: tuple[Step, ...], depth: int) -> bool:
        """Follow ``self.path`` into a container literal; True when ``node`` was one."""
        head, rest = self.path[0], self.path[1:]
        kind = node.type
        if head.startswith("key:"):
            wanted = head[4:]
            if kind == "dictionary":
                splats: list[Node] = []
                for pair in node.named_children:
                    if pair.type == "dictionary_splat":
                        splats.extend(pair.named_children[:1])
                        continue
                    if pair.type != "pair":
                        continue
                    k = pair.child_by_field_name("key")
                    v = pair.child_by_field_name("value")
                    if (
                        k is not None
                        and v is not None
                        and k.type == "string"
                        and string_value(k) == wanted
                    ):
                        step = self._hop(where, pair, f"the `{wanted}` entry is `{_short(v)}`")
                        self._walk_with_path(v, where, (*chain, step), depth, (), replace_path=rest)
                        return True
                before = len(self._producers)
                for splat in splats:
                    self._walk(splat, where, chain, depth)
                if (
                    isinstance(self.detector, NoneDetector)
                    and len(splats) >= 2
                    and len(self._producers) > before
                ):
                    # ``{**defaults, **overrides}``: a None in a later mapping replaces the
                    # earlier value; the merge is where the None should have been dropped.
                    self._producers.append(
                        self.producer(
                            where,
                            node,
                            "None overrides",
                            f"merges `{_short(splats[-1], 25)}` over `{_short(splats[0], 25)}`: a None "
                            f"`{wanted}` in the later mapping replaces the earlier value",
                            0.72,
                            chain,
                            fix=f"Drop None values before merging (`{{k: v for k, v in {_short(splats[-1], 25)}.items() if v is not None}}`).",
                        )
                    )
                return True
            if kind == "call" and syntax.call_name(node) == ("dict", None):
                _pos, kw = syntax.call_arguments(node)
                if wanted in kw:
                    v = kw[wanted]
                    step = self._hop(where, v, f"the `{wanted}` entry is `{_short(v)}`")
                    self._walk_with_path(v, where, (*chain, step), depth, (), replace_path=rest)
                return True
            if kind == "dictionary_comprehension":
                self._producers.extend(self.detector.check_nested(self, node, where, chain) or [])
                body = node.child_by_field_name("body")
                value = body.child_by_field_name("value") if body is not None else None
                if value is not None:
                    self._walk_with_path(value, where, chain, depth, (), replace_path=rest)
                return True
            return kind in ("list", "list_comprehension", "set", "string", "integer")
        if head.startswith(POSITION):
            # ``a, b = value``: position N of a tuple/list literal.
            if kind in ("tuple", "list", "expression_list", "pattern_list"):
                items = [c for c in node.named_children if c.type != "comment"]
                position = int(head[len(POSITION) :])
                if position < len(items) and items[position].type not in ("list_splat",):
                    self._walk_with_path(
                        items[position], where, chain, depth, (), replace_path=rest
                    )
                return True
            return False
        if head == ITEM:
            if kind in ("list", "tuple", "set"):
                for child in node.named_children[:12]:
                    if child.type in ("list_splat", "dictionary_splat"):
                        inner = child.named_children[:1]
                        for part in inner:
                            self._walk(part, where, chain, depth)
                        continue
                    self._walk_with_path(child, where, chain, depth, (), replace_path=rest)
                return True
            if kind in ("list_comprehension", "set_comprehension", "generator_expression"):
                body = node.child_by_field_name("body")
                if body is not None:
                    self._walk_with_path(body, where, chain, depth, (), replace_path=rest)
                return True
            if kind == "call":
                name, receiver = syntax.call_name(node)
                positional, _kw = syntax.call_arguments(node)
                if receiver is None and name in _SAME_ELEMENTS and positional:
                    # ``list(xs)`` / ``sorted(xs)``: the same elements as ``xs``.
                    self._walk(positional[0], where, chain, depth)
                    return True
                return False
            return kind in ("dictionary", "dictionary_comprehension", "string", "integer")
        return False

    def _walk_container_writes(
        self,
        scope: Node,
        name: str,
        use: Node,
        where: Where,
        chain: tuple[Step, ...],
        depth: int,
    ) -> None:
        """The traced value is inside container ``name``: walk what is put into it.

        ``name.append(x)`` / ``name.add(x)`` / ``name.insert(i, x)`` add an element,
        ``name.extend(xs)`` adds the elements of ``xs``, ``name["k"] = x`` sets an entry.
        """
        head, rest = self.path[0], self.path[1:]
        before = syntax.line_of(use)
        for node in syntax.walk(scope, into_functions=False):
            if syntax.line_of(node) > before:
                continue
            if node.type == "call":
                method, receiver = syntax.call_name(node)
                if receiver != name or head != ITEM:
                    continue
                positional, _kw = syntax.call_arguments(node)
                if not positional:
                    continue
                value = positional[-1]
                if method in ("append", "add", "insert", "appendleft"):
                    step = self._hop(where, node, f"`{_short(value)}` is added to `{name}`")
                    self._walk_with_path(
                        value, where, (*chain, step), depth + 1, (), replace_path=rest
                    )
                elif method == "extend":
                    step = self._hop(where, node, f"`{name}` is extended with `{_short(value)}`")
                    self._walk(value, where, (*chain, step), depth + 1)
            elif node.type == "assignment" and head.startswith("key:"):
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is None or right is None or left.type != "subscript":
                    continue
                index = left.child_by_field_name("subscript")
                if (
                    syntax.text_of(left.child_by_field_name("value")) == name
                    and index is not None
                    and index.type == "string"
                    and string_value(index) == head[4:]
                ):
                    step = self._hop(where, node, f"`{_short(left)}` is set to `{_short(right)}`")
                    self._walk_with_path(
                        right, where, (*chain, step), depth + 1, (), replace_path=rest
                    )

    def _site_where(self, site: CallSite) -> Where | None:
        """Where a call site stands: its calling function, else its module (None if unreadable)."""
        if site.caller is not None:
            return where_in(self.ctx, site.caller)
        src = self.code.source(site.path)
        if src is None:
            return None
        return Where(site.path, src, None)

    def _hop(self, where: Where, node: Node, note: str) -> Step:
        return Step(where.path, syntax.line_of(node), note, where.function)

    def _walk_name(
        self, name: str, use: Node, where: Where, chain: tuple[Step, ...], depth: int
    ) -> None:
        scope = where.func.node if where.func is not None else where.src.root
        sources = _assignments_to(scope, name, syntax.line_of(use), use)
        if sources:
            if self.path and not self.detector.deep:
                self._walk_container_writes(scope, name, use, where, chain, depth)
            for target, value, how in sources[:3]:
                step = self._hop(where, target, f"`{name}` {how} `{_short(value)}`")
                index = _unpack_index(target, name) if how == "is unpacked from" else None
                if how == "iterates over" and not self.detector.deep:
                    self._walk_with_path(value, where, (*chain, step), depth + 1, (ITEM,))
                elif index is not None and not self.detector.deep:
                    self._walk_with_path(
                        value, where, (*chain, step), depth + 1, (f"{POSITION}{index}",)
                    )
                else:
                    self._walk(value, where, (*chain, step), depth + 1)
            return
        if where.func is not None:
            params = {p.name: p for p in syntax.parameters_of(where.func.node)}
            if name in params:
                self._walk_param(where.func, params[name], where, chain, depth)
                return
        # A module-level name (global here, or imported from another module).
        if where.func is not None:
            module_sources = _assignments_to(where.src.root, name, 10**9, None, module_level=True)
            if module_sources:
                for target, value, how in module_sources[:2]:
                    mw = Where(where.path, where.src, None)
                    step = self._hop(mw, target, f"module-level `{name}` {how} `{_short(value)}`")
                    self._walk(value, mw, (*chain, step), depth + 1)
                return
        binding = self.code.imports_of(where.path).get(name)
        if binding is not None and binding[1] is not None:
            mod_path = self.code.module_path(binding[0])
            src = self.code.source(mod_path) if mod_path else None
            if src is not None and mod_path is not None:
                module_sources = _assignments_to(
                    src.root, binding[1], 10**9, None, module_level=True
                )
                for target, value, how in module_sources[:2]:
                    mw = Where(mod_path, src, None)
                    step = self._hop(mw, target, f"`{binding[1]}` {how} `{_short(value)}`")
                    self._walk(value, mw, (*chain, step), depth + 1)

    def _walk_module_attr(
        self, obj: Node, attr: str, where: Where, chain: tuple[Step, ...], depth: int
    ) -> None:
        """``settings.x`` / ``config.x`` where the object is a module-level instance or module."""
        target = (
            self.code.resolve_dotted(syntax.text_of(obj), where.path)
            if obj.type in ("identifier", "attribute")
            else None
        )
        if isinstance(target, ModuleRef):
            src = self.code.source(target.path)
            if src is None:
                return
            for tnode, value, how in _assignments_to(
                src.root, attr, 10**9, None, module_level=True
            )[:2]:
                mw = Where(target.path, src, None)
                self._walk(
                    value,
                    mw,
                    (*chain, self._hop(mw, tnode, f"`{attr}` {how} `{_short(value)}`")),
                    depth + 1,
                )
            return
        receiver = syntax.text_of(obj)
        cls = self.class_of_expr(receiver, where)
        callee = obj.child_by_field_name("function") if obj.type == "call" else None
        if cls is None and callee is not None:
            cls = self._class_returned_by(callee, where)  # ``get_settings().url``
        if cls is None:
            cls = self.models.class_with_field(attr, receiver)
        before = len(self._producers)
        if cls is not None:
            passed = self._walk_constructions(cls, attr, chain, depth)
            if not passed and len(self._producers) == before:
                # No construction passes it: what the class's own methods store in
                # ``self.attr`` (an ``__init__`` parameter's default, say) ...
                self._walk_instance_attr(cls, attr, chain, depth)
            if len(self._producers) == before:
                # ... or the class-level default (dataclass field,
                # ``field(default_factory=...)``, class attribute) is the value.
                self._walk_class_attr(cls, attr, chain, depth)
        if len(self._producers) == before:
            node = obj.parent
            if node is not None:
                self._producers.extend(self.detector.on_field(self, cls, attr, node, where, chain))

    def _walk_constructions(
        self, cls: ClassRef, attr: str, chain: tuple[Step, ...], depth: int
    ) -> bool:
        """``Cls(attr=value)`` / ``Cls(value, ...)`` anywhere in the repo: trace each value.

        False when no construction passes the attribute."""
        walked = False
        fields: list[str] | None = None
        sites = self.code.calls_named(cls.name, limit=12)[:6]
        # Alternative constructors: ``cls(...)`` inside the class's own classmethods.
        for node in syntax.walk(cls.node):
            if node.type == "call" and syntax.text_of(node.child_by_field_name("function")) in (
                "cls",
                "type(self)",
            ):
                fn = syntax.enclosing_function(node)
                caller = (
                    FuncRef(cls.path, syntax.qualname_of(fn), fn, cls.source)
                    if fn is not None
                    else None
                )
                sites.append(CallSite(cls.path, node, caller))
        for site in sites:
            positional, keywords = syntax.call_arguments(site.call)
            value = keywords.get(attr)
            if value is None and positional:
                if fields is None:
                    fields = self.models.init_fields(cls)
                if attr in fields and fields.index(attr) < len(positional):
                    value = positional[fields.index(attr)]
            splat: Node | None = None
            if value is not None and value.type in ("list_splat", "dictionary_splat"):
                value = None  # a positional slot filled by ``*args`` / ``**kwargs``: unknown
            if value is None:
                # ``Cls(**values)``: the field is the ``attr`` entry of that mapping.
                splat = next(
                    (
                        a.named_children[0]
                        for a in positional
                        if a.type == "dictionary_splat" and a.named_children
                    ),
                    None,
                )
            if (value is None and splat is None) or (
                value is not None and value.type in ("list_splat", "dictionary_splat")
            ):
                continue
            cwhere = self._site_where(site)
            if cwhere is None:
                continue
            if splat is not None:
                step = Step(
                    site.path,
                    syntax.line_of(splat),
                    f"{cls.name}.{attr} comes from the `{attr}` entry of `**{_short(splat)}` in {cwhere.function}()",
                    cwhere.function,
                )
                self._walk_with_path(splat, cwhere, (*chain, step), depth + 1, (f"key:{attr}",))
                walked = True
                continue
            assert value is not None
            step = Step(
                site.path,
                syntax.line_of(value),
                f"{cls.name}.{attr} is set to `{_short(value)}` in {cwhere.function}()",
                cwhere.function,
            )
            self._walk(value, cwhere, (*chain, step), depth + 1)
            walked = True
        return walked

    def _walk_class_attr(
        self, cls: ClassRef, attr: str, chain: tuple[Step, ...], depth: int
    ) -> None:
        for assign in syntax.class_assignments(cls.node):
            if syntax.text_of(assign.child_by_field_name("left")) != attr:
                continue
            value = assign.child_by_field_name("right")
            annotation = syntax.text_of(assign.child_by_field_name("type"))
            cw = Where(cls.path, cls.source, None, scope=cls.qualname)
            step = self._hop(cw, assign, f"{cls.name}.{attr} is declared `{_short(assign)}`")
            if (
                isinstance(self.detector, NoneDetector)
                and "BaseSettings" in syntax.text_of(cls.node.child_by_field_name("superclasses"))
                and value is not None
                and value.type == "none"
            ):
                self._producers.append(self._settings_default(cw, assign, cls, attr, chain))
                return
            if isinstance(self.detector, NoneDetector) and (
                is_optional_annotation(annotation) or _is_nullable(syntax.text_of(assign))
            ):
                col = Column(
                    cls.path,
                    syntax.line_of(assign),
                    cls.name,
                    attr,
                    syntax.text_of(assign),
                    True,
                )
                self._producers.append(self.column_producer(cw, assign, col, chain))
                return
            if value is not None:
                self._walk(_field_default(value), cw, (*chain, step), depth + 1)
            return

    def _settings_default(
        self, where: Where, assign: Node, cls: ClassRef, attr: str, chain: tuple[Step, ...]
    ) -> Producer:
        """A settings field defaulting to None: None unless the environment sets it, and
        a deployment file that sets a similar name is the likely cause."""
        import difflib

        from rootcause.analysis.deployment import env_names_defined

        prefix = _ENV_PREFIX_RE.search(syntax.text_of(cls.node))
        env = ((prefix.group(1) if prefix else "") + attr).upper()
        note = f"{cls.name}.{attr} defaults to None: it is None unless the environment sets {env}"
        extra: tuple[Step, ...] = ()
        defined = env_names_defined(self.ctx)
        if env not in defined:
            close = difflib.get_close_matches(env, list(defined), n=1, cutoff=0.6)
            if close:
                path, line = defined[close[0]]
                note += f", and the deployment sets {close[0]} instead ({path}:{line})"
                extra = (Step(path, line, f"sets {close[0]}, not {env}", "<config>"),)
            else:
                note += ", which no deployment file sets"
        return self.producer(
            where,
            assign,
            "settings default",
            note,
            0.8,
            chain,
            extra=extra,
            fix=f"Make the names agree (set {env}, or give the field an alias), or make "
            f"`{attr}` required so a missing value fails at start-up with its name.",
        )

    def _walk_self_attr(self, attr: str, where: Where, chain: tuple[Step, ...], depth: int) -> None:
        func = where.func
        if func is None:
            return
        cls_node = func.class_node
        if cls_node is None:
            return
        cls = ClassRef(func.path, syntax.qualname_of(cls_node), cls_node, func.source)
        if not self._walk_instance_attr(cls, attr, chain, depth):
            # A declared field (dataclass, Pydantic, NamedTuple, attrs): the value comes
            # from the constructions ``Cls(attr=...)``, else from the class-level default.
            self._walk_constructions(cls, attr, chain, depth)
            self._walk_class_attr(cls, attr, chain, depth)

    def _walk_instance_attr(
        self, cls: ClassRef, attr: str, chain: tuple[Step, ...], depth: int
    ) -> bool:
        """Walk every ``self.attr = value`` of the class's methods; False when there is none."""
        found = False
        for node in syntax.walk(cls.node):
            if node.type != "assignment":
                continue
            left = node.child_by_field_name("left")
            if syntax.text_of(left) != f"self.{attr}":
                continue
            value = node.child_by_field_name("right")
            if value is None:
                continue
            fn = syntax.enclosing_function(node)
            if fn is None:
                continue
            method = FuncRef(cls.path, syntax.qualname_of(fn), fn, cls.source)
            mw = where_in(self.ctx, method)
            step = self._hop(mw, node, f"self.{attr} = `{_short(value)}` in {method.qualname}()")
            self._walk(value, mw, (*chain, step), depth + 1)
            found = True
        return found

    def _walk_param(
        self,
        func: FuncRef,
        param: syntax.ParamInfo,
        where: Where,
        chain: tuple[Step, ...],
        depth: int,
    ) -> None:
        dep = _depends_target(param)
        if dep is not None:
            for target in self._resolve_expr_callable(dep, where):
                if isinstance(target, FuncRef):
                    step = Step(
                        func.path,
                        func.line,
                        f"`{param.name}` is injected by Depends({syntax.text_of(dep)})",
                        func.qualname,
                    )
                    self._walk_returns(target, (*chain, step), depth + 1)
            return
        matched = False
        frame = where.frame
        outer = self.ctx.outer_of(frame) if frame is not None else None
        if outer is not None:
            owhere = where_for(self.ctx, outer)
            if owhere is not None:
                call = _call_on_line(owhere.src, outer.line, func.name)
                if call is not None:
                    arg = _argument_for(call, param, func)
                    swapped = swapped_arguments(call, func)
                    if arg is not None and any(
                        # the argument meant for this parameter sits elsewhere, or
                        # another parameter's argument sits here
                        p == param.name or a.rsplit(".", 1)[-1] == param.name
                        for a, p in swapped
                    ):
                        # The caller passes the arguments in another order than the callee takes.
                        self._producers.append(
                            self.swapped_producer(owhere, call, func, swapped, chain)
                        )
                        matched = True
                    elif arg is not None:
                        step = Step(
                            outer.path,
                            outer.line,
                            f"{outer.qualname}() passes `{_short(arg)}` as `{param.name}`",
                            outer.qualname,
                        )
                        self._walk(arg, owhere, (*chain, step), depth + 1)
                        matched = True
        if not matched and (frame is None or outer is None or frame is self.ctx.stack[-1]):
            cls_node = func.class_node
            if func.name == "__init__" and cls_node is not None:
                sites = self.code.calls_named(syntax.function_name(cls_node), limit=8)
            else:
                sites = self.code.callers(func, limit=8)
            for site in sites[:5]:
                arg = _argument_for(site.call, param, func)
                if arg is None:
                    continue
                cwhere = self._site_where(site)
                if cwhere is None:
                    continue
                step = Step(
                    site.path,
                    site.line,
                    f"{cwhere.function}() passes `{_short(arg)}` as `{param.name}`",
                    cwhere.function,
                )
                self._walk(arg, cwhere, (*chain, step), depth + 2)
                matched = True
        self._producers.extend(self.detector.on_parameter(self, func, param, chain))

    def _walk_call(self, node: Node, where: Where, chain: tuple[Step, ...], depth: int) -> None:
        targets = self.resolve_call(node, where)[:3]
        if not any(isinstance(t, FuncRef) for t in targets):
            self._walk_container_reads(node, where, chain, depth)
        for target in targets:
            if isinstance(target, FuncRef):
                swapped = swapped_arguments(node, target)
                if swapped:
                    self._producers.append(
                        self.swapped_producer(where, node, target, swapped, chain)
                    )
                    continue
                step = self._hop(
                    where,
                    node,
                    f"the value is what {target.qualname}() returns ({target.path}:{target.line})",
                )
                self._walk_returns(target, (*chain, step), depth + 1)

    def _walk_container_read(
        self, node: Node, where: Where, chain: tuple[Step, ...], depth: int
    ) -> None:
        """``self.queue.get()`` / ``self.items.pop()``: the value is one put into that container.

        Producer/consumer code hands values over through an attribute of the object (a
        queue, a list, a dict); the writes are ``self.x.put(v)`` / ``append(v)`` /
        ``self.x[k] = v`` anywhere in the class.
        """
        method, receiver = syntax.call_name(node)
        func = where.func
        cls_node = func.class_node if func is not None else None
        if (
            method not in _CONTAINER_READS
            or receiver is None
            or not receiver.startswith("self.")
            or receiver.count(".") != 1
            or func is None
            or cls_node is None
        ):
            return
        for write, value in _container_writes(
            cls_node, receiver, subscripts=True, into_functions=True
        ):
            fn = syntax.enclosing_function(write)
            if fn is None:
                continue
            method_ref = FuncRef(func.path, syntax.qualname_of(fn), fn, func.source)
            mw = where_in(self.ctx, method_ref)
            step = self._hop(
                mw, write, f"`{_short(value)}` is put into `{receiver}` in {method_ref.qualname}()"
            )
            self._walk(value, mw, (*chain, step), depth + 1)

    def _walk_container_reads(
        self, node: Node, where: Where, chain: tuple[Step, ...], depth: int
    ) -> None:
        """``x.get()`` / ``x.pop()`` on a container: walk what was put into it."""
        self._walk_container_read(node, where, chain, depth)
        self._walk_shared_container(node, where, chain, depth)

    def _walk_shared_container(
        self, node: Node, where: Where, chain: tuple[Step, ...], depth: int
    ) -> None:
        """``await queue.get()`` on a queue passed around: the value is one put into it elsewhere.

        The container is followed as a plain name: up to the callers that pass it in (a
        function or module-level code), then into every function those hand it to
        (``ingest(lines, queue)``); the values are the ``put``/``append`` calls on it there.
        """
        method, receiver = syntax.call_name(node)
        func = where.func
        if method not in _CONTAINER_READS or receiver is None or not receiver.isidentifier():
            return
        if func is None:
            return
        # (where the name is known, the code to scan, the name)
        holders: list[tuple[Where, Node, str]] = [(where, func.node, receiver)]
        param = next((p for p in syntax.parameters_of(func.node) if p.name == receiver), None)
        if param is not None:
            for site in self.code.callers(func, limit=5):
                arg = _argument_for(site.call, param, func)
                cwhere = self._site_where(site)
                if arg is None or arg.type != "identifier" or cwhere is None:
                    continue
                scope = cwhere.func.node if cwhere.func is not None else cwhere.src.root
                holders.append((cwhere, scope, syntax.text_of(arg)))
        for hwhere, scope, name in list(holders):
            for call in syntax.walk(scope, into_functions=False):
                if call.type != "call" or call == node:
                    continue
                for target in self.resolve_call(call, hwhere)[:2]:
                    if not isinstance(target, FuncRef) or target == func:
                        continue
                    for p in syntax.parameters_of(target.node):
                        arg = _argument_for(call, p, target)
                        if arg is not None and syntax.text_of(arg) == name:
                            holders.append((where_in(self.ctx, target), target.node, p.name))
        seen: set[tuple[str, int]] = set()
        for hwhere, scope, name in holders[:8]:
            for write, value in _container_writes(
                scope, name, subscripts=False, into_functions=False
            ):
                key = (hwhere.path, write.start_byte)
                if key in seen:
                    continue
                seen.add(key)
                step = self._hop(
                    hwhere, write, f"`{_short(value)}` is put into `{name}` in {hwhere.function}()"
                )
                self._walk(value, hwhere, (*chain, step), depth + 1)

    def _walk_returns(self, func: FuncRef, chain: tuple[Step, ...], depth: int) -> None:
        if depth > self.max_depth:
            return
        fw = where_in(self.ctx, func)
        returns = list(_returns(func.node))
        yields = [n for n in syntax.walk(func.node, into_functions=False) if n.type == "yield"]
        if yields:
            saved = self.path
            if saved and saved[0] == ITEM:
                self.path = saved[1:]  # an element of the generator: what it yields
            try:
                self._walk_yields(func, fw, yields, chain, depth)
            finally:
                self.path = saved
            return
        self._walk_return_values(func, fw, returns, chain, depth)

    def _walk_yields(
        self, func: FuncRef, fw: Where, yields: list[Node], chain: tuple[Step, ...], depth: int
    ) -> None:
        for y in yields[:3]:
            if y.named_children:
                value = y.named_children[0]
                step = self._hop(fw, y, f"{func.qualname}() yields `{_short(value)}`")
                parts = (
                    value.named_children if value.type in ("expression_list", "tuple") else [value]
                )
                for part in parts[:4]:
                    self._walk(part, fw, (*chain, step), depth + 1)

    def _walk_return_values(
        self, func: FuncRef, fw: Where, returns: list[Node], chain: tuple[Step, ...], depth: int
    ) -> None:
        for ret in returns:
            if ret.named_child_count == 0:
                self._producers.extend(self.detector.on_bare_return(self, func, ret, chain))
                continue
            value = ret.named_children[0]
            if value.type == "none":
                self._producers.extend(self.detector.on_bare_return(self, func, ret, chain))
                continue
            if isinstance(self.detector, ShapeDetector):
                mismatch = self.return_type_mismatch(func, value, fw)
                if mismatch is not None:
                    self._producers.append(
                        self.producer(
                            fw,
                            ret,
                            "return type mismatch",
                            mismatch,
                            0.8,
                            chain,
                            fix=f"Return what {func.qualname}() declares (see its annotation).",
                        )
                    )
                    continue
                unwrapped = _sibling_unwrap(func, value)
                if unwrapped is not None:
                    sibling, expr = unwrapped
                    self._producers.append(
                        self.producer(
                            fw,
                            ret,
                            "envelope not unwrapped",
                            f"returns `{_short(value, 30)}` as it came back from the call, while "
                            f"{sibling}() returns `{expr}` from the same call",
                            0.8,
                            chain,
                            fix=f"Return the same part as {sibling}() does (`{expr}`).",
                        )
                    )
                    continue
            step = self._hop(fw, ret, f"{func.qualname}() returns `{_short(value)}`")
            self._walk(value, fw, (*chain, step), depth + 1)
        if _can_fall_off(func.node) and func.name != "__init__":
            self._producers.extend(self.detector.on_bare_return(self, func, None, chain))

    # -- resolution ------------------------------------------------------------

    def resolve_call(self, call: Node, where: Where) -> list[Resolved]:
        func_node = call.child_by_field_name("function")
        if func_node is None:
            return []
        return self._resolve_expr_callable(func_node, where)

    def _resolve_expr_callable(self, func_node: Node, where: Where) -> list[Resolved]:
        text = syntax.text_of(func_node)
        if func_node.type == "identifier":
            # A nested def in the current function first.
            if where.func is not None:
                for node in syntax.walk(where.func.node):
                    if (
                        node is not where.func.node
                        and node.type == "function_definition"
                        and syntax.function_name(node) == text
                    ):
                        return [FuncRef(where.path, syntax.qualname_of(node), node, where.src)]
            resolved = self.code.resolve_name(text, where.path)
            if resolved is not None:
                return [resolved] if not isinstance(resolved, ModuleRef) else []
            if text in _BUILTINS:
                return []
            named: list[Resolved] = [
                d
                for d in self.code.definitions_named(text)
                if isinstance(d, ClassRef) or (isinstance(d, FuncRef) and "." not in d.qualname)
            ]
            return named[:3]
        if func_node.type != "attribute":
            return []
        obj = func_node.child_by_field_name("object")
        attr = syntax.text_of(func_node.child_by_field_name("attribute"))
        obj_text = syntax.text_of(obj)
        resolved = self.code.resolve_dotted(text, where.path)
        if isinstance(resolved, (FuncRef, ClassRef)):
            return [resolved]
        cls = self.class_of_expr(obj_text, where)
        if cls is not None:
            method = self.code.method_of(cls, attr)
            return [method] if method is not None else []
        if obj is not None and obj.type == "call":
            # ``get_service().run()`` / ``Repo(db).get()``: the type of the inner call.
            for inner in self.resolve_call(obj, where):
                if isinstance(inner, ClassRef):
                    method = self.code.method_of(inner, attr)
                    return [method] if method is not None else []
        return self._by_method_name(attr, obj_text, where)

    def _by_method_name(self, attr: str, receiver: str, where: Where) -> list[Resolved]:
        token = _receiver_token(receiver)
        if (
            attr in _COMMON_METHODS or attr in _NONE_METHODS or attr in ASYNC_LIBRARY_METHODS
        ) and not token:
            return []
        methods = [
            d
            for d in self.code.definitions_named(attr)
            if isinstance(d, FuncRef) and d.class_node is not None
        ]
        if not methods:
            return []

        def affinity(m: FuncRef) -> int:
            cls_name = syntax.function_name(m.class_node) if m.class_node is not None else ""
            return 1 if token and token in cls_name.lower() else 0

        if attr in _COMMON_METHODS or len(methods) > 4:
            methods = [m for m in methods if affinity(m)]
            if not methods or len(methods) > 3:
                return []
        methods.sort(key=lambda m: (-affinity(m), m.path))
        return list(methods[:3])

    def class_of_expr(self, expr: str, where: Where) -> ClassRef | None:
        """The repo class of an expression, when its declaration says so."""
        if not expr:
            return None
        key = (where.path, where.function, expr)
        if key in self._typing:
            return None  # ``x = x.next()``: already being worked out further up
        self._typing.add(key)
        try:
            return self._class_of_expr(expr, where)
        finally:
            self._typing.discard(key)

    def _class_of_expr(self, expr: str, where: Where) -> ClassRef | None:
        func = where.func
        if expr in ("self", "cls") and func is not None and func.class_node is not None:
            return ClassRef(
                func.path, syntax.qualname_of(func.class_node), func.class_node, func.source
            )
        if (
            expr.startswith("self.")
            and expr.count(".") == 1
            and func is not None
            and func.class_node is not None
        ):
            return self._self_attr_class(expr[5:], func)
        if expr.isidentifier():
            if func is not None:
                for param in syntax.parameters_of(func.node):
                    if param.name == expr:
                        cls = self.code.class_for_annotation(param.annotation, func.path)
                        if cls is not None:
                            return cls
                        dep = _depends_target(param)
                        if dep is not None:
                            return self._class_returned_by(dep, where)
                for target, value, how in _assignments_to(func.node, expr, 10**9, None)[:2]:
                    if how == "iterates over":
                        # ``for line in lines`` with ``lines: list[OrderLine]``: the element class.
                        element = self._element_class(value, where)
                        if element is not None:
                            return element
                        continue
                    annotation = (
                        target.parent.child_by_field_name("type")
                        if target.parent is not None
                        else None
                    )
                    if annotation is not None:
                        cls = self.code.class_for_annotation(syntax.text_of(annotation), func.path)
                        if cls is not None:
                            return cls
                    value = syntax.strip_parens(value)
                    if value.type == "await" and value.named_children:
                        value = value.named_children[0]
                    if value.type == "call":
                        for res in self.resolve_call(value, where):
                            if isinstance(res, ClassRef):
                                return res
                            if isinstance(res, FuncRef):
                                returned = self.code.class_for_annotation(
                                    _return_annotation(res.node), res.path
                                )
                                if returned is not None:
                                    return returned
                        built = self._alternate_constructor(value, where)
                        if built is not None:
                            return built
            resolved = self.code.resolve_name(expr, where.path)
            if isinstance(resolved, ClassRef):
                return resolved
        return None

    def _alternate_constructor(self, call: Node, where: Where) -> ClassRef | None:
        """``Model.model_validate(data)`` / ``Point.from_dict(d)``: an instance of the class."""
        name, receiver = syntax.call_name(call)
        if receiver is None or name not in _ALTERNATE_CONSTRUCTORS:
            return None
        resolved = self.code.resolve_name(receiver, where.path)
        return resolved if isinstance(resolved, ClassRef) else None

    def _element_class(self, iterable: Node, where: Where) -> ClassRef | None:
        """The class of the elements of ``iterable`` when a parameter annotation says it."""
        func = where.func
        if func is None or iterable.type != "identifier":
            return None
        name = syntax.text_of(iterable)
        for param in syntax.parameters_of(func.node):
            if param.name == name and param.annotation:
                match = _ELEMENT_RE.match(param.annotation.strip().strip("\"'"))
                if match:
                    return self.code.class_for_annotation(match.group(1), func.path)
        return None

    def _class_returned_by(self, dep: Node, where: Where) -> ClassRef | None:
        for target in self._resolve_expr_callable(dep, where):
            if isinstance(target, ClassRef):
                return target
            if isinstance(target, FuncRef):
                cls = self.code.class_for_annotation(_return_annotation(target.node), target.path)
                if cls is not None:
                    return cls
                for ret in _returns(target.node):
                    if ret.named_children and ret.named_children[0].type == "call":
                        for res in self.resolve_call(
                            ret.named_children[0], where_in(self.ctx, target)
                        ):
                            if isinstance(res, ClassRef):
                                return res
        return None

    def _self_attr_class(self, attr: str, func: FuncRef) -> ClassRef | None:
        cls_node = func.class_node
        if cls_node is None:
            return None
        for assign in syntax.class_assignments(cls_node):
            if syntax.text_of(assign.child_by_field_name("left")) == attr:
                cls = self.code.class_for_annotation(
                    syntax.text_of(assign.child_by_field_name("type")), func.path
                )
                if cls is not None:
                    return cls
        for node in syntax.walk(cls_node):
            if (
                node.type != "assignment"
                or syntax.text_of(node.child_by_field_name("left")) != f"self.{attr}"
            ):
                continue
            annotation = node.child_by_field_name("type")
            if annotation is not None:
                cls = self.code.class_for_annotation(syntax.text_of(annotation), func.path)
                if cls is not None:
                    return cls
            value = node.child_by_field_name("right")
            fn = syntax.enclosing_function(node)
            if value is None or fn is None:
                continue
            method = FuncRef(func.path, syntax.qualname_of(fn), fn, func.source)
            if value.type == "call":
                for res in self.resolve_call(value, Where(func.path, func.source, method)):
                    if isinstance(res, ClassRef):
                        return res
            if value.type == "identifier":
                for param in syntax.parameters_of(fn):
                    if param.name == syntax.text_of(value):
                        cls = self.code.class_for_annotation(param.annotation, func.path)
                        if cls is not None:
                            return cls
        return None

    # -- producers with extra evidence -----------------------------------------

    def query_producer(
        self,
        where: Where,
        node: Node,
        mechanism: str,
        note: str,
        confidence: float,
        chain: tuple[Step, ...],
    ) -> Producer:
        """A ``.first()``-like producer, with the query's filters, columns and migrations."""
        extra: list[Step] = []
        contributing: list[Contribution] = []
        scope = where.func.node if where.func is not None else syntax.statement_of(node)
        filters = [
            n
            for n in syntax.walk(scope, into_functions=False)
            if n.type == "call" and syntax.call_name(n)[0] in ("where", "filter", "filter_by")
        ]
        for flt in filters[:3]:
            conditions = syntax.text_of(flt.child_by_field_name("arguments"))
            extra.append(
                Step(
                    where.path,
                    syntax.line_of(flt),
                    f"the query filters rows with `{_short_text(conditions)}`: rows outside it give None",
                    where.function,
                )
            )
            for column_name, class_hint in _columns_in(flt):
                col = self.models.column(column_name, class_hint=class_hint)
                migrations = self.models.migrations_for(column_name)
                if col is not None and (col.nullable or migrations):
                    state = "nullable" if col.nullable else "declared"
                    extra.append(
                        Step(
                            col.path,
                            col.line,
                            f"{col.class_name}.{col.name} is {state}: `{_short_text(col.text)}`",
                            col.class_name,
                        )
                    )
                for mig in migrations:
                    extra.append(mig)
                    if "no backfill" in mig.note:
                        contributing.append(
                            Contribution(
                                mig.file,
                                mig.line,
                                mig.line,
                                mig.function,
                                f"migration adds `{column_name}` without a backfill",
                                mig.note,
                                0.5,
                                fix=f"Backfill `{column_name}` for existing rows (op.execute UPDATE ...) in a migration.",
                            )
                        )
            contributing.extend(self._filter_operand_producers(flt, where))
        if where.func is not None:
            annotation = _return_annotation(where.func.node)
            if is_optional_annotation(annotation):
                extra.append(
                    Step(
                        where.path,
                        where.func.line,
                        f"{where.function}() is declared to return `{annotation}`",
                        where.function,
                    )
                )
        fix = f"Handle the no-row case of {where.function}() (raise a not-found error, or create/backfill the row) instead of letting None flow to callers."
        if any("filters rows" in s.note for s in extra):
            fix = f"Check the filter in {where.function}(): rows it excludes come back as None; handle that case or fix the condition/data."
        return self.producer(
            where,
            node,
            mechanism,
            f"{_short(node)}: {note}",
            confidence,
            chain,
            fix=fix,
            extra=tuple(extra),
            contributing=tuple(contributing),
        )

    def migration_producer(
        self, where: Where, node: Node, column: Column, chain: tuple[Step, ...]
    ) -> Producer | None:
        """The migration that added ``column`` as nullable without a backfill, as the origin."""
        unfilled = [m for m in self.models.migrations_for(column.name) if "no backfill" in m.note]
        table = self.models.table_of(column)
        if table:
            unfilled = [m for m in unfilled if self.models.migration_table(m) in (None, table)]
        if not unfilled:
            return None
        mig = unfilled[0]
        use = Step(where.path, syntax.line_of(node), f"reads `{_short(node)}`", where.function)
        decl = Step(
            column.path,
            column.line,
            f"{column.class_name}.{column.name} is declared `{_short_text(column.text)}`"
            + ("" if column.nullable else ": the model's default only applies to new inserts"),
            column.class_name,
        )
        contributing = (
            Contribution(
                column.path,
                column.line,
                column.line,
                column.class_name,
                f"{column.class_name}.{column.name} allows NULL rows",
                decl.note,
                0.45,
                fix=f"Make {column.name} NOT NULL (with a server default) once existing rows are backfilled.",
            ),
        )
        note = f"migration adds `{column.name}` as nullable with no backfill or server default: rows created before it hold NULL"
        return Producer(
            mig.file,
            mig.line,
            mig.line,
            mig.function,
            "migration without backfill",
            note,
            0.8,
            (*chain, use),
            (decl,),
            contributing,
            fix=f"Backfill `{column.name}` for existing rows (op.execute(UPDATE ...) or a server_default) in a migration, then handle NULL where it is read.",
        )

    def _filter_operand_producers(self, flt: Node, where: Where) -> list[Contribution]:
        """Repo functions that compute the values a query filter compares against."""
        out: list[Contribution] = []
        if where.func is None:
            return out
        args = flt.child_by_field_name("arguments")
        if args is None:
            return out
        names = {
            syntax.text_of(n)
            for n in syntax.walk(args)
            if n.type == "identifier" and (n.parent is None or n.parent.type != "attribute")
        }
        for name in sorted(names)[:4]:
            for _target, value, _how in _assignments_to(
                where.func.node, name, syntax.line_of(flt), None
            )[:1]:
                value = syntax.strip_parens(value)
                if value.type == "await" and value.named_children:
                    value = value.named_children[0]
                if value.type != "call":
                    continue
                for res in self.resolve_call(value, where)[:1]:
                    if isinstance(res, FuncRef):
                        returns = [
                            r
                            for r in _returns(res.node)
                            if r.named_children and r.named_children[0].type != "none"
                        ]
                        line = syntax.line_of(returns[-1]) if returns else res.line
                        out.append(
                            Contribution(
                                res.path,
                                line,
                                line,
                                res.qualname,
                                f"{res.qualname}() computes the `{name}` the query matches on",
                                f"the filter compares against `{name}` = {res.qualname}(...): a wrong value there matches no row",
                                0.4,
                                fix=f"Check what {res.qualname}() returns for real inputs.",
                            )
                        )
        return out

    def column_producer(
        self, where: Where, node: Node, column: Column, chain: tuple[Step, ...]
    ) -> Producer:
        migration = self.migration_producer(where, node, column, chain)
        if migration is not None:
            return migration
        extra: list[Step] = []
        contributing: list[Contribution] = []
        use = Step(where.path, syntax.line_of(node), f"reads `{_short(node)}`", where.function)
        for mig in self.models.migrations_for(column.name):
            extra.append(mig)
            if "no backfill" in mig.note:
                contributing.append(
                    Contribution(
                        mig.file,
                        mig.line,
                        mig.line,
                        mig.function,
                        f"migration adds `{column.name}` without a backfill",
                        mig.note,
                        0.55,
                        fix=f"Backfill `{column.name}` for existing rows in a data migration.",
                    )
                )
        note = f"{column.class_name}.{column.name} is nullable (`{_short_text(column.text)}`): rows may hold NULL"
        return Producer(
            column.path,
            column.line,
            column.line,
            column.class_name,
            "nullable column",
            note,
            0.62,
            (*chain, use)
            if where.path != column.path or syntax.line_of(node) != column.line
            else chain,
            tuple(extra),
            tuple(contributing),
            fix=f"Handle a missing {column.name} where it is read, or make the column NOT NULL after backfilling existing rows.",
        )

    def swapped_producer(
        self,
        where: Where,
        call: Node,
        target: FuncRef,
        swapped: list[tuple[str, str]],
        chain: tuple[Step, ...],
    ) -> Producer:
        pairs = ", ".join(f"`{arg}` as `{param}`" for arg, param in swapped)
        signature = ", ".join(p.name for p in syntax.parameters_of(target.node))
        extra = (
            Step(
                target.path,
                target.line,
                f"{target.qualname}({signature}) is the callee's signature",
                target.qualname,
            ),
        )
        return self.producer(
            where,
            call,
            "swapped arguments",
            f"passes {pairs} to {target.qualname}(): the arguments are in the wrong order",
            0.9,
            chain,
            fix=f"Pass the arguments in {target.qualname}()'s order, or by keyword.",
            extra=extra,
        )

    def missing_await_producer(
        self, where: Where, call: Node, target: FuncRef, chain: tuple[Step, ...]
    ) -> Producer:
        extra = (
            Step(
                target.path,
                target.line,
                f"{target.qualname}() is `async def`: calling it returns a coroutine",
                target.qualname,
            ),
        )
        return self.producer(
            where,
            call,
            "missing await",
            f"calls async {target.qualname}() without `await`: the value is a coroutine",
            0.9,
            chain,
            fix=f"Write `await {_short(call)}` (and make {where.function}() async if it is not).",
            extra=extra,
        )


def models_for(ctx: AnalysisContext) -> Models:
    """One :class:`Models` per analysis (cached on the context's code)."""
    cached = getattr(ctx.code, "_rc_models", None)
    if isinstance(cached, Models):
        return cached
    models = Models(ctx.code)
    ctx.code._rc_models = models  # type: ignore[attr-defined]
    return models


# ---------------------------------------------------------------------------------
# intra-function helpers
# ---------------------------------------------------------------------------------

_BUILTINS = frozenset(dir(builtins))


def _short(node: Node | None, limit: int = 70) -> str:
    return _short_text(syntax.text_of(node), limit)


def _short_text(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _receiver_token(receiver: str) -> str:
    last = receiver.rsplit(".", 1)[-1].lower().strip("_")
    for suffix in (
        "_repository",
        "_repo",
        "_service",
        "_svc",
        "_client",
        "_dao",
        "_store",
        "repository",
        "repo",
        "service",
        "client",
        "dao",
        "store",
        "_manager",
    ):
        if last.endswith(suffix) and len(last) > len(suffix):
            last = last[: -len(suffix)]
            break
    last = last.strip("_")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return last if len(last) >= 3 else ""


def _returns(fn: Node) -> Iterator[Node]:
    for node in syntax.walk(fn, into_functions=False):
        if node.type == "return_statement":
            yield node


def _is_generator(fn: Node) -> bool:
    return any(n.type == "yield" for n in syntax.walk(fn, into_functions=False))


def _return_annotation(fn: Node) -> str | None:
    node = fn.child_by_field_name("return_type")
    return syntax.text_of(node) if node is not None else None


def _terminates(stmt: Node) -> bool:
    """True when a statement never completes normally (return/raise on every path)."""
    kind = stmt.type
    if kind in ("return_statement", "raise_statement"):
        return True
    if kind == "expression_statement":
        text = syntax.text_of(stmt)
        return text.startswith(("sys.exit(", "os._exit(", "exit(", "abort(")) or text.startswith(
            "raise"
        )
    if kind == "if_statement":
        consequence = stmt.child_by_field_name("consequence")
        alternatives = stmt.children_by_field_name("alternative")
        if consequence is None or not _block_terminates(consequence):
            return False
        has_else = False
        for alt in alternatives:
            if alt.type == "else_clause":
                has_else = True
                body = alt.child_by_field_name("body")
                if body is None or not _block_terminates(body):
                    return False
            elif alt.type == "elif_clause":
                body = alt.child_by_field_name("consequence")
                if body is None or not _block_terminates(body):
                    return False
        return has_else
    if kind == "try_statement":
        body = stmt.child_by_field_name("body")
        if body is None or not _block_terminates(body):
            # A finally that returns still terminates.
            return any(
                c.type == "finally_clause" and _block_terminates_node(c) for c in stmt.children
            )
        for clause in stmt.children:
            if clause.type == "except_clause" and not _block_terminates_node(clause):
                return False
        return True
    if kind in ("with_statement",):
        body = stmt.child_by_field_name("body")
        return body is not None and _block_terminates(body)
    if kind == "while_statement":
        condition = syntax.text_of(stmt.child_by_field_name("condition"))
        return condition in ("True", "1")
    if kind == "match_statement":
        return False
    return False


def _block_terminates_node(clause: Node) -> bool:
    blocks = [c for c in clause.named_children if c.type == "block"]
    return bool(blocks) and _block_terminates(blocks[-1])


def _block_terminates(block: Node) -> bool:
    stmts = [c for c in block.named_children if c.type != "comment"]
    return bool(stmts) and any(_terminates(s) for s in stmts)


def _can_fall_off(fn: Node) -> bool:
    """True when control can reach the end of the function body (an implicit ``return None``)."""
    if _is_generator(fn):
        return False
    stmts = syntax.body_statements(fn)
    if not stmts:
        return True
    # A stub (docstring/pass/...) or abstract method is not a producer.
    meaningful = [
        s
        for s in stmts
        if not (
            s.type == "expression_statement"
            and s.named_children
            and s.named_children[0].type in ("string", "ellipsis")
        )
    ]
    if not meaningful or all(s.type == "pass_statement" for s in meaningful):
        return False
    if any(
        d.endswith("abstractmethod") or d.endswith("overload") for d in syntax.decorators_of(fn)
    ):
        return False
    return not any(_terminates(s) for s in stmts)


def _guard_of(ret: Node) -> str | None:
    """The condition of the ``if`` a return sits in, as text."""
    for parent in syntax.ancestors(ret):
        if parent.type in ("if_statement", "elif_clause"):
            return _short_text(syntax.text_of(parent.child_by_field_name("condition")), 60)
        if parent.type == "except_clause":
            return _short_text(syntax.text_of(parent).split(":", 1)[0], 60)
        if parent.type == "function_definition":
            return None
    return None


def _assignments_to(
    scope: Node, name: str, before_line: int, use: Node | None, *, module_level: bool = False
) -> list[tuple[Node, Node, str]]:
    """(target, value, how) of assignments to ``name`` before ``before_line``, nearest first."""
    found: list[tuple[Node, Node, str]] = []
    nodes = scope.named_children if module_level else list(syntax.walk(scope, into_functions=False))
    if module_level:
        flat: list[Node] = []
        for stmt in nodes:
            if stmt.type == "expression_statement":
                flat.extend(stmt.named_children)
            elif stmt.type in ("if_statement", "try_statement"):
                flat.extend(
                    n for n in syntax.walk(stmt, into_functions=False) if n.type == "assignment"
                )
        nodes = flat
    for node in nodes:
        if syntax.line_of(node) > before_line:
            continue
        if (
            use is not None
            and node.start_byte <= use.start_byte < node.end_byte
            and node.type == "assignment"
        ):
            # The use is inside this assignment (x = x.y): that assignment is not a source.
            right = node.child_by_field_name("right")
            if right is not None and right.start_byte <= use.start_byte:
                continue
        if node.type in ("assignment", "augmented_assignment"):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                continue
            if left.type == "identifier" and syntax.text_of(left) == name:
                how = "is assigned" if node.type == "assignment" else "is updated with"
                while right.type == "assignment":  # a = b = value
                    inner = right.child_by_field_name("right")
                    if inner is None:
                        break
                    right = inner
                found.append((node, right, how))
            elif left.type in ("pattern_list", "tuple_pattern", "list_pattern"):
                names = [syntax.text_of(c) for c in left.named_children]
                if name in names:
                    index = names.index(name)
                    value = right
                    if (
                        right.type in ("expression_list", "tuple", "list")
                        and index < right.named_child_count
                    ):
                        value = right.named_children[index]
                    found.append((node, value, "is unpacked from"))
        elif node.type == "with_item" or node.type == "as_pattern":
            alias = node.child_by_field_name("alias")
            if node.type == "with_item":
                item = node.child_by_field_name("value")
                if item is not None and item.type == "as_pattern":
                    inner = item.named_children[0] if item.named_children else None
                    alias_node = item.child_by_field_name("alias")
                    if (
                        inner is not None
                        and alias_node is not None
                        and syntax.text_of(alias_node).strip() == name
                    ):
                        found.append((node, inner, "is bound by `with` to"))
            elif (
                alias is not None
                and syntax.text_of(alias).strip() == name
                and node.parent is not None
                and node.parent.type != "with_item"
            ):
                continue
        elif node.type == "named_expression":
            walrus = node.child_by_field_name("name")
            walrus_value = node.child_by_field_name("value")
            if walrus is not None and walrus_value is not None and syntax.text_of(walrus) == name:
                found.append((node, walrus_value, "is assigned"))
        elif node.type in ("for_statement", "for_in_clause"):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is not None and right is not None and syntax.text_of(left) == name:
                found.append((node, right, "iterates over"))
            elif (
                left is not None
                and right is not None
                and left.type in ("pattern_list", "tuple_pattern", "list_pattern")
                and name in [syntax.text_of(c) for c in left.named_children]
            ):
                found.append((node, right, "is unpacked from the items of"))
    found.sort(key=lambda item: -item[0].start_byte)
    return found


def _depends_target(param: syntax.ParamInfo) -> Node | None:
    """``dep`` of ``x = Depends(dep)`` or ``x: Annotated[T, Depends(dep)]``."""
    candidates: list[Node] = []
    if param.default is not None:
        candidates.append(param.default)
    for node in candidates:
        for call in syntax.walk(node):
            if call.type == "call" and syntax.call_name(call)[0] in ("Depends", "Security"):
                positional, keywords = syntax.call_arguments(call)
                target = positional[0] if positional else keywords.get("dependency")
                if target is not None:
                    return target
    return None


def depends_of_annotation(fn: Node, name: str) -> Node | None:
    """``dep`` for ``name: Annotated[T, Depends(dep)]`` (annotation nodes are not kept in ParamInfo)."""
    params = fn.child_by_field_name("parameters")
    if params is None:
        return None
    for child in params.named_children:
        if (
            syntax.text_of(
                child.child_by_field_name("name")
                or (child.named_children[0] if child.named_children else None)
            )
            != name
        ):
            continue
        for call in syntax.walk(child):
            if call.type == "call" and syntax.call_name(call)[0] in ("Depends", "Security"):
                positional, keywords = syntax.call_arguments(call)
                return positional[0] if positional else keywords.get("dependency")
    return None


#: What a call to these returns, by name (``json.loads`` gives a dict, ``", ".join`` a str).
CALL_RESULT_TYPES = {
    "dict": "dict",
    "str": "str",
    "list": "list",
    "tuple": "tuple",
    "int": "int",
    "float": "float",
    "loads": "dict",
    "json": "dict",
    "model_dump": "dict",
    "asdict": "dict",
    "load": "dict",
    "safe_load": "dict",
    "dumps": "str",
    "read_text": "str",
    "decode": "str",
    "join": "str",
    "format": "str",
    "strip": "str",
    "split": "list",
    "Decimal": "Decimal",
    "quantize": "Decimal",
    "group": "str",  # re.Match.group(n): the matched text, never a number
    "groups": "tuple",
    "groupdict": "dict",
}

#: The type a literal node builds.
LITERAL_TYPES = {
    "dictionary": "dict",
    "dictionary_comprehension": "dict",
    "list": "list",
    "list_comprehension": "list",
    "tuple": "tuple",
    "string": "str",
    "concatenated_string": "str",
    "integer": "int",
    "float": "float",
    "set": "set",
    "set_comprehension": "set",
}
_COARSE = (
    (
        re.compile(r"^(dict|Dict|Mapping|MutableMapping|TypedDict|OrderedDict|defaultdict)\b"),
        "dict",
    ),
    (re.compile(r"^(list|List|Sequence|MutableSequence)\b"), "list"),
    (re.compile(r"^(tuple|Tuple)\b"), "tuple"),
    (re.compile(r"^(str)\b"), "str"),
    (re.compile(r"^(set|Set|frozenset|FrozenSet)\b"), "set"),
    (re.compile(r"^(int)\b"), "int"),
)


def coarse_type(annotation: str | None) -> str | None:
    """``list[dict[str, Any]]`` -> ``list``; None for anything optional, unions or unknown."""
    if not annotation:
        return None
    text = annotation.strip().strip("\"'")
    if "|" in text or text.startswith(("Optional", "Union", "Any")):
        return None
    text = text.replace("typing.", "").replace("collections.abc.", "")
    for pattern, name in _COARSE:
        if pattern.match(text):
            return name
    return None


_CONVERTERS = frozenset(
    {"int", "float", "Decimal", "bool", "str", "date", "fromisoformat", "strptime", "parse", "UUID"}
)


def _elements_added(scope: Node, name: str) -> list[Node]:
    """Values put into container ``name``: ``name.append(x)``, ``name[k].append(x)``, ``name[k] = x``."""
    out: list[Node] = []
    for node in syntax.walk(scope, into_functions=False):
        if node.type == "call" and syntax.call_name(node)[0] in (
            "append",
            "add",
            "extend",
            "insert",
        ):
            _n, receiver = syntax.call_name(node)
            if receiver is not None and (receiver == name or receiver.startswith(name + "[")):
                positional, _kw = syntax.call_arguments(node)
                if positional:
                    out.append(positional[-1])
        elif node.type == "assignment":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if (
                left is not None
                and right is not None
                and left.type == "subscript"
                and syntax.text_of(left.child_by_field_name("value")) == name
            ):
                out.append(right)
    return out


#: Declarative field helpers whose ``default`` / ``default_factory`` is the field's value.
_FIELD_HELPERS = frozenset({"field", "Field", "attrib", "ib", "mapped_column", "Column"})


def _field_default(value: Node) -> Node:
    """``field(default_factory=f)`` / ``Field(default=x)`` -> the node producing the default."""
    if value.type != "call" or syntax.call_name(value)[0] not in _FIELD_HELPERS:
        return value
    _positional, keywords = syntax.call_arguments(value)
    factory = keywords.get("default_factory") or keywords.get("factory")
    if factory is not None:
        return factory
    return keywords.get("default") or value


def _one_based(scope: Node, name: str) -> bool:
    """Is ``name`` checked as a 1-based number in ``scope`` (``1 <= page``, ``page < 1``...)?"""
    pattern = re.compile(
        rf"(\b1\s*<=\s*{re.escape(name)}\b|\b{re.escape(name)}\s*>=\s*1\b|"
        rf"\b{re.escape(name)}\s*<\s*1\b|\b{re.escape(name)}\s*>\s*0\b)"
    )
    return any(
        n.type == "comparison_operator" and pattern.search(syntax.text_of(n))
        for n in syntax.walk(scope, into_functions=False)
    )


def _slice_producer(
    tracer: Tracer, node: Node, index: Node, where: Where, chain: tuple[Step, ...]
) -> Producer:
    """``items[start:stop]``: the slice decides how many items there are; an offset computed
    from a 1-based number without ``- 1`` skips a whole window (off by one)."""
    bounds = [c for c in index.named_children if c.type != "comment"]
    start = bounds[0] if bounds and syntax.text_of(index).lstrip()[:1] != ":" else None
    scope = where.func.node if where.func is not None else where.src.root
    start_text = syntax.text_of(start) if start is not None else ""
    at = node
    if start is not None and start.type == "identifier":
        found = _assignments_to(scope, start_text, syntax.line_of(node), node)
        if found:
            at = found[0][0]
            start_text = syntax.text_of(found[0][1])
    product = re.match(r"^\(?\s*(\w+)\s*\*\s*(\w+)\s*\)?$", start_text)
    one_based = next(
        (v for v in (product.groups() if product else ()) if _one_based(scope, v)), None
    )
    if one_based is not None:
        return tracer.producer(
            where,
            at,
            "off by one",
            f"computes the slice start as `{start_text}`, but `{one_based}` is 1-based (checked "
            f"against 1 here): the first window is skipped and the last one comes back empty",
            0.82,
            chain,
            fix=f"Subtract one: `({one_based} - 1) * ...`.",
        )
    return tracer.producer(
        where,
        node,
        "slice",
        f"`{_short(node, 60)}` can be empty (or shorter than expected) for these bounds",
        0.55,
        chain,
    )


def _pass_through_call(fn: Node) -> Node | None:
    """``def f(a, b): return lib.call(a, b)``: a body of one return whose call only forwards
    the function's own parameters (and literals)."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    stmts = [c for c in body.named_children if c.type != "comment"]
    if (
        stmts
        and stmts[0].type == "expression_statement"
        and stmts[0].named_children[0].type == "string"
    ):
        stmts = stmts[1:]
    if len(stmts) != 1 or stmts[0].type != "return_statement" or not stmts[0].named_children:
        return None
    value = syntax.strip_parens(stmts[0].named_children[0])
    if value.type != "call":
        return None
    params = {p.name for p in syntax.parameters_of(fn)} - {"self", "cls"}
    positional, keywords = syntax.call_arguments(value)
    args = [*positional, *keywords.values()]
    names = {syntax.text_of(a) for a in args if a.type == "identifier"}
    others = [
        a
        for a in args
        if a.type not in ("identifier", "string", "integer", "float", "true", "false", "none")
    ]
    if params and names & params and not others and names <= params:
        return value
    return None


def depth_ok(chain: tuple[Step, ...]) -> bool:
    return len(chain) < 12


def _arg_name(node: Node) -> str:
    if node.type == "identifier":
        return syntax.text_of(node)
    if node.type == "attribute":
        return syntax.text_of(node.child_by_field_name("attribute"))
    return ""


def swapped_arguments(call: Node, func: FuncRef) -> list[tuple[str, str]]:
    """(argument, parameter) pairs where a positional argument is named like another parameter."""
    positional, _keywords = syntax.call_arguments(call)
    params = [p for p in syntax.parameters_of(func.node) if p.kind == "positional"]
    if params and params[0].name in ("self", "cls") and func.class_node is not None:
        params = params[1:]
    names = [p.name for p in params]
    found: list[tuple[str, str]] = []
    for i, arg in enumerate(positional[: len(names)]):
        aliases = _arg_aliases(arg)
        if names[i] in aliases:
            continue
        if any(alias in names and names.index(alias) != i for alias in aliases):
            found.append((syntax.text_of(arg), names[i]))
    return found


def _arg_aliases(node: Node) -> set[str]:
    """Names an argument expression stands for: ``patient.id`` is ``id`` and ``patient_id``."""
    name = _arg_name(node)
    if not name:
        return set()
    aliases = {name}
    if node.type == "attribute":
        obj = node.child_by_field_name("object")
        owner = _arg_name(obj) if obj is not None else ""
        if owner and owner != "self":
            aliases.add(f"{owner}_{name}")
    return aliases


def _docstring(fn: Node) -> str:
    stmts = syntax.body_statements(fn)
    if (
        stmts
        and stmts[0].type == "expression_statement"
        and stmts[0].named_children
        and stmts[0].named_children[0].type == "string"
    ):
        return syntax.text_of(stmts[0].named_children[0])
    return ""


def documents_none(fn: Node) -> bool:
    """True when a function's docstring says it may return None (a contract, not a bug)."""
    return bool(re.search(r"\bNone\b|\bnull\b", _docstring(fn)))


def _call_on_line(src: SourceFile, line: int, callee_name: str) -> Node | None:
    stmt = syntax.statement_at(src.root, line)
    scope = stmt if stmt is not None else src.root
    dynamic: list[Node] = []
    for node in syntax.walk(scope, into_functions=False):
        if node.type != "call":
            continue
        name, receiver = syntax.call_name(node)
        if name == callee_name:
            return node
        if (
            receiver is None
            and syntax.line_of(node) == line
            and name not in _BUILTIN_CALLS
            and node.child_by_field_name("arguments") is not None
        ):
            dynamic.append(node)
    # ``handler(body)`` / ``callback(x)``: a call through a variable holding the function.
    return dynamic[0] if len(dynamic) == 1 else None


def _argument_for(call: Node, param: syntax.ParamInfo, func: FuncRef) -> Node | None:
    positional, keywords = syntax.call_arguments(call)
    if param.name in keywords:
        return keywords[param.name]
    if param.index < 0:
        return None
    index = param.index
    params = syntax.parameters_of(func.node)
    if params and params[0].name in ("self", "cls") and func.class_node is not None:
        # Bound call: self is implicit.
        index -= 1
    if 0 <= index < len(positional):
        arg = positional[index]
        if arg.type in ("list_splat", "dictionary_splat"):
            return None
        return arg
    return None


def _container_writes(
    scope: Node, name: str, *, subscripts: bool, into_functions: bool
) -> Iterator[tuple[Node, Node]]:
    """(write, value) for ``name.put(v)`` / ``name.append(v)``... in ``scope``; with
    ``subscripts`` also ``name[k] = v``."""
    for write in syntax.walk(scope, into_functions=into_functions):
        if write.type == "call":
            method, target = syntax.call_name(write)
            positional, _kw = syntax.call_arguments(write)
            if target == name and method in _CONTAINER_WRITES and positional:
                yield write, positional[-1]
        elif subscripts and write.type == "assignment":
            left = write.child_by_field_name("left")
            right = write.child_by_field_name("right")
            if (
                left is not None
                and right is not None
                and left.type == "subscript"
                and syntax.text_of(left.child_by_field_name("value")) == name
            ):
                yield write, right


def _columns_in(node: Node) -> Iterator[tuple[str, str]]:
    """(column, class hint) for ``User.email`` / ``User.email.is_(None)`` / ``filter_by(email=...)``."""
    name, _receiver = syntax.call_name(node)
    if name == "filter_by":
        _pos, keywords = syntax.call_arguments(node)
        for key in keywords:
            yield key, ""
        return
    args = node.child_by_field_name("arguments")
    if args is None:
        return
    for child in syntax.walk(args):
        if child.type == "attribute":
            obj = child.child_by_field_name("object")
            attr = syntax.text_of(child.child_by_field_name("attribute"))
            if obj is not None and obj.type == "identifier" and syntax.text_of(obj)[:1].isupper():
                yield attr, syntax.text_of(obj)


def _dict_keys(node: Node) -> list[str] | None:
    keys: list[str] = []
    for pair in node.named_children:
        if pair.type == "pair":
            key = pair.child_by_field_name("key")
            if key is None or key.type != "string":
                return None
            keys.append(_string_value(key))
        elif pair.type == "dictionary_splat":
            return None
    return keys


def _string_value(node: Node) -> str:
    text = syntax.text_of(node)
    match = re.match(r"^[rbuRBU]*(['\"]{1,3})(.*)\1$", text, re.S)
    return match.group(2) if match else text.strip("'\"")


def string_value(node: Node) -> str:
    return _string_value(node)


def with_chain(producer: Producer, prefix: tuple[Step, ...]) -> Producer:
    return replace(producer, chain=(*prefix, *producer.chain))


#: Public name for rules: (target, value, how) of the assignments to a name in a scope.
assignments_to = _assignments_to
