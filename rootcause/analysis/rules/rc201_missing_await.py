"""RC201: a coroutine flows where its result was expected (a missing ``await``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import CoroutineDetector, Producer, Tracer, where_in
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    attribute_receivers,
    candidate_from_producer,
    crash_node_candidates,
    crash_where,
    hop_candidates,
    message_attribute,
    none_operands,
    short,
    symptom_at,
)
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_NEVER_AWAITED = re.compile(r"coroutine '([\w.<>]+)' was never awaited")
_SCHEDULERS = frozenset(
    {
        "create_task",
        "ensure_future",
        "gather",
        "run",
        "run_until_complete",
        "wait",
        "wait_for",
        "add_task",
        "submit",
        "run_coroutine_threadsafe",
        "shield",
        "as_completed",
        "TaskGroup",
        "start_soon",
    }
)


def _scheduled(call: Node) -> bool:
    """True when a coroutine is handed to something that awaits/schedules it."""
    parent = call.parent
    while parent is not None and parent.type in (
        "argument_list",
        "parenthesized_expression",
        "list",
        "tuple",
        "list_comprehension",
        "generator_expression",
    ):
        if parent.type == "argument_list":
            owner = parent.parent
            if (
                owner is not None
                and owner.type == "call"
                and syntax.call_name(owner)[0] in _SCHEDULERS
            ):
                return True
        parent = parent.parent
    if parent is not None and parent.type == "return_statement":
        return False
    return False


def _unawaited_async_calls(
    ctx: AnalysisContext, tracer: Tracer, func: FuncRef
) -> Iterator[tuple[Node, FuncRef]]:
    for call in ctx.code.calls_in(func.node):
        if syntax.is_awaited(call) or _scheduled(call):
            continue
        for target in tracer.resolve_call(call, where_in(ctx, func)):
            if (
                isinstance(target, FuncRef)
                and target.is_async
                and not any(
                    n.type == "yield" for n in syntax.walk(target.node, into_functions=False)
                )
            ):
                yield call, target
                break


def _failing(ctx: AnalysisContext) -> list[Node]:
    sf = ctx.crash
    if sf is None:
        return []
    message = ctx.message
    attr = message_attribute(message)
    if attr is not None and attr[0] == "coroutine":
        return attribute_receivers(ctx, sf, attr[1])
    if "'coroutine'" in message:
        return none_operands(ctx, sf, message.replace("'coroutine'", "'NoneType'"))
    # Serialisation in library code: whatever the crash line hands over.
    out: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if node.type == "return_statement" and node.named_children:
            out.append(node.named_children[0])
        elif node.type == "call":
            if syntax.call_name(node)[0] in _SCHEDULERS:
                continue  # asyncio.run(coro()) / create_task(coro()): handed over, not lost
            positional, keywords = syntax.call_arguments(node)
            out.extend(positional)
            out.extend(keywords.values())
    return out[:6]


#: APIs that take a function (and its arguments) to call later.
_TAKES_CALLABLE = (
    "add_task",
    "run_in_threadpool",
    "run_in_executor",
    "submit",
    "call_soon",
    "call_later",
    "start_soon",
    "to_thread",
    "partial",
)


def _called_instead_of_passed(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``add_task(send_email(...))``: the function was called (making a coroutine) instead of passed."""
    tracer = Tracer(ctx, CoroutineDetector())
    for api in _TAKES_CALLABLE:
        for site in ctx.code.calls_named(api, limit=30):
            positional, _kw = syntax.call_arguments(site.call)
            if api == "run_in_executor":
                positional = positional[1:]
            if not positional or positional[0].type != "call":
                continue
            inner = positional[0]
            if site.caller is None:
                continue
            where = where_in(ctx, site.caller)
            targets = [t for t in tracer.resolve_call(inner, where) if isinstance(t, FuncRef)]
            is_async = any(t.is_async for t in targets)
            name = syntax.text_of(inner.child_by_field_name("function"))
            evidence = [
                Evidence(
                    site.path,
                    syntax.line_of(site.call),
                    f"`{short(syntax.text_of(site.call), 70)}` passes the result of calling {name}(), not the function",
                ),
            ]
            for target in targets[:1]:
                evidence.append(
                    Evidence(
                        target.path,
                        target.line,
                        f"{target.qualname}() is {'`async def`: calling it only creates a coroutine' if target.is_async else 'a function'}",
                    )
                )
            yield Candidate(
                file=site.path,
                line=syntax.line_of(site.call),
                end_line=syntax.end_line_of(site.call),
                function=site.caller.qualname,
                rule="RC201",
                title=f"{api}() receives a coroutine instead of a function"
                if is_async
                else f"{api}() receives a call's result instead of a function",
                explanation=(
                    f"{site.caller.qualname}() calls {name}(...) and hands its result to {api}(); {api} expects the function and "
                    "its arguments separately, so the coroutine is never awaited and the task fails when it runs."
                ),
                evidence=tuple(evidence),
                fix=f"Pass the function and its arguments: `{api}({name}, ...)`.",
                kind=CandidateKind.ORIGIN,
                confidence=0.85 if is_async else 0.6,
            )


