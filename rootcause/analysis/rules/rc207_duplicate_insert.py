"""RC207: a unique constraint fails because a caller bypasses the get-or-create path."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef, FuncRef
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

#: What the constraint is on, as sqlite, PostgreSQL and MySQL word it.
_COLUMN_RES = (
    re.compile(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)"),
    re.compile(r"Key \(([\w, ]+)\)=\(.*?\) already exists"),
    re.compile(r"Duplicate entry '.*?' for key '([\w.]+)'"),
)
#: Calls that look a row up: the check a get-or-create does before it inserts.
_LOOKUPS = frozenset(
    {"scalar", "scalars", "first", "one_or_none", "scalar_one_or_none", "get", "filter_by",
     "filter", "where", "select", "query", "exists", "fetchone", "get_or_none", "find"}
)  # fmt: skip


def _constraint(message: str) -> str | None:
    for pattern in _COLUMN_RES:
        match = pattern.search(message)
        if match:
            return match.group(1)
    return None


def _guarded_call(func: FuncRef, creator: str) -> Node | None:
    """The call to ``creator`` in ``func`` when an earlier ``return`` hands back a row that
    a lookup found (``existing = ...scalar(select(...)); if existing: return existing``,
    ``return int(row[0])``)."""
    calls = [
        n
        for n in syntax.walk(func.node, into_functions=False)
        if n.type == "call" and syntax.call_name(n)[0] == creator
    ]
    if not calls:
        return None
    first = calls[0]
    either = first.parent
    if (
        either is not None
        and either.type == "boolean_operator"
        and syntax.text_of(either.child_by_field_name("operator")) == "or"
        and _is_lookup(either.child_by_field_name("left"))
    ):
        return first  # ``return self.find(name) or self.create(name)``
    looked_up: set[str] = set()
    for node in syntax.walk(func.node, into_functions=False):
        if node.start_byte >= first.start_byte:
            break
        if node.type == "assignment":
            right = node.child_by_field_name("right")
            if right is not None and any(
                n.type == "call" and syntax.call_name(n)[0] in _LOOKUPS for n in syntax.walk(right)
            ):
                looked_up.add(syntax.text_of(node.child_by_field_name("left")))
        elif (
            node.type == "return_statement"
            and node.named_children
            and any(
                n.type == "identifier" and syntax.text_of(n) in looked_up
                for n in syntax.walk(node.named_children[0])
            )
        ):
            return first
    return None


def _is_lookup(node: Node | None) -> bool:
    """A call that looks something up: a query method, or a function named find/get/lookup."""
    if node is None:
        return False
    node = syntax.strip_parens(
        node.named_children[0] if node.type == "await" and node.named_children else node
    )
    if node.type != "call":
        return False
    name = syntax.call_name(node)[0]
    return name in _LOOKUPS or name.startswith(("find", "get", "lookup", "fetch", "by_"))


def _method(ctx: AnalysisContext, func: FuncRef, call: Node) -> FuncRef | None:
    """The repo function ``call`` reaches: ``self.x(...)`` in the class of ``func``, or ``x(...)``."""
    name, receiver = syntax.call_name(call)
    cls_node = func.class_node
    if receiver == "self" and cls_node is not None:
        cls = ClassRef(func.path, syntax.qualname_of(cls_node), cls_node, func.source)
        return ctx.code.method_of(cls, name)
    if receiver is None:
        found = ctx.code.resolve_dotted(name, func.path)
        return found if isinstance(found, FuncRef) else None
    return None


def _key_transforms(func: FuncRef, param: str) -> dict[str, Node]:
    """What ``func`` applies to its parameter ``param``: ``canonical(name)`` -> canonical,
    ``name.strip().lower()`` -> strip, lower (the calls, by name)."""
    found: dict[str, Node] = {}
    for node in syntax.walk(func.node, into_functions=False):
        if node.type != "call":
            continue
        name, receiver = syntax.call_name(node)
        positional, _kw = syntax.call_arguments(node)
        if any(syntax.text_of(a) == param for a in positional) or (
            receiver is not None and re.match(rf"{re.escape(param)}\b", receiver)
        ):
            found.setdefault(name, node)
    return found


def _lookup_misses(ctx: AnalysisContext, wrapper: FuncRef, creator: FuncRef) -> Iterator[Candidate]:
    """The get-or-create is on the stack: its lookup missed a row that exists because the
    lookup does not normalise the key the way the creator does before storing it."""
    call = _guarded_call(wrapper, creator.name)
    if call is None:
        return
    args, _kw = syntax.call_arguments(call)
    if not args or args[0].type != "identifier":
        return
    key = syntax.text_of(args[0])
    lookup = next(
        (
            n
            for n in syntax.walk(wrapper.node, into_functions=False)
            if n.type == "call"
            and n.start_byte < call.start_byte
            and _is_lookup(n)
            and any(syntax.text_of(a) == key for a in syntax.call_arguments(n)[0])
        ),
        None,
    )
    finder = _method(ctx, wrapper, lookup) if lookup is not None else None
    creator_params = [
        p.name for p in syntax.parameters_of(creator.node) if p.name not in ("self", "cls")
    ]
    finder_params = (
        [p.name for p in syntax.parameters_of(finder.node) if p.name not in ("self", "cls")]
        if finder
        else []
    )
    if finder is None or not creator_params or not finder_params:
        return
    stored = _key_transforms(creator, creator_params[0])
    compared = _key_transforms(finder, finder_params[0])
    missing = [name for name in stored if name not in compared and name not in _LOOKUPS]
    if not missing:
        return
    use = next(iter(compared.values()), None)
    line = syntax.line_of(use) if use is not None else finder.line
    applied = stored[missing[0]]
    note = (
        f"{creator.qualname}() stores `{short(syntax.text_of(applied), 50)}` but "
        f"{finder.qualname}() looks up `{finder_params[0]}`"
        + (f" as `{short(syntax.text_of(use), 40)}`" if use is not None else "")
        + f" without {missing[0]}(): a value stored before is not found, so "
        f"{wrapper.qualname}() inserts it again"
    )
    yield Candidate(
        file=finder.path,
        line=line,
        end_line=line,
        function=finder.qualname,
        rule="RC207",
        title=f"{finder.qualname}() does not normalise the key like {creator.qualname}() does",
        explanation=f"{note}: {short(ctx.message, 90)}",
        evidence=(
            *((crash_evidence(ctx, ctx.crash),) if ctx.crash is not None else ()),
            Evidence(
                creator.path,
                syntax.line_of(applied),
                f"stores `{short(syntax.text_of(applied), 50)}`",
            ),
            Evidence(finder.path, line, f"looks up the key without {missing[0]}()"),
            Evidence(
                wrapper.path,
                syntax.line_of(call),
                f"{wrapper.name}() creates when the lookup misses",
            ),
        ),
        fix=f"Look the key up the way it is stored: apply {missing[0]}() in {finder.qualname}().",
        kind=CandidateKind.ORIGIN,
        confidence=0.8,
    )


def _wrappers(ctx: AnalysisContext, creator: FuncRef) -> list[FuncRef]:
    """Functions that call ``creator`` only after looking the row up (get-or-create)."""
    found: list[FuncRef] = []
    for site in ctx.code.callers(creator, limit=20):
        if site.caller is None or site.caller in found:
            continue
        if _guarded_call(site.caller, creator.name) is not None:
            found.append(site.caller)
    return found


def _call_to(sf: StackFrame, name: str) -> Node | None:
    if sf.func is None:
        return None
    for node in syntax.walk(sf.func.node, into_functions=False):
        if (
            node.type == "call"
            and syntax.call_name(node)[0] == name
            and syntax.line_of(node) <= sf.line <= syntax.end_line_of(node)
        ):
            return node
    return None


@register(
    "RC207",
    name="duplicate-insert",
    title="A unique constraint fails: the caller inserts instead of getting or creating",
    exceptions=("IntegrityError", "UniqueViolation", "UniqueViolationError"),
    messages=(r"UNIQUE constraint failed", r"duplicate key value violates unique constraint"),
)
def duplicate_insert(ctx: AnalysisContext) -> Iterator[Candidate]:
    """An ``IntegrityError`` on a unique column, raised by a creator that a get-or-create wraps.

    Why it matters: ``UNIQUE constraint failed: labels.name`` is raised by the ``flush`` of an
    innocent ``create_label()``; the bug is the caller that called it directly for a name that
    may already exist, while the codebase has a ``get_or_create_label()`` that looks the row
    up first. The rule finds the in-app function that inserted (the innermost frame on the
    stack), the functions that call it only after a lookup, and blames the frame on the
    stack that calls the raw creator instead.

    Example::

        async def get_or_create_label(session, name):
            existing = await session.scalar(select(Label).where(Label.name == name))
            if existing is not None:
                return existing
            return await create_label(session, name)

        parcel.labels = [await create_label(session, n) for n in names]   # <- origin
    """
    stack = ctx.stack
    if len(stack) < 2:
        return
    column = _constraint(ctx.message)
    # the innermost in-app function that a get-or-create wraps (stack[0] is the crash)
    for depth in range(len(stack) - 1):
        creator = stack[depth].func
        if creator is None:
            continue
        every = _wrappers(ctx, creator)
        caller = stack[depth + 1]
        if caller.func is not None and caller.func in every:
            yield from _lookup_misses(ctx, caller.func, creator)
            return
        wrappers = [w for w in every if ctx.frame_for(w) is None]
        if not wrappers:
            continue
        call = _call_to(caller, creator.name)
        if call is None or caller.func is None:
            return
        wrapper = wrappers[0]
        line = syntax.line_of(call)
        on = f" on {column}" if column else ""
        yield Candidate(
            file=caller.path,
            line=line,
            end_line=syntax.end_line_of(call),
            function=caller.qualname,
            rule="RC207",
            title=f"{caller.qualname}() calls {creator.name}() directly; {wrapper.name}() looks the row up first",
            explanation=(
                f"The unique constraint{on} fails in {creator.qualname}(), which always inserts. "
                f"{caller.qualname}() calls it for values that may already exist, while "
                f"{wrapper.qualname}() ({wrapper.path}:{wrapper.line}) returns the existing row "
                f"and only creates a missing one: {short(ctx.message, 100)}"
            ),
            evidence=(
                *((crash_evidence(ctx, ctx.crash),) if ctx.crash is not None else ()),
                Evidence(
                    caller.path,
                    line,
                    f"`{short(syntax.text_of(call), 60)}` inserts unconditionally",
                ),
                Evidence(
                    wrapper.path,
                    wrapper.line,
                    f"{wrapper.name}() checks for an existing row before calling {creator.name}()",
                ),
            ),
            fix=f"Call {wrapper.name}() here instead of {creator.name}().",
            kind=CandidateKind.ORIGIN,
            confidence=0.8,
        )
        return
