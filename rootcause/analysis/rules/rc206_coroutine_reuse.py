"""RC206: one coroutine object awaited twice (a cache or a variable hands out the same one)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import Detector, Tracer
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, crash_node_candidates, crash_where, short
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

#: Memoising decorators that store the *return value*: on an ``async def`` that is the
#: coroutine object, which can be awaited only once. (``alru_cache`` caches results: fine.)
_CACHING = re.compile(
    r"^@\s*(?:[\w.]*\.)?(lru_cache|cache|cached|memoize|memoized|cachetools\.cached)\b"
)

_LOOPS = frozenset({"for_statement", "while_statement", "async_for_statement"})


def _caching_decorator(func: FuncRef) -> Node | None:
    parent = func.node.parent
    if parent is None or parent.type != "decorated_definition":
        return None
    for child in parent.named_children:
        if child.type == "decorator" and _CACHING.search(syntax.text_of(child)):
            return child
    return None


def _makes_task(call: Node) -> bool:
    """``asyncio.create_task(...)`` / ``ensure_future`` / a Future: awaitable any number of times."""
    return syntax.call_name(call)[0] in (
        "create_task",
        "ensure_future",
        "Task",
        "Future",
        "create_future",
        "gather",
        "shield",
    )


def _in_loop_below(node: Node, top: Node) -> bool:
    """Is ``node`` inside a loop that does not also contain ``top``?"""
    for anc in syntax.ancestors(node):
        if anc.type in _LOOPS:
            return not (anc.start_byte <= top.start_byte < anc.end_byte)
        if anc.type in ("function_definition", "module"):
            return False
    return False


@register(
    "RC206",
    name="coroutine-reuse",
    title="A coroutine object is awaited a second time",
    exceptions=("RuntimeError",),
    messages=(r"cannot reuse already awaited coroutine", r"coroutine is being awaited already"),
)
def coroutine_reuse(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A coroutine object is awaited twice: a memoising decorator or a stored coroutine hands it out again.

    Why it matters: calling an ``async def`` returns a coroutine object that can be awaited
    exactly once. ``functools.lru_cache`` / ``functools.cache`` on an ``async def`` cache
    that object, not its result, so the second call with the same arguments returns the
    spent coroutine and ``await`` fails with ``RuntimeError: cannot reuse already awaited
    coroutine``. Keeping ``job = fetch()`` outside a loop and awaiting ``job`` inside it,
    or storing ``self._ready = self._connect()`` once and awaiting it in every call, does
    the same. The fix is at the decorator (cache the result: ``async_lru.alru_cache``,
    a dict of results, or a task) or where the coroutine is created, not at the ``await``.

    Example::

        @functools.lru_cache(maxsize=256)      # <- origin: caches the coroutine object
        async def fetch_quota(org_id: int) -> Quota: ...

        a = await fetch_quota(7)
        b = await fetch_quota(7)               # RuntimeError: cannot reuse already awaited coroutine
    """
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    tracer = Tracer(ctx, Detector())
    awaited = [
        syntax.strip_parens(n.named_children[0])
        for n in crash_node_candidates(ctx, sf)
        if n.type == "await" and n.named_children
    ]
    for expr in awaited[:3]:
        if expr.type == "call":
            for target in tracer.resolve_call(expr, where)[:3]:
                if not isinstance(target, FuncRef) or not target.is_async:
                    continue
                deco = _caching_decorator(target)
                if deco is None:
                    continue
                line = syntax.line_of(deco)
                note = (
                    f"`{short(syntax.text_of(deco), 50)}` on async {target.qualname}() caches the "
                    "coroutine object it returns, not the awaited result: a second call with the "
                    "same arguments returns the already-awaited coroutine"
                )
                yield Candidate(
                    file=target.path,
                    line=line,
                    end_line=line,
                    function=target.qualname,
                    rule="RC206",
                    title=f"{short(syntax.text_of(deco), 40)} on async {target.qualname}() caches a coroutine",
                    explanation=f"{sf.qualname}() awaits {target.qualname}(), {note}.",
                    evidence=(
                        crash_evidence(ctx, sf),
                        Evidence(
                            sf.path,
                            syntax.line_of(expr),
                            f"awaits `{short(syntax.text_of(expr), 60)}`",
                        ),
                        Evidence(target.path, line, note),
                    ),
                    fix="Cache the awaited result instead (async_lru.alru_cache, a dict of results, "
                    "or cache an asyncio.Task), or drop the decorator.",
                    kind=CandidateKind.ORIGIN,
                    confidence=0.92,
                )
        elif (
            expr.type == "attribute"
            and syntax.text_of(expr.child_by_field_name("object")) == "self"
            and where.func is not None
            and where.func.class_node is not None
        ):
            # ``self._ready = self._connect()`` once, ``await self._ready`` on every call.
            name = syntax.text_of(expr)
            for node in syntax.walk(where.func.class_node):
                if (
                    node.type != "assignment"
                    or syntax.text_of(node.child_by_field_name("left")) != name
                ):
                    continue
                value = node.child_by_field_name("right")
                if value is None or value.type != "call" or _makes_task(value):
                    continue
                fn = syntax.enclosing_function(node)
                qual = syntax.qualname_of(fn) if fn is not None else where.function
                line = syntax.line_of(node)
                note = (
                    f"`{short(syntax.text_of(node), 60)}` stores one coroutine object on the "
                    f"instance; every later `await {name}` awaits that same object again"
                )
                yield Candidate(
                    file=where.path,
                    line=line,
                    end_line=line,
                    function=qual,
                    rule="RC206",
                    title=f"`{name}` holds a coroutine that is awaited more than once",
                    explanation=f"{note}; only the first await can succeed.",
                    evidence=(crash_evidence(ctx, sf), Evidence(where.path, line, note)),
                    fix="Store a task (asyncio.create_task / ensure_future), which can be awaited "
                    "many times, or the awaited result.",
                    kind=CandidateKind.ORIGIN,
                    confidence=0.82,
                )
        elif expr.type in ("identifier", "attribute") and where.func is not None:
            # ``job = fetch()`` before a loop that awaits ``job`` on every pass.
            name = syntax.text_of(expr)
            scope = where.func.node
            for node in syntax.walk(scope, into_functions=False):
                if (
                    node.type != "assignment"
                    or syntax.text_of(node.child_by_field_name("left")) != name
                ):
                    continue
                value = node.child_by_field_name("right")
                if (
                    value is None
                    or value.type != "call"
                    or _makes_task(value)
                    or not _in_loop_below(expr, node)
                ):
                    continue
                line = syntax.line_of(node)
                note = (
                    f"`{short(syntax.text_of(node), 60)}` creates one coroutine object, "
                    "which the loop below awaits on every pass"
                )
                yield Candidate(
                    file=where.path,
                    line=line,
                    end_line=line,
                    function=where.function,
                    rule="RC206",
                    title=f"`{name}` holds one coroutine awaited in a loop",
                    explanation=f"{note}; only the first await can succeed.",
                    evidence=(crash_evidence(ctx, sf), Evidence(where.path, line, note)),
                    fix="Call the coroutine function inside the loop (one coroutine per await), "
                    "or await it once and reuse the result.",
                    kind=CandidateKind.ORIGIN,
                    confidence=0.8,
                )
