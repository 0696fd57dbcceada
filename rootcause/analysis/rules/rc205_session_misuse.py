"""RC205: a SQLAlchemy Session used against its lifecycle (begun twice, shared from import time,
committed inside ``begin()``, objects used after the session closed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.origin import Detector, Producer, Step, Tracer, Where, where_for, where_in
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    attribute_receivers,
    crash_evidence,
    crash_node_candidates,
    short,
)
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_SESSION_FACTORY_RE = re.compile(r"(Session\w*|sessionmaker\(.*\)|session_factory|get_session|new_session)\s*\(\s*\)\s*$|\bSession\w*\s*\(")
_SESSION_NAME_RE = re.compile(r"(^|\.)(session|sess|db|s|uow|dbsession|db_session)$", re.I)
_SESSION_METHODS = frozenset({"execute", "scalar", "scalars", "get", "query", "add", "add_all", "flush", "merge",
                              "delete", "refresh", "commit", "connection", "begin_nested"})
#: ``with Session() as s`` / ``SessionLocal()`` / ``self._session_factory()`` / ``engine_session.begin()``
_WITH_SESSION_RE = re.compile(r"\b\w*[Ss]ession\w*(?:\.begin)?\s*\(")


def _with_session_block(node: Node) -> Node | None:
    """The enclosing ``with Session() as s:`` (or ``with factory.begin() as s``) statement."""
    for parent in syntax.ancestors(node):
        if parent.type == "with_statement":
            items = [c for c in parent.children if c.type == "with_clause"]
            text = " ".join(syntax.text_of(i) for i in items)
            if _WITH_SESSION_RE.search(text):
                return parent
        if parent.type == "function_definition":
            return None
    return None


class DetachedDetector(Detector):
    """The object escapes the ``with Session()`` block that loaded it (returned from inside it)."""

    name = "detached"

    def check(self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]) -> list[Producer] | None:
        if node.type not in ("identifier", "call", "attribute"):
            return None
        block = _with_session_block(node)
        if block is None or where.func is None:
            return None
        stmt = syntax.statement_of(node)
        if stmt.type != "return_statement":
            return None
        start = syntax.line_of(block)
        note = (f"{where.function}() returns `{short(syntax.text_of(node), 40)}` from inside `{short(syntax.text_of(block).splitlines()[0], 60)}`: "
                "the session closes when the block exits, so the object is detached and its lazy attributes cannot load")
        load_line = start
        commit: Node | None = None
        for child in syntax.walk(block, into_functions=False):
            if child.type == "assignment" and syntax.text_of(child.child_by_field_name("left")) == syntax.text_of(node):
                load_line = syntax.line_of(child) if load_line == start else load_line
            elif (child.type == "call" and syntax.call_name(child)[0] == "commit"
                  and child.start_byte < node.start_byte):
                commit = child
        fix = ("Eager-load what callers need (options(selectinload(...))) before the session closes, "
               "or let the caller own the session scope (pass the session in).")
        if commit is not None:
            # commit() expires every attribute (expire_on_commit=True): even plain columns
            # must be reloaded, which a detached object cannot do
            note += (f"; `{short(syntax.text_of(commit), 30)}` (line {syntax.line_of(commit)}) expired all its "
                     "attributes first (expire_on_commit=True), so even its columns must be reloaded")
            fix = ("Refresh the object (`session.refresh(obj)`) before the block exits, create the session with "
                   "expire_on_commit=False, or let the caller own the session scope.")
        return [Producer(where.path, start, max(start, load_line), where.function, "returned from a closed session", note,
                         0.82, chain, fix=fix)]


def _receiver_of_session_call(ctx: AnalysisContext, sf: StackFrame) -> str | None:
    for node in crash_node_candidates(ctx, sf):
        if node.type == "call":
            name, receiver = syntax.call_name(node)
            if receiver and (name in _SESSION_METHODS or name == "begin"):
                return receiver
    return None


def _begin_twice(ctx: AnalysisContext) -> Iterator[Candidate]:
    sf = ctx.crash
    if sf is None or sf.func is None or "already begun" not in ctx.message:
        return
    receiver = None
    for node in crash_node_candidates(ctx, sf):
        if node.type == "call" and syntax.call_name(node)[0] == "begin":
            receiver = syntax.call_name(node)[1]
    if not receiver:
        return
    first: int | None = None
    uses: list[Evidence] = []
    for node in syntax.walk(sf.func.node, into_functions=False):
        if node.type != "call" or syntax.line_of(node) >= sf.line:
            continue
        name, recv = syntax.call_name(node)
        positional, keywords = syntax.call_arguments(node)
        passes = any(syntax.text_of(a) == receiver for a in [*positional, *keywords.values()])
        if (recv == receiver and name in _SESSION_METHODS) or passes:
            line = syntax.line_of(node)
            first = line if first is None else min(first, line)
            what = f"`{short(syntax.text_of(node), 50)}` " + ("uses the session" if recv == receiver else f"passes {receiver} on, which queries with it")
            uses.append(Evidence(sf.path, line, what + ": this autobegins a transaction"))
    start = first if first is not None else sf.line
    yield Candidate(
        file=sf.path, line=start, end_line=sf.line, function=sf.qualname, rule="RC205",
        title=f"`{receiver}.begin()` after the session already started a transaction (autobegin)",
        explanation=(
            f"{sf.qualname}() uses `{receiver}` before calling `{receiver}.begin()`"
            + (f" (line {first})" if first else "")
            + ": SQLAlchemy 2 sessions begin a transaction automatically on first use, so the explicit "
            "begin() finds one already begun and refuses."
        ),
        evidence=(crash_evidence(ctx, sf), *uses[:4]),
        fix=f"Do the reads inside the `with {receiver}.begin():` block, or drop begin() and call {receiver}.commit() at the end.",
        kind=CandidateKind.ORIGIN, confidence=0.8 if uses else 0.55,
    )


def _module_sessions(ctx: AnalysisContext, name: str, path: str) -> list[tuple[str, int, str]]:
    """Module-level ``name = SessionLocal()`` assignments visible from ``path``: (file, line, text)."""
    out: list[tuple[str, int, str]] = []
    paths = [path]
    binding = ctx.code.imports_of(path).get(name.split(".")[0])
    if binding is not None:
        mod = ctx.code.module_path(binding[0])
        if mod is not None:
            paths.append(mod)
            if binding[1] is not None:
                name = binding[1]
    for candidate in paths:
        src = ctx.code.source(candidate)
        if src is None:
            continue
        for node in src.root.named_children:
            inner = node.named_children[0] if node.type == "expression_statement" and node.named_children else None
            if inner is None or inner.type != "assignment":
                continue
            if syntax.text_of(inner.child_by_field_name("left")) != name.split(".")[-1]:
                continue
            right = syntax.text_of(inner.child_by_field_name("right"))
            if _SESSION_FACTORY_RE.search(right):
                out.append((candidate, syntax.line_of(inner), right))
    return out


def _writers_without_rollback(ctx: AnalysisContext, path: str, name: str) -> list[FuncRef]:
    out: list[FuncRef] = []
    for fn in ctx.code.functions_in(path):
        text = syntax.text_of(fn.node)
        if re.search(rf"\b{re.escape(name)}\.(commit|flush)\(", text) and not re.search(rf"\b{re.escape(name)}\.rollback\(", text):
            out.append(fn)
    return out


def _shared_session(ctx: AnalysisContext) -> Iterator[Candidate]:
    sf = ctx.crash
    message = ctx.message
    if sf is None or not re.search(r"rolled back|PendingRollback|inactive|Session is closed|another operation|concurrent|already", message + ctx.exc_type):
        return
    receiver = _receiver_of_session_call(ctx, sf)
    if receiver is None:
        return
    for path, line, text in _module_sessions(ctx, receiver, sf.path):
        name = receiver.split(".")[-1]
        writers = _writers_without_rollback(ctx, path, name)
        evidence = [crash_evidence(ctx, sf), Evidence(path, line, f"`{name} = {short(text, 40)}` runs once, at import: every caller shares this session")]
        evidence += [Evidence(w.path, w.line, f"{w.qualname}() commits on the shared session without rollback on failure") for w in writers[:3]]
        yield Candidate(
            file=path, line=line, end_line=line, function="<module>", rule="RC205",
            title=f"one Session created at import time (`{name} = {short(text, 30)}`) is shared by every request",
            explanation=(
                f"`{name}` is created once when {path} is imported and reused by every call; when one request's flush "
                "fails (e.g. an IntegrityError turned into a 409) nobody rolls it back, so the shared session stays "
                f"in a failed transaction and later requests fail: {short(ctx.exc_type + ': ' + message, 110)}"
            ),
            evidence=tuple(evidence),
            fix="Create a session per request/unit of work (a `get_db` dependency yielding `SessionLocal()`, or "
            "`with SessionLocal() as db:`), and roll back when a flush fails.",
            kind=CandidateKind.ORIGIN, confidence=0.8,
        )
        for w in writers[:2]:
            commit_line = next((syntax.line_of(c) for c in ctx.code.calls_in(w.node) if syntax.call_name(c)[0] in ("commit", "flush")), w.line)
            yield Candidate(
                file=w.path, line=max(w.line, commit_line - 1), end_line=commit_line, function=w.qualname, rule="RC205",
                title=f"{w.qualname}() commits on the shared session with no rollback on failure",
                explanation=f"If the commit in {w.qualname}() fails, the shared session is left needing a rollback; nothing does it.",
                evidence=(Evidence(w.path, commit_line, "commit without try/except rollback"),),
                fix=f"Wrap the commit: `try: {name}.commit() except Exception: {name}.rollback(); raise`.",
                kind=CandidateKind.CONTRIBUTING, confidence=0.5,
            )
        return


def _commit_inside_begin(ctx: AnalysisContext) -> Iterator[Candidate]:
    if "closed transaction inside context manager" not in ctx.message:
        return
    provider = None
    for path in ctx.code.files_matching(re.compile(r"\.begin\(\)\s+as\s+\w+")):
        provider = (path, next((i + 1 for i, text in enumerate(ctx.code.source(path).lines) if re.search(r"\.begin\(\)\s+as\s+\w+", text)), 1))  # type: ignore[union-attr]
        break
    tracer = Tracer(ctx, Detector())
    funcs: list[FuncRef] = []
    for sf in ctx.stack:
        if sf.func is not None and sf.func not in funcs:
            funcs.append(sf.func)
    frontier = list(funcs)
    for _level in range(2):
        nxt: list[FuncRef] = []
        for fn in frontier:
            for call in ctx.code.calls_in(fn.node):
                for target in tracer.resolve_call(call, where_in(ctx, fn))[:2]:
                    if isinstance(target, FuncRef) and target not in funcs:
                        funcs.append(target)
                        nxt.append(target)
        frontier = nxt
    seen: set[tuple[str, int]] = set()
    for fn in funcs:
        for call in ctx.code.calls_in(fn.node):
            name, receiver = syntax.call_name(call)
            if name != "commit" or receiver is None or not _SESSION_NAME_RE.search(receiver):
                continue
            line = syntax.line_of(call)
            if (fn.path, line) in seen:
                continue
            seen.add((fn.path, line))
            evidence = [crash_evidence(ctx, ctx.crash)] if ctx.crash is not None else []
            if provider is not None:
                evidence.append(Evidence(provider[0], provider[1], "the session is handed out inside `.begin()`: the context manager owns the commit"))
            evidence.append(Evidence(fn.path, line, f"`{syntax.text_of(call)}` ends that transaction early"))
            yield Candidate(
                file=fn.path, line=line, end_line=line, function=fn.qualname, rule="RC205",
                title=f"{fn.qualname}() commits a session whose transaction is owned by `begin()`",
                explanation=(
                    f"{fn.qualname}() calls `{syntax.text_of(call)}` on a session that was opened with `.begin()` as a "
                    "context manager; the commit closes the transaction inside the block, so the next use of the session "
                    "fails (\"Can't operate on closed transaction inside context manager\")."
                ),
                evidence=tuple(evidence),
                fix=f"Use `{receiver}.flush()` here (to get ids/constraint errors) and let the `begin()` block commit.",
                kind=CandidateKind.ORIGIN, confidence=0.78,
            )


def _detached(ctx: AnalysisContext) -> Iterator[Candidate]:
    sf = ctx.crash
    if sf is None or not re.search(r"not bound to a Session|DetachedInstance", ctx.message + ctx.exc_type):
        return
    where = where_for(ctx, sf)
    if where is None:
        return
    named = re.search(r"attribute '(\w+)'", ctx.message)
    # "attribute refresh operation cannot proceed" names no attribute: try each one read on
    # the crash line (``invoice.number``, ``invoice.total``), the first whose object traces
    # back to a closed session wins.
    attrs = [named.group(1)] if named else _attributes_read(ctx, sf)
    tracer = Tracer(ctx, DetachedDetector())
    for attr in attrs:
        receivers = attribute_receivers(ctx, sf, attr)
        producers = tracer.trace(receivers[0], where)[:2] if receivers else []
        for prod in producers:
            evidence = [crash_evidence(ctx, sf)] + [Evidence(s.file, s.line, s.note) for s in prod.evidence]
            yield Candidate(
                file=prod.file, line=prod.line, end_line=prod.end_line, function=prod.function, rule="RC205",
                title=f"{prod.function}() returns an object whose session is already closed"
                f" (then `.{attr}` is loaded)",
                explanation=f"{prod.note}. The crash at {sf.path}:{sf.line} reads `.{attr}` on it.",
                evidence=tuple(evidence), fix=prod.fix, kind=CandidateKind.ORIGIN, confidence=prod.confidence,
            )
        if producers:
            return


_CONCURRENT = re.compile(
    r"concurrent operations are not permitted|is already in progress|another operation is in progress"
)
_FAN_OUT = frozenset({"gather", "create_task", "start_soon", "as_completed", "wait"})
_FAN_OUT_TEXT = re.compile(r"\b(gather|create_task|start_soon|as_completed|wait)\(")


def _concurrent_use(ctx: AnalysisContext) -> Iterator[Candidate]:
    """One session handed to coroutines that run at the same time (``asyncio.gather``)."""
    messages = " ".join(e.message for e in ctx.incident.exceptions)
    if not _CONCURRENT.search(messages):
        return
    stack_paths = {s.path for s in ctx.stack}
    paths = sorted(ctx.code.files_matching(_FAN_OUT_TEXT),
                   key=lambda p: (p not in stack_paths, p))
    found = 0
    for path in paths[:20]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for call in syntax.walk(src.root):
            if call.type != "call" or syntax.call_name(call)[0] not in _FAN_OUT:
                continue
            shared = _shared_session_argument(call)
            if shared is None:
                continue
            name, uses = shared
            fn = syntax.enclosing_function(call)
            function = syntax.qualname_of(fn) if fn is not None else "<module>"
            line = syntax.line_of(call)
            found += 1
            yield Candidate(
                file=path, line=line, end_line=syntax.end_line_of(call), function=function, rule="RC205",
                title=f"one session `{name}` is used by {uses} coroutines at once",
                explanation=(
                    f"{function}() runs {uses} coroutines concurrently with "
                    f"{syntax.call_name(call)[0]}() and hands each the same `{name}`; a Session/AsyncSession "
                    f"is not safe for concurrent use, so one operation finds another in progress "
                    f"({short(messages, 90)})."
                ),
                evidence=(Evidence(path, line, f"`{short(syntax.text_of(call), 70)}` shares `{name}`"),),
                fix="Await the queries one after another, or give each concurrent task its own session.",
                kind=CandidateKind.ORIGIN, confidence=0.85 if path in stack_paths else 0.7,
            )
            if found >= 2:
                return


def _shared_session_argument(call: Node) -> tuple[str, int] | None:
    """(session name, coroutines) when the same session-like name goes to several of the calls
    handed to ``call``, or to one call built in a loop (``gather(*(f(db, x) for x in xs))``)."""
    positional, _kw = syntax.call_arguments(call)
    counts: dict[str, int] = {}
    for arg in positional:
        inner = arg.named_children[0] if arg.type == "list_splat" and arg.named_children else arg
        # a call built in a loop stands for many coroutines: it counts twice
        weight = 1
        if inner.type in ("generator_expression", "list_comprehension"):
            weight = 2
            inner = next((n for n in syntax.walk(inner) if n.type == "call"), inner)
        if inner.type != "call":
            continue
        sub_args, sub_kw = syntax.call_arguments(inner)
        for value in [*sub_args, *sub_kw.values()]:
            text = syntax.text_of(value)
            if value.type in ("identifier", "attribute") and _SESSION_NAME_RE.search(text):
                counts[text] = counts.get(text, 0) + weight
    best = max(counts.items(), key=lambda item: item[1], default=None)
    return best if best is not None and best[1] >= 2 else None


def _attributes_read(ctx: AnalysisContext, sf: StackFrame) -> list[str]:
    """Attribute names read on the crash statement, in source order, each once."""
    names: list[str] = []
    for node in sorted(crash_node_candidates(ctx, sf), key=lambda n: n.start_byte):
        if node.type == "attribute":
            name = syntax.text_of(node.child_by_field_name("attribute"))
            if name and name not in names:
                names.append(name)
    return names


@register(
    "RC205",
    name="session-misuse",
    title="SQLAlchemy Session used against its lifecycle",
    exceptions=("InvalidRequestError", "PendingRollbackError", "DetachedInstanceError", "ResourceClosedError",
                "IllegalStateChangeError"),
    messages=(r"already begun", r"rolled back due to a previous exception", r"not bound to a Session",
              r"concurrent operations are not permitted", r"is already in progress",
              r"closed transaction inside context manager", r"Session is closed"),
)
def session_misuse(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A SQLAlchemy Session used against its lifecycle: begun twice, shared from import time, committed inside begin(), used after close.

    The four shapes: ``begin()`` after a query already autobegan a transaction; one session
    created at import time and shared by all requests (a failed flush poisons it for
    everyone); ``commit()`` inside a ``begin()`` block owned by someone else; objects
    returned from a ``with Session()`` block and lazy-loaded after it closed.

    Why it matters: the exception is raised at the *next* use of the session, which is
    often in another request or function than the mistake. The rule finds the session's
    origin (module-level ``db = SessionLocal()``, the ``with`` block an object escaped) or
    the earlier call that began/ended the transaction.

    Example::

        db = SessionLocal()            # <- created at import, shared by every request

        def add(email):
            db.add(Visitor(email=email)); db.commit()      # IntegrityError, no rollback
        # next request: PendingRollbackError
    """
    seen: set[tuple[str, int]] = set()
    for gen in (_begin_twice(ctx), _shared_session(ctx), _commit_inside_begin(ctx), _detached(ctx),
                _concurrent_use(ctx)):
        for cand in gen:
            if (cand.file, cand.line) not in seen:
                seen.add((cand.file, cand.line))
                yield cand
