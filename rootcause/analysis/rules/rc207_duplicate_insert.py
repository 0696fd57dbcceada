"""RC207: a unique constraint fails because a caller bypasses the get-or-create path."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
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

    Why it matters: ``UNIQUE constraint failed: tags.name`` is raised by the ``flush`` of an
    innocent ``create_tag()``; the bug is the caller that called it directly for a name that
    may already exist, while the codebase has a ``find_or_create_tag()`` that looks the row
    up first. The rule finds the in-app function that inserted (the innermost frame on the
    stack), the functions that call it only after a lookup, and blames the frame on the
    stack that calls the raw creator instead.

    Example::

        async def find_or_create_tag(session, name):
            existing = await session.scalar(select(Tag).where(Tag.name == name))
            if existing is not None:
                return existing
            return await create_tag(session, name)

        recipe.tags = [await create_tag(session, n) for n in names]   # <- origin
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
        wrappers = [w for w in _wrappers(ctx, creator) if ctx.frame_for(w) is None]
        if not wrappers:
            continue
        caller = stack[depth + 1]
        call = _call_to(caller, creator.name)
        if call is None or caller.func is None or caller.func in wrappers:
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
