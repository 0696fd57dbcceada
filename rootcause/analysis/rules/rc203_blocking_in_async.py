"""RC203: a blocking call inside ``async def`` stalls the event loop."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import Detector, Tracer, where_in
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import short
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_TIMEOUT = re.compile(
    r"Timeout|TimedOut|timed out|CancelledError|deadline|ReadTimeout|PoolTimeout", re.I
)
_BLOCKING_PREFIXES = (
    "requests.",
    "urllib.request.",
    "subprocess.",
    "socket.",
    "smtplib.",
    "ftplib.",
    "psycopg2.",
)
_BLOCKING_NAMES = frozenset(
    {
        "time.sleep",
        "urlopen",
        "urllib.request.urlopen",
        "subprocess.run",
        "subprocess.check_output",
        "subprocess.call",
    }
)
_SYNC_CLIENTS = re.compile(
    r"\b(requests\.Session|requests\.session|httpx\.Client|urllib3\.PoolManager|smtplib\.SMTP|sessionmaker|Session)\("
)
_OFFLOAD = frozenset({"run_in_executor", "to_thread", "run_in_threadpool", "run_sync", "submit"})
_ROUTE = re.compile(r"\.(get|post|put|patch|delete|websocket|api_route|route)\(")


def _imported_sleep(ctx: AnalysisContext, path: str) -> bool:
    binding = ctx.code.imports_of(path).get("sleep")
    return binding is not None and binding[0] == "time"


def _sync_client_attrs(func: FuncRef) -> set[str]:
    """``self.x`` attributes of the function's class (or module names) holding sync clients."""
    attrs: set[str] = set()
    scope = func.class_node if func.class_node is not None else func.source.root
    for node in syntax.walk(scope):
        if node.type == "assignment":
            value = syntax.text_of(node.child_by_field_name("right"))
            if _SYNC_CLIENTS.search(value) and "Async" not in value:
                attrs.add(syntax.text_of(node.child_by_field_name("left")))
    return attrs


def blocking_calls(ctx: AnalysisContext, func: FuncRef) -> list[tuple[Node, str]]:
    """Calls in ``func`` that block the thread: time.sleep, requests, sync clients, subprocess."""
    found: list[tuple[Node, str]] = []
    clients = _sync_client_attrs(func)
    for call in ctx.code.calls_in(func.node):
        owner = call.parent.parent if call.parent is not None else None
        if owner is not None and owner.type == "call" and syntax.call_name(owner)[0] in _OFFLOAD:
            continue
        if syntax.is_awaited(call):
            continue
        callee = syntax.text_of(call.child_by_field_name("function"))
        name, receiver = syntax.call_name(call)
        if callee in _BLOCKING_NAMES or (callee == "sleep" and _imported_sleep(ctx, func.path)):
            found.append((call, f"`{short(syntax.text_of(call), 50)}` blocks the thread"))
        elif callee.startswith(_BLOCKING_PREFIXES):
            found.append(
                (call, f"`{short(syntax.text_of(call), 50)}` is synchronous network/process IO")
            )
        elif (
            receiver is not None
            and (receiver in clients or receiver.split(".")[0] in clients)
            and name
            in (
                "get",
                "post",
                "put",
                "patch",
                "delete",
                "request",
                "send",
                "execute",
                "commit",
                "query",
                "sendmail",
            )
        ):
            found.append((call, f"`{short(syntax.text_of(call), 50)}` uses a synchronous client"))
    return found


def _async_functions(ctx: AnalysisContext) -> Iterator[FuncRef]:
    stack_paths = [s.path for s in ctx.stack]
    paths = ctx.code.files_matching("async def")[:80]
    paths.sort(key=lambda p: (p not in stack_paths, p))
    for path in paths:
        for func in ctx.code.functions_in(path):
            if func.is_async:
                yield func


class _Null(Detector):
    name = "null"


#: A sync bridge (``asyncio.run``, ``loop.run_until_complete``) called on a running loop.
_NESTED_LOOP = re.compile(
    r"cannot be called from a running event loop|event loop is already running"
    r"|Cannot run the event loop while another loop is running"
)
_LOOP_STARTERS = frozenset({"run", "run_until_complete", "run_forever"})


