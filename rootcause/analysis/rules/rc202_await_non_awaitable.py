"""RC202: ``await`` on something that is not awaitable (a sync function or a sync session)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import Detector, Producer, Step, Tracer, Where, where_for
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    candidate_from_producer,
    crash_node_candidates,
    short,
    symptom_at,
)
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_MESSAGE = re.compile(r"object (?P<type>[\w.]+) can't be used in 'await' expression")
#: Synchronous methods of ``AsyncSession`` / ``AsyncConnection`` (awaiting them is the bug).
SYNC_SESSION_METHODS = frozenset(
    {
        "add",
        "add_all",
        "expunge",
        "expunge_all",
        "is_modified",
        "in_transaction",
        "in_nested_transaction",
        "get_bind",
        "begin",
        "begin_nested",
        "info",
        "no_autoflush",
        "sync_session",
        "bind",
    }
)


class SyncSessionDetector(Detector):
    """The value is a synchronous session/engine where an async one was expected."""

    name = "sync-session"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type != "call":
            return None
        func = node.child_by_field_name("function")
        text = syntax.text_of(func)
        if text in ("Session", "orm.Session", "sqlalchemy.orm.Session"):
            return [
                tracer.producer(
                    where,
                    node,
                    "sync Session",
                    f"creates a synchronous `{text}(...)`, not an AsyncSession",
                    0.8,
                    chain,
                    fix="Use AsyncSession / async_sessionmaker with an async engine (create_async_engine).",
                )
            ]
        if func is not None and func.type == "identifier":
            assigned = _module_assignment(tracer, text, where)
            if assigned is not None:
                path, target, value = assigned
                value_text = syntax.text_of(value)
                if (
                    re.search(r"\bsessionmaker\(", value_text)
                    and "async_sessionmaker" not in value_text
                    and "AsyncSession" not in value_text
                ):
                    src = tracer.code.source(path)
                    if src is None:
                        return None
                    mw = Where(path, src, None)
                    return [
                        tracer.producer(
                            mw,
                            target,
                            "sync sessionmaker",
                            f"`{text}` is a synchronous sessionmaker: its sessions' execute() is not awaitable",
                            0.8,
                            (
                                *chain,
                                Step(
                                    where.path,
                                    syntax.line_of(node),
                                    f"the session comes from `{short(syntax.text_of(node), 50)}`",
                                    where.function,
                                ),
                            ),
                            fix="Build it with async_sessionmaker(create_async_engine(...)) and `async with` sessions.",
                        )
                    ]
        return None


def _module_assignment(tracer: Tracer, name: str, where: Where) -> tuple[str, Node, Node] | None:
    from rootcause.analysis.origin import _assignments_to

    found = _assignments_to(where.src.root, name, 10**9, None, module_level=True)
    if found:
        return where.path, found[0][0], found[0][1]
    binding = tracer.code.imports_of(where.path).get(name)
    if binding is not None and binding[1] is not None:
        path = tracer.code.module_path(binding[0])
        src = tracer.code.source(path) if path else None
        if src is not None and path is not None:
            found = _assignments_to(src.root, binding[1], 10**9, None, module_level=True)
            if found:
                return path, found[0][0], found[0][1]
    return None


def _wholly_sync_class(target: FuncRef) -> bool:
    """True when ``target`` is a method of a class without any ``async def`` method."""
    cls = target.class_node
    if cls is None:
        return False
    body = cls.child_by_field_name("body")
    if body is None:
        return False
    for stmt in body.named_children:
        node = (
            stmt.named_children[-1]
            if stmt.type == "decorated_definition" and stmt.named_children
            else stmt
        )
        if node.type == "function_definition" and syntax.text_of(node).startswith("async"):
            return False
    return True


def _awaited(ctx: AnalysisContext) -> list[Node]:
    sf = ctx.crash
    if sf is None:
        return []
    return [
        n.named_children[0]
        for n in crash_node_candidates(ctx, sf)
        if n.type == "await" and n.named_children
    ]


@register(
    "RC202",
    name="await-non-awaitable",
    title="await on a value that is not awaitable",
    exceptions=("TypeError",),
    messages=(r"can't be used in 'await' expression",),
)
def await_non_awaitable(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``object X can't be used in 'await' expression``: the awaited call is synchronous.

    Why it matters: the code that awaits is usually right; what is wrong is the thing it
    awaits: an implementation written with ``def`` where its protocol and siblings use
    ``async def``, a dependency that hands out a synchronous ``Session`` from
    ``sessionmaker`` where the repository expects an ``AsyncSession``, or a synchronous
    method such as ``AsyncSession.add`` that must not be awaited at all.

    Example::

        class DictCache:
            def read(self, name): return self._items.get(name, {})   # <- origin: not async

        entry = await self.cache.read(name)   # TypeError: object dict can't be used in 'await'
    """
    match = _MESSAGE.search(ctx.message)
    sf = ctx.crash
    if match is None or sf is None:
        return
    type_name = match.group("type")
    where = where_for(ctx, sf)
    if where is None:
        return
    tracer = Tracer(ctx, SyncSessionDetector())
    found = False
    wrong_await = False
    crash_note = f"crashes: TypeError: {short(ctx.message, 100)}"
    for expr in _awaited(ctx)[:2]:
        if expr.type != "call":
            continue
        name, receiver = syntax.call_name(expr)
        targets = [t for t in tracer.resolve_call(expr, where) if isinstance(t, FuncRef)]
        sync_targets = [t for t in targets if not t.is_async]
        # Other implementations of the same method (protocol / sibling classes) that are sync.
        if receiver is not None:
            for impl in ctx.code.definitions_named(name):
                if (
                    isinstance(impl, FuncRef)
                    and impl.class_node is not None
                    and not impl.is_async
                    and impl not in sync_targets
                    and (not targets or any(t.is_async for t in targets))
                ):
                    sync_targets.append(impl)
        async_siblings = [
            d for d in ctx.code.definitions_named(name) if isinstance(d, FuncRef) and d.is_async
        ]
        for target in sync_targets[:3]:
            if not async_siblings and _wholly_sync_class(target):
                # A synchronous class with no async counterpart anywhere: the await is the slip.
                wrong_await = True
            evidence = [
                Evidence(
                    target.path,
                    target.line,
                    f"{target.qualname}() is a plain `def`: calling it returns the value ({type_name}), not an awaitable",
                )
            ]
            for sib in async_siblings[:2]:
                evidence.append(Evidence(sib.path, sib.line, f"{sib.qualname}() is `async def`"))
            yield Candidate(
                file=target.path,
                line=target.line,
                end_line=target.end_line if target.end_line - target.line < 8 else target.line,
                function=target.qualname,
                rule="RC202",
                title=f"{target.qualname}() is synchronous but awaited",
                explanation=(
                    f"{sf.qualname}() awaits `{short(syntax.text_of(expr), 60)}`, which resolves to the plain function "
                    f"{target.qualname}(); it returns a {type_name}, and a {type_name} cannot be awaited."
                ),
                evidence=(Evidence(sf.path, sf.line, crash_note), *evidence),
                fix=f"Declare {target.qualname}() with `async def` (like the other implementations), or stop awaiting it.",
                kind=CandidateKind.ORIGIN,
                confidence=0.85 if async_siblings else (0.5 if wrong_await else 0.75),
            )
            found = True
        if targets and not sync_targets:
            continue
        if not targets and receiver is not None and name in SYNC_SESSION_METHODS:
            yield symptom_at(
                ctx,
                sf,
                rule="RC202",
                title=f"`{name}()` is synchronous: it must not be awaited",
                explanation=f"`{receiver}.{name}()` is a plain method even on AsyncSession; awaiting its result ({type_name}) fails.",
                fix=f"Call `{receiver}.{name}(...)` without `await`.",
                confidence=0.85,
            )
            found = True
            continue
        if not targets and receiver is not None:
            obj = expr.child_by_field_name("function")
            base = obj.child_by_field_name("object") if obj is not None else None
            if base is not None:
                for prod in tracer.trace(base, where):
                    yield candidate_from_producer(
                        ctx,
                        prod,
                        rule="RC202",
                        title=f"`{short(syntax.text_of(base), 40)}` is a synchronous session",
                        explanation=(
                            f"{sf.qualname}() awaits `{short(syntax.text_of(expr), 60)}`, but the session it calls is synchronous: "
                            f"{prod.note}."
                        ),
                        crash_note=crash_note,
                    )
                    for step in prod.chain:
                        if step.function not in (sf.qualname, prod.function, "<module>"):
                            yield Candidate(
                                file=step.file,
                                line=step.line,
                                end_line=step.line,
                                function=step.function,
                                rule="RC202",
                                title=f"{step.function}() hands out the synchronous session",
                                explanation=step.note,
                                evidence=(Evidence(step.file, step.line, step.note),),
                                fix="Yield an AsyncSession from an async_sessionmaker here.",
                                kind=CandidateKind.CONTRIBUTING,
                                confidence=0.55,
                            )
                    found = True
    if wrong_await:
        yield replace(
            symptom_at(
                ctx,
                sf,
                rule="RC202",
                title=f"awaits a synchronous call (its result is a {type_name})",
                explanation=(
                    f"{sf.qualname}() awaits a method of a class that is synchronous throughout, with no "
                    f"async implementation anywhere: the `await` is the mistake."
                ),
                fix="Drop the `await` (or make the whole class async).",
                confidence=0.8,
            ),
            kind=CandidateKind.ORIGIN,
        )
        return
    yield symptom_at(
        ctx,
        sf,
        rule="RC202",
        title=f"awaits a {type_name}",
        explanation=f"{sf.qualname}() awaits something that returned a {type_name}.",
        fix="Await only coroutines: make the callee async or drop the await.",
        confidence=0.35 if found else 0.55,
    )