@register(
    "RC201",
    name="missing-await",
    title="Coroutine used as a value: a missing await",
    exceptions=(
        "AttributeError",
        "TypeError",
        "RuntimeWarning",
        "PydanticSerializationError",
        "ValidationError",
    ),
    messages=(r"coroutine", r"was never awaited", r"must be callable", r"object is not callable"),
)
def missing_await(ctx: AnalysisContext) -> Iterator[Candidate]:
    """An ``async def`` was called without ``await``; its coroutine flowed on as if it were the result.

    Why it matters: ``'coroutine' object has no attribute 'x'``, ``Object of type coroutine
    is not JSON serializable`` or ``coroutine '...' was never awaited`` surface far from
    the call that forgot ``await``. The rule traces the coroutine back (through returns,
    parameters, containers) to the call of an ``async def`` (or an async API such as
    ``AsyncSession.execute``) that is not awaited, and also scans the stack's functions for
    such calls when the crash happened inside a serializer.

    Example::

        async def _current_shelf(self, code):
            return self.shelves.fetch(code)            # <- origin: fetch is async, no await

        shelf = await self._current_shelf(code)
        shelf.capacity                                 # AttributeError: 'coroutine' object ...
    """
    message = ctx.message
    if "callable" in message and (
        "coroutine" in message or "first argument must be callable" in message
    ):
        yield from _called_instead_of_passed(ctx)
        return
    if "coroutine" not in message or re.search(r"already awaited|being awaited already", message):
        return  # awaited too often, not too little: RC206
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    tracer = Tracer(ctx, CoroutineDetector())
    producers: list[Producer] = []
    for expr in _failing(ctx)[:4]:
        producers.extend(tracer.trace(expr, where))
    seen = {(p.file, p.line) for p in producers}
    named = _NEVER_AWAITED.search(message)
    if not producers:
        # Scan the stack's functions for calls to async functions that are never awaited.
        for item in ctx.stack[:4]:
            if item.func is None:
                continue
            for call, target in _unawaited_async_calls(ctx, tracer, item.func):
                key = (item.path, syntax.line_of(call))
                if key in seen:
                    continue
                seen.add(key)
                prod = tracer.missing_await_producer(where_in(ctx, item.func), call, target, ())
                if named is None or named.group(1).split(".")[-1] == target.name:
                    producers.append(prod)
            # and in the functions they call (one level down)
            for call in ctx.code.calls_in(item.func.node):
                for callee in tracer.resolve_call(call, where_in(ctx, item.func))[:1]:
                    if not isinstance(callee, FuncRef):
                        continue
                    for inner, async_target in _unawaited_async_calls(ctx, tracer, callee):
                        key = (callee.path, syntax.line_of(inner))
                        if key in seen:
                            continue
                        seen.add(key)
                        prod = tracer.missing_await_producer(
                            where_in(ctx, callee), inner, async_target, ()
                        )
                        producers.append(Producer(**{**prod.__dict__, "confidence": 0.7}))
    for prod in producers:
        ctx.note(prod.file, prod.line, "coroutine created without await")
        yield candidate_from_producer(
            ctx,
            prod,
            rule="RC201",
            title=f"missing `await` in {prod.function}()",
            explanation=(
                f"In {prod.function}() at {prod.file}:{prod.line}: {prod.note}. The coroutine object then "
                f"reaches {sf.qualname}() at {sf.path}:{sf.line}, which expects the awaited result."
            ),
            crash_note=f"crashes: {ctx.exc_type}: {short(message, 100)}",
        )
        yield from hop_candidates(ctx, prod, rule="RC201", what="the coroutine")
    yield symptom_at(
        ctx,
        sf,
        rule="RC201",
        title="a coroutine object is used as a value here",
        explanation=f"{sf.qualname}() receives a coroutine where it expects a result: something upstream forgot `await`.",
        fix="Await the coroutine where it is created (see the origin above).",
        confidence=0.4 if producers else 0.5,
    )
