"""RC111: a mutable default argument, mutated in the function, carries state between calls."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import Detector, Producer, Step, Tracer, Where, where_for
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import candidate_from_producer, crash_node_candidates, short
from rootcause.model import Candidate, CandidateKind

if TYPE_CHECKING:
    from tree_sitter import Node


_MUTABLE_DEFAULTS = frozenset({"list", "dictionary", "set"})
_MUTABLE_CALLS = frozenset(
    {"list", "dict", "set", "defaultdict", "OrderedDict", "Counter", "deque"}
)
_MUTATORS = frozenset(
    {
        "append",
        "extend",
        "insert",
        "add",
        "update",
        "setdefault",
        "pop",
        "popitem",
        "remove",
        "discard",
        "clear",
        "appendleft",
        "sort",
        "reverse",
    }
)


def _is_mutable_default(default: Node | None) -> bool:
    if default is None:
        return False
    if default.type in _MUTABLE_DEFAULTS:
        return True
    return default.type == "call" and syntax.call_name(default)[0] in _MUTABLE_CALLS


def mutation_of(fn: Node, name: str, *, into_functions: bool = False) -> Node | None:
    """The first statement in ``fn`` that mutates ``name`` in place (``name.append(...)``,
    ``name[k] = v``, ``name += [...]``), or None."""
    for node in syntax.walk(fn, into_functions=into_functions):
        if node.type == "call":
            method, receiver = syntax.call_name(node)
            if receiver == name and method in _MUTATORS:
                return node
        elif node.type in ("assignment", "augmented_assignment"):
            left = node.child_by_field_name("left")
            if left is None:
                continue
            if node.type == "augmented_assignment" and syntax.text_of(left) == name:
                return node
            if (
                left.type == "subscript"
                and syntax.text_of(left.child_by_field_name("value")) == name
            ):
                return node
    return None


class MutableDefault(Detector):
    """The traced value is a parameter whose mutable default is mutated by its function."""

    name = "mutable-default"
    deep = True
    through_subscript = True

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        """``items = []`` in a class body, mutated through ``self.items``: one list shared by
        every instance (the class-attribute twin of a mutable default)."""
        if node.type not in _MUTABLE_DEFAULTS and not (
            node.type == "call" and syntax.call_name(node)[0] in _MUTABLE_CALLS
        ):
            return None
        assign = node.parent
        body = assign.parent.parent if assign is not None and assign.parent is not None else None
        cls = body.parent if body is not None else None
        if (
            assign is None
            or assign.type != "assignment"
            or cls is None
            or cls.type != "class_definition"
        ):
            return None
        attr = syntax.text_of(assign.child_by_field_name("left"))
        mutation = mutation_of(cls, f"self.{attr}", into_functions=True)
        if mutation is None or _assigned_per_instance(cls, attr):
            return None
        return [
            tracer.producer(
                where,
                assign,
                "shared class attribute",
                f"`{short(syntax.text_of(assign), 50)}` is a class attribute: one object shared by "
                f"every instance, and `{short(syntax.text_of(mutation), 50)}` (line "
                f"{syntax.line_of(mutation)}) changes it for all of them",
                0.78,
                chain,
                fix=f"Create it per instance: `self.{attr} = []` in __init__ "
                "(or `field(default_factory=list)` on a dataclass).",
            )
        ]

    def on_parameter(
        self, tracer: Tracer, func: FuncRef, param: syntax.ParamInfo, chain: tuple[Step, ...]
    ) -> list[Producer]:
        if not _is_mutable_default(param.default):
            return []
        default = syntax.text_of(param.default)
        header = syntax.line_of(param.default) if param.default is not None else func.line
        mutation = mutation_of(func.node, param.name)
        end = header
        if mutation is not None:
            end = max(header, syntax.line_of(mutation))
            how = (
                f"`{short(syntax.text_of(mutation), 50)}` (line {syntax.line_of(mutation)}) "
                "changes that one shared object"
            )
        else:
            kept = _kept_on_self(func.node, param.name)
            if kept is None:
                return []
            store, mutation = kept
            end = max(header, syntax.line_of(store))
            how = (
                f"`{short(syntax.text_of(store), 50)}` (line {syntax.line_of(store)}) keeps that "
                f"one shared object on the instance and `{short(syntax.text_of(mutation), 50)}` "
                f"(line {syntax.line_of(mutation)}) changes it"
            )
        return [
            Producer(
                func.path,
                header,
                end,
                func.qualname,
                "mutable default",
                f"`{param.name}={default}` is a mutable default: it is created once, when the "
                f"function is defined, and {how}, so every call that omits the argument sees "
                "what earlier calls left in it",
                0.8,
                chain,
                fix=f"Default to None and create a fresh object per call: "
                f"`{param.name}: ... | None = None` then `{param.name} = [] if {param.name} is None else list({param.name})`.",
            )
        ]


def _kept_on_self(fn: Node, name: str) -> tuple[Node, Node] | None:
    """``self.attr = name`` in ``fn`` (stored as is, not copied) and a statement of the
    class that mutates ``self.attr`` in place: (the store, the mutation), or None."""
    cls = syntax.enclosing_class(fn)
    if cls is None:
        return None
    for node in syntax.walk(fn, into_functions=False):
        if node.type != "assignment":
            continue
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if right is None or right.type != "identifier" or syntax.text_of(right) != name:
            continue
        target = syntax.text_of(left)
        if not target.startswith("self.") or target.count(".") != 1:
            continue
        mutation = mutation_of(cls, target, into_functions=True)
        if mutation is not None:
            return node, mutation
    return None


def _assigned_per_instance(cls: Node, attr: str) -> bool:
    """``self.attr = ...`` somewhere in the class: each instance gets its own object."""
    return any(
        n.type == "assignment" and syntax.text_of(n.child_by_field_name("left")) == f"self.{attr}"
        for n in syntax.walk(cls)
    )


def _seeds(ctx: AnalysisContext) -> list[Node]:
    """Values the crash statement reads (and, for a ``raise``, the condition guarding it)."""
    sf = ctx.crash
    if sf is None:
        return []
    nodes = crash_node_candidates(ctx, sf)
    stmt = next((n for n in nodes if n.type in ("raise_statement", "assert_statement")), None)
    if stmt is not None:
        guard = stmt.parent.parent if stmt.parent is not None else None
        if guard is not None and guard.type in ("if_statement", "elif_clause"):
            cond = guard.child_by_field_name("condition")
            if cond is not None:
                nodes = [*nodes, *syntax.walk(cond, into_functions=False)]
    # a loop over a collection around the crash: a shared default shows up as elements
    # that should not be in it, so the collection itself is a value worth tracing
    whole = list(syntax.walk(syntax.statement_of(nodes[0]), into_functions=False)) if nodes else []
    loops = [
        loop.child_by_field_name("right")
        for loop in [*(syntax.ancestors(nodes[0]) if nodes else ()), *whole]
        if loop.type in ("for_statement", "for_in_clause")
    ]
    nodes = [*(n for n in loops if n is not None), *nodes]
    seeds: list[Node] = []
    seen: set[str] = set()
    for node in nodes:
        if node.type not in ("identifier", "attribute"):
            continue
        parent = node.parent
        if (
            parent is not None
            and parent.type == "attribute"
            and node != parent.child_by_field_name("attribute")
            and node.type == "identifier"
            and parent.child_by_field_name("object") == node
        ):
            continue  # ``job`` of ``job.labels``: the attribute is the value
        if (
            parent is not None
            and parent.type == "call"
            and parent.child_by_field_name("function") == node
        ):
            continue
        if (
            parent is not None
            and parent.type == "attribute"
            and parent.child_by_field_name("attribute") == node
        ):
            continue
        text = syntax.text_of(node)
        if text in seen or text in ("self", "cls"):
            continue
        seen.add(text)
        seeds.append(node)
    return seeds[:6]


@register(
    "RC111",
    name="mutable-default",
    title="A mutable default argument keeps state between calls",
    exceptions=("*",),
    fallback=True,
)
def mutable_default(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A value at the crash comes from a parameter whose mutable default (``[]``, ``{}``) the function mutates.

    Why it matters: a default value is evaluated once, when ``def`` runs. A function that
    appends to (or sets keys in) its ``items=[]`` default changes that single shared object,
    so the second call that relies on the default starts with the first call's leftovers:
    duplicated entries, conflicting flags, a dict that keeps growing. The failure shows up
    later, wherever the accumulated value is checked. The rule traces the values the crash
    line reads (through attributes, constructors, returns and callers) to such a parameter,
    or to its twin: a list/dict assigned in a class body and mutated through ``self.x``,
    which every instance shares.

    Example::

        def new_order(sku: str, notes: list[str] = []) -> Order:   # <- origin: shared default
            notes.append(f"sku:{sku}")
            return Order(sku=sku, notes=notes)
    """
    sf = ctx.crash
    if sf is None:
        return
    if any(c.kind is CandidateKind.ORIGIN and c.confidence >= 0.75 for c in ctx.found):
        return  # another rule traced a strong origin: don't pay for a second, wider trace
    where = where_for(ctx, sf)
    if where is None:
        return
    seeds = _seeds(ctx)
    if not seeds:
        return
    tracer = Tracer(ctx, MutableDefault(), max_depth=7)
    seen: set[tuple[str, int]] = set()
    for seed in seeds:
        for prod in tracer.trace(seed, where):
            if (prod.file, prod.line) in seen:
                continue
            seen.add((prod.file, prod.line))
            text = short(syntax.text_of(seed), 40)
            yield candidate_from_producer(
                ctx,
                prod,
                rule="RC111",
                title=f"mutable default argument in {prod.function}() is shared between calls",
                explanation=(
                    f"{sf.qualname}() fails on `{text}`, which comes from {prod.function}() at "
                    f"{prod.file}:{prod.line}: {prod.note}."
                ),
            )