def _loop_inside_loop(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``asyncio.run()`` reached from ``async def``: the async caller should await instead.

    The innermost async frame of the stack is the code running on the loop; the call it
    makes into synchronous code is where the sync bridge gets entered.
    """
    stack = ctx.stack
    bridge = stack[0] if stack else None
    for position, frame in enumerate(stack):
        if frame.func is None or not frame.func.is_async or position == 0:
            continue
        callee = stack[position - 1]
        awaited = ""
        if bridge is not None and bridge.func is not None:
            for call in ctx.code.calls_in(bridge.func.node):
                if (
                    syntax.line_of(call) == bridge.line
                    and syntax.call_name(call)[0] in _LOOP_STARTERS
                ):
                    inner = syntax.call_arguments(call)[0]
                    if inner and inner[0].type == "call":
                        awaited = syntax.call_name(inner[0])[0]
        instead = f"`await {awaited}(...)`" if awaited else "the coroutine, awaited"
        yield Candidate(
            file=frame.path,
            line=frame.line,
            end_line=frame.line,
            function=frame.qualname,
            rule="RC203",
            title=f"async {frame.qualname}() calls a synchronous bridge that starts its own event loop",
            explanation=(
                f"{frame.qualname}() already runs on the event loop and calls {callee.qualname}(), "
                f"which starts another loop at {bridge.path}:{bridge.line}"
                if bridge is not None
                else f"{frame.qualname}() already runs on the event loop"
            )
            + f": {short(ctx.message, 80)}. Use {instead} here.",
            evidence=(
                Evidence(frame.path, frame.func.line, f"{frame.qualname}() is `async def`"),
                Evidence(frame.path, frame.line, f"calls the synchronous {callee.qualname}()"),
                *(
                    (
                        Evidence(
                            bridge.path,
                            bridge.line,
                            f"starts an event loop: {short(ctx.message, 70)}",
                        ),
                    )
                    if bridge is not None
                    else ()
                ),
            ),
            fix=f"Call {instead} from {frame.qualname}(); keep the sync wrapper for code with no running loop.",
            kind=CandidateKind.ORIGIN,
            confidence=0.85,
        )
        if bridge is not None and bridge is not frame:
            yield Candidate(
                file=bridge.path,
                line=bridge.line,
                end_line=bridge.line,
                function=bridge.qualname,
                rule="RC203",
                title=f"{bridge.qualname}() starts an event loop",
                explanation=f"{bridge.qualname}() is a synchronous bridge: fine from plain code, not from async code.",
                evidence=(Evidence(bridge.path, bridge.line, short(ctx.message, 80)),),
                fix=None,
                kind=CandidateKind.CONTRIBUTING,
                confidence=0.4,
            )
        return


@register(
    "RC203",
    name="blocking-call-in-async",
    title="Blocking call inside async def",
    exceptions=("*",),
)
def blocking_in_async(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A synchronous, blocking call (``time.sleep``, ``requests``, a sync DB session) runs inside ``async def``.

    Why it matters: an ``async def`` route shares one event loop with every other request.
    A blocking call inside it, directly or in a sync helper it calls, freezes the whole
    server for its duration: health checks time out, other requests hang, and the
    traceback you get (a client's ``ReadTimeout``) shows none of the server's code. The
    rule scans async functions, and the sync functions they call, for blocking calls.
    It reacts strongly to timeouts and weakly otherwise.

    Example::

        @router.post("/thumbnails")
        async def render(...):
            queue.block_until_done(task_id)   # <- origin: polls with time.sleep()
    """
    if _NESTED_LOOP.search(ctx.message):
        yield from _loop_inside_loop(ctx)
        return
    timeout = bool(_TIMEOUT.search(ctx.exception.type) or _TIMEOUT.search(ctx.message))
    crash_hit = False
    sf = ctx.crash
    if sf is not None and sf.func is not None and sf.func.is_async:
        for call, _why in blocking_calls(ctx, sf.func):
            if syntax.line_of(call) == sf.line:
                crash_hit = True
    if not timeout and not crash_hit:
        return
    tracer = Tracer(ctx, _Null())
    count = 0
    for func in _async_functions(ctx):
        if count >= 6:
            break
        route = any(_ROUTE.search(d) for d in syntax.decorators_of(func.node))
        base = (0.75 if timeout else 0.5) + (0.05 if route else 0.0)
        for call, why in blocking_calls(ctx, func):
            count += 1
            yield Candidate(
                file=func.path,
                line=syntax.line_of(call),
                end_line=syntax.line_of(call),
                function=func.qualname,
                rule="RC203",
                title=f"blocking call in async {func.qualname}()",
                explanation=f"{why} inside `async def {func.name}`: the event loop stops serving other requests meanwhile.",
                evidence=(
                    Evidence(func.path, func.line, f"{func.qualname}() is `async def`"),
                    Evidence(func.path, syntax.line_of(call), why),
                ),
                fix="Use an async client / `await asyncio.sleep`, or offload with `await asyncio.to_thread(...)` (or make the route a plain `def`).",
                kind=CandidateKind.ORIGIN,
                confidence=base,
            )
        # One level down: sync helpers called from the async function.
        for call in ctx.code.calls_in(func.node):
            if syntax.is_awaited(call):
                continue
            for target in tracer.resolve_call(call, where_in(ctx, func))[:1]:
                if not isinstance(target, FuncRef) or target.is_async:
                    continue
                inner = blocking_calls(ctx, target)
                if not inner:
                    continue
                count += 1
                icall, why = inner[0]
                evidence = (
                    Evidence(func.path, func.line, f"{func.qualname}() is `async def`"),
                    Evidence(
                        func.path,
                        syntax.line_of(call),
                        f"calls the synchronous {target.qualname}()",
                    ),
                    Evidence(target.path, syntax.line_of(icall), why),
                )
                yield Candidate(
                    file=func.path,
                    line=syntax.line_of(call),
                    end_line=syntax.line_of(call),
                    function=func.qualname,
                    rule="RC203",
                    title=f"async {func.qualname}() calls blocking {target.qualname}()",
                    explanation=f"{func.qualname}() runs on the event loop and calls {target.qualname}(), where {why}.",
                    evidence=evidence,
                    fix=f"Await an async version of {target.qualname}(), or run it with `await asyncio.to_thread({target.name}, ...)`.",
                    kind=CandidateKind.ORIGIN,
                    confidence=base,
                )
                yield Candidate(
                    file=target.path,
                    line=syntax.line_of(icall),
                    end_line=syntax.line_of(icall),
                    function=target.qualname,
                    rule="RC203",
                    title=f"{target.qualname}() blocks",
                    explanation=f"{why}; it is called from async {func.qualname}().",
                    evidence=evidence[1:],
                    fix="Make it async (async client, asyncio.sleep) or keep it off the event loop.",
                    kind=CandidateKind.CONTRIBUTING,
                    confidence=base,
                )
