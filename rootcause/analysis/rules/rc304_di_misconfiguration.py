"""RC304: FastAPI dependency injection wired wrongly (``get_db()`` / ``Repo()`` / ``Depends(get_db())``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef, FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short
from rootcause.analysis.rules.rc3_fastapi import (
    api_params,
    callable_params,
    qualname_at,
    resolve_expr,
    stack_routes,
)
from rootcause.analysis.rules.rc301_query_vs_body import missing_query_names
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_GEN_OBJECT_RE = re.compile(r"<(async_generator|generator|coroutine) object ([\w.<>]+)")
_WRONG_OBJECT_RE = re.compile(r"'(function|method|generator|async_generator|coroutine|Depends|type)' object")
_CLASS_RE = re.compile(r"<class '([\w.]+)'>")


def _is_generator(func: FuncRef) -> bool:
    return any(n.type == "yield" for n in syntax.walk(func.node, into_functions=False))


def _is_value_class(cls: ClassRef) -> bool:
    """Enums, models and other value types are legitimate parameter defaults (``Sort("asc")``)."""
    bases = syntax.text_of(cls.node.child_by_field_name("superclasses"))
    return bool(re.search(r"\b(Enum|IntEnum|StrEnum|Flag|BaseModel|str|int|float|NamedTuple|TypedDict)\b", bases))


def _provider(target: FuncRef | ClassRef) -> str:
    """What ``Depends`` should receive: the function, or a provider function for a class."""
    if isinstance(target, FuncRef):
        return target.name
    return "get_" + re.sub(r"(?<!^)(?=[A-Z])", "_", target.name).lower()


def _candidate(ctx: AnalysisContext, path: str, line: int, end_line: int, function: str, title: str,
               explanation: str, fix: str, confidence: float, evidence: list[Evidence]) -> Candidate:
    ev: list[Evidence] = []
    if ctx.crash is not None:
        ev.append(crash_evidence(ctx, ctx.crash))
    ev.extend(evidence)
    return Candidate(
        file=path, line=line, end_line=max(line, end_line), function=function, rule="RC304", title=title,
        explanation=explanation, evidence=tuple(ev), fix=fix, kind=CandidateKind.ORIGIN, confidence=confidence,
    )


def _depends_calls(ctx: AnalysisContext) -> Iterator[tuple[str, Node]]:
    for path in ctx.code.files_matching(re.compile(r"\b(Depends|Security)\s*\(")):
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            if node.type == "call" and syntax.call_name(node)[0] in ("Depends", "Security"):
                yield path, node


def _named_dependencies(
    ctx: AnalysisContext,
) -> Iterator[tuple[str, Node, Node, FuncRef | ClassRef | None]]:
    """``Depends(name)`` calls: (file, the Depends call, ``name``, what it resolves to)."""
    for path, call in _depends_calls(ctx):
        positional, keywords = syntax.call_arguments(call)
        arg = positional[0] if positional else keywords.get("dependency")
        if arg is not None and arg.type in ("identifier", "attribute"):
            yield path, call, arg, resolve_expr(ctx, arg, path)


def _called_dependencies(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``Depends(get_db())``: the dependency is called, FastAPI gets its result."""
    named = _GEN_OBJECT_RE.search(ctx.message)
    for path, call in _depends_calls(ctx):
        positional, keywords = syntax.call_arguments(call)
        arg = positional[0] if positional else keywords.get("dependency")
        if arg is None or arg.type != "call":
            continue
        inner = arg.child_by_field_name("function")
        if inner is None:
            continue
        target = resolve_expr(ctx, inner, path)
        callee = syntax.text_of(inner)
        matches_message = named is not None and named.group(2).split(".")[-1] == callee.split(".")[-1]
        if isinstance(target, ClassRef) and not matches_message:
            continue  # Depends(RateLimiter(limit=5)): an instance with __call__ is fine
        if isinstance(target, FuncRef) and not (_is_generator(target) or target.is_async) and not matches_message:
            continue  # a factory returning a callable
        if target is None and not matches_message:
            continue
        line = syntax.line_of(call)
        yield _candidate(
            ctx, path, line, line, qualname_at(ctx, path, line),
            f"`Depends({callee}())` calls the dependency instead of passing it",
            f"`Depends({syntax.text_of(arg)})` calls {callee}() when the module is imported and hands FastAPI "
            f"its result ({named.group(1) + ' object' if named else 'not a callable'}), so FastAPI cannot "
            f"inspect or call the dependency: {short(ctx.message, 120)}",
            f"Pass the function itself: `Depends({callee})`.",
            0.9 if matches_message else 0.6,
            [Evidence(path, line, f"`Depends({syntax.text_of(arg)})` passes the result of calling {callee}()")],
        )


_CM_MESSAGE_RE = re.compile(
    r"_?(Async)?GeneratorContextManager|context manager protocol|object is not an (async )?iterator"
)
_CM_DECORATORS = ("contextmanager", "asynccontextmanager")


def _solving_dependencies(ctx: AnalysisContext) -> bool:
    """The failing frames are FastAPI's dependency solver (maybe with no frame of ours at all)."""
    return any(
        f.function in ("solve_dependencies", "_solve_generator")
        for f in ctx.exception.frames
    )


def _context_manager_dependencies(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``Depends(get_db)`` where ``get_db`` is a ``@contextmanager``: FastAPI wraps generator
    dependencies itself, so it gets a context-manager object instead of a generator."""
    if not (_CM_MESSAGE_RE.search(ctx.message) or _solving_dependencies(ctx)):
        return
    done: set[tuple[str, int]] = set()
    on_stack = {(sf.path, sf.qualname) for sf in ctx.stack}
    for path, call, arg, target in _named_dependencies(ctx):
        if not isinstance(target, FuncRef) or (target.path, target.line) in done:
            continue
        route = syntax.enclosing_function(call)
        # a route of the traceback injects it: the likeliest culprit of several
        weight = 1.0 if route is not None and (path, syntax.qualname_of(route)) in on_stack else 0.75
        hit = _cm_decorator(target)
        if hit is None:
            returned = _returned_context_manager(ctx, target)
            if returned is not None:
                done.add((target.path, target.line))
                cand = _returned_manager_candidate(ctx, path, call, arg, target, *returned)
                yield replace(cand, confidence=cand.confidence * weight)
            continue
        done.add((target.path, target.line))
        deco = syntax.text_of(hit)
        line = syntax.line_of(hit)
        use = syntax.line_of(call)
        yield _candidate(
            ctx, target.path, line, target.line, target.qualname,
            f"{target.name}() is decorated `{deco}` but used as a FastAPI dependency",
            f"`{deco}` turns {target.name}() into a context-manager factory; FastAPI drives generator "
            f"dependencies itself, so `Depends({syntax.text_of(arg)})` receives the context manager, not a "
            f"generator: {short(ctx.message, 100)}",
            f"Drop `{deco}` from the dependency (FastAPI handles `yield` dependencies), and keep a separate "
            "context manager for scripts that need `with`.",
            (0.88 if _CM_MESSAGE_RE.search(ctx.message) else 0.6) * weight,
            [
                Evidence(target.path, line, f"`{deco}` wraps the generator in a context manager"),
                Evidence(path, use, f"`{syntax.text_of(call)}` makes FastAPI call {target.name}() per request"),
            ],
        )


def _cm_decorator(func: FuncRef) -> Node | None:
    """The ``@contextmanager`` / ``@asynccontextmanager`` decorator of ``func``, if any."""
    decorated = func.node.parent
    if decorated is None or decorated.type != "decorated_definition":
        return None
    return next(
        (
            d
            for d in decorated.named_children
            if d.type == "decorator"
            and syntax.text_of(d).lstrip("@").split("(")[0].split(".")[-1] in _CM_DECORATORS
        ),
        None,
    )


def _returned_context_manager(ctx: AnalysisContext, func: FuncRef) -> tuple[Node, FuncRef] | None:
    """``return unit_of_work()`` in a dependency, where ``unit_of_work`` is a
    ``@contextmanager``: the dependency hands out the manager, not what it yields."""
    if any(n.type == "yield" for n in syntax.walk(func.node, into_functions=False)):
        return None
    for node in syntax.walk(func.node, into_functions=False):
        if node.type != "return_statement" or not node.named_children:
            continue
        value = syntax.strip_parens(node.named_children[0])
        if value.type != "call":
            continue
        callee = value.child_by_field_name("function")
        target = resolve_expr(ctx, callee, func.path) if callee is not None else None
        if isinstance(target, FuncRef) and _cm_decorator(target) is not None:
            return node, target
    return None


def _returned_manager_candidate(
    ctx: AnalysisContext, path: str, call: Node, arg: Node, dep: FuncRef, ret: Node, cm: FuncRef
) -> Candidate:
    line = syntax.line_of(ret)
    text = short(syntax.text_of(ret), 60)
    keyword = "async with" if syntax.is_async_function(cm.node) else "with"
    deco = _cm_decorator(cm)
    decorated = syntax.text_of(deco).lstrip("@") if deco is not None else "contextmanager"
    return _candidate(
        ctx, dep.path, line, line, dep.qualname,
        f"{dep.name}() returns the {cm.name}() context manager instead of what it yields",
        f"`{text}` hands FastAPI the context-manager object that {cm.name}() builds (it is "
        f"decorated `@{decorated}`); "
        f"`Depends({syntax.text_of(arg)})` injects that object as is, never entered, so the code "
        f"that uses it as the value fails: {short(ctx.message, 100)}",
        f"Make {dep.name}() a generator dependency: `{keyword} {cm.name}() as value: yield value`.",
        0.86 if _CM_MESSAGE_RE.search(ctx.message) else 0.6,
        [
            Evidence(dep.path, line, f"`{text}` returns the manager, not the value it yields"),
            Evidence(cm.path, cm.line, f"{cm.name}() is a context-manager factory"),
            Evidence(path, syntax.line_of(call), f"`{syntax.text_of(call)}` injects what {dep.name}() returns"),
        ],
    )


def _returns_inner_function(func: FuncRef) -> Node | None:
    """``return checker`` where ``checker`` is a function defined inside ``func``: a
    dependency factory, meant to be called (``Depends(require_scope("admin"))``)."""
    inner = {
        syntax.function_name(n)
        for n in syntax.walk(func.node, into_functions=False)
        if n.type == "function_definition" and n is not func.node
    }
    body = func.node.child_by_field_name("body")
    for node in syntax.walk(body, into_functions=False) if body is not None else ():
        if (
            node.type == "return_statement"
            and node.named_children
            and syntax.text_of(node.named_children[0]) in inner
        ):
            return node
    return None


def _uncalled_factories(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``Depends(require_scope)`` where ``require_scope(...)`` builds and returns the real
    dependency: FastAPI calls the factory per request and injects the inner function."""
    if "'function' object" not in ctx.message:
        return
    on_stack = {(sf.path, sf.qualname) for sf in ctx.stack}
    for path, call, arg, target in _named_dependencies(ctx):
        if not isinstance(target, FuncRef):
            continue
        returned = _returns_inner_function(target)
        if returned is None:
            continue
        route = syntax.enclosing_function(call)
        weight = 1.0 if route is not None and (path, syntax.qualname_of(route)) in on_stack else 0.7
        line = syntax.line_of(call)
        params = [p for p in syntax.parameters_of(target.node) if p.name not in ("self", "cls")]
        example = ", ".join(f'"{p.name}"' if not p.default else syntax.text_of(p.default) for p in params[:2])
        yield _candidate(
            ctx, path, line, line, syntax.qualname_of(route) if route is not None else "<module>",
            f"`Depends({syntax.text_of(arg)})` passes the factory; it must be called",
            f"{target.name}() builds the dependency and returns it (`{short(syntax.text_of(returned), 40)}`, "
            f"{target.path}:{syntax.line_of(returned)}). `Depends({syntax.text_of(arg)})` makes FastAPI call "
            f"{target.name}() itself, so the route receives the inner function, not its result: "
            f"{short(ctx.message, 100)}",
            f"Call the factory: `Depends({syntax.text_of(arg)}({example}))`.",
            0.86 * weight,
            [
                Evidence(path, line, f"`{syntax.text_of(call)}` passes {target.name} uncalled"),
                Evidence(target.path, syntax.line_of(returned), f"{target.name}() returns a function"),
            ],
        )


def _plain_defaults(ctx: AnalysisContext) -> Iterator[Candidate]:
    """Route parameters defaulting to a dependency (``db=get_db``, ``repo: Repo = Repo()``) without Depends."""
    message = ctx.message
    wrong = _WRONG_OBJECT_RE.search(message)
    named_class = _CLASS_RE.search(message)
    for route in stack_routes(ctx):
        for param in api_params(route.func, route.path):
            default = param.default
            if default is None or param.source == "depends":
                continue
            target: FuncRef | ClassRef | None = None
            called = False
            if default.type in ("identifier", "attribute"):
                target = resolve_expr(ctx, default, route.func.path)
            elif default.type == "call":
                fn = default.child_by_field_name("function")
                if fn is not None and syntax.call_name(default)[0] not in ("Query", "Path", "Body", "Form", "File", "Header", "Cookie", "Field"):
                    target = resolve_expr(ctx, fn, route.func.path)
                    called = True
            if target is None or (isinstance(target, ClassRef) and _is_value_class(target)):
                continue
            text = syntax.text_of(default)
            confidence = 0.7
            if wrong is not None:
                kind = wrong.group(1)
                if (kind in ("function", "method") and not called) or (kind in ("generator", "async_generator", "coroutine") and called):
                    confidence = 0.9
            if named_class is not None and isinstance(target, ClassRef) and named_class.group(1).split(".")[-1] == target.name:
                confidence = 0.92
            if param.annotation and isinstance(target, ClassRef) and target.name in param.annotation:
                confidence = max(confidence, 0.8)
            what = "the function object" if not called else ("a generator object" if isinstance(target, FuncRef) and _is_generator(target) else "one instance created at import time")
            yield _candidate(
                ctx, route.func.path, param.line, param.line, route.func.qualname,
                f"`{param.name}={text}` in {route.func.qualname}() is not wrapped in Depends()",
                f"{route.func.qualname}() declares `{param.name}` with the default `{text}` instead of "
                f"`Depends({_provider(target)})`: FastAPI does not "
                f"run it as a dependency, so the handler receives {what}"
                + (" (and FastAPI tries to read the parameter from the request)" if isinstance(target, ClassRef) else "")
                + f": {short(ctx.exc_type + ': ' + message, 120)}",
                f"Declare it as a dependency: `{param.name}: {param.annotation or 'Session'} = Depends({_provider(target)})` "
                "(a provider function that builds the object per request).",
                confidence,
                [Evidence(route.func.path, param.line, f"`{param.name}` defaults to `{text}`, not `Depends(...)`")],
            )


_MARKER_OBJECT_RE = re.compile(r"'(Depends|Security|Query|Body|Header|Cookie|Form|File)'")


def _called_directly(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A function whose parameters default to ``Depends()``/``Query()`` is called by our own code:
    nothing resolves the marker, so the function receives the marker object itself."""
    match = _MARKER_OBJECT_RE.search(ctx.message)
    if match is None:
        return
    marker = match.group(1)
    for sf in ctx.stack:
        if sf.func is None:
            continue
        marked = [p for p in api_params(sf.func) if p.explicit and p.default is not None
                  and syntax.call_name(p.default)[0] == marker]
        outer = ctx.outer_of(sf)
        frames = ctx.exception.frames
        if not marked or outer is None or not all(frames[i].in_app for i in range(outer.position + 1, sf.position)):
            continue  # called through library code (FastAPI itself), not directly by ours
        names = ", ".join(f"`{p.name}`" for p in marked)
        yield _candidate(
            ctx, outer.path, outer.line, outer.line, outer.qualname,
            f"{outer.qualname}() calls {sf.qualname}() directly, so its {marker}() defaults are never resolved",
            f"{sf.qualname}() declares {names} with `= {marker}(...)`; only FastAPI resolves those markers, when it "
            f"calls the function as a path operation or dependency. {outer.qualname}() calls it itself without "
            f"passing {names}, so the function gets the {marker} object: {short(ctx.message, 100)}",
            f"Pass {names} explicitly in this call, or split the logic into a plain function that takes the values.",
            0.8,
            [Evidence(sf.func.path, p.line, f"`{p.name}` defaults to `{short(syntax.text_of(p.default), 40)}`") for p in marked[:3]],
        )
        return


def _class_dependencies(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``Depends(SomeClass)`` whose ``__init__`` parameters FastAPI reads from the query string."""
    missing = missing_query_names(ctx.message)
    if not missing:
        return
    for path, call, _arg, target in _named_dependencies(ctx):
        if not isinstance(target, ClassRef):
            continue
        init, params = callable_params(ctx, target)
        hit = [p for p in params if p.name in missing and p.source == "query"]
        if init is None or not hit:
            continue
        names = ", ".join(f"`{p.name}`" for p in hit)
        line = syntax.line_of(call)
        yield _candidate(
            ctx, path, line, line, qualname_at(ctx, path, line),
            f"`Depends({target.name})` makes {target.name}.__init__'s {names} required query parameters",
            f"`Depends({target.name})` asks FastAPI to build a {target.name} per request from the request itself: "
            f"{target.name}.__init__ takes {names}, so FastAPI reads them from the query string and answers 422 "
            "when they are missing.",
            f"Depend on a configured instance (`Depends({target.name}({', '.join(p.name + '=...' for p in hit)}))`, "
            "an instance with __call__) or a provider function.",
            0.85 if len(hit) == len(missing) else 0.65,
            [Evidence(init.path, p.line, f"{target.name}.__init__ parameter `{p.name}` becomes a query parameter") for p in hit],
        )


@register(
    "RC304",
    name="di-misconfiguration",
    title="Dependency injection wired wrongly (called, instantiated or class dependency)",
    exceptions=("TypeError", "AttributeError", "FastAPIError", "AssertionError", "RequestValidationError", "HTTPStatusError"),
    messages=(r"is not a callable object", r"object is not callable", r"Invalid args for response field", r"'query'",
              r"'(Depends|Query|Body|Header|Form|Security|Cookie|File)'"),
)
def di_misconfiguration(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A FastAPI dependency wired so FastAPI never injects it: called, missing Depends(), or a class dependency.

    The shapes: ``Depends(get_db())`` (called), ``db=get_db`` / ``repo: Repo = Repo()`` (no
    ``Depends``), or ``Depends(Class)`` whose ``__init__`` arguments become required query
    parameters.

    Why it matters: each mistake surfaces somewhere else. ``Depends(get_db())`` fails while
    the route is defined with "<generator object get_db> is not a callable object";
    ``db=get_db`` passes the function itself into the handler, which fails later with
    "'function' object has no attribute 'execute'"; ``repo: Repo = Repo()`` makes FastAPI
    treat ``Repo`` as a request field ("Invalid args for response field"); ``Depends(Class)``
    answers 422 for parameters nobody meant to send.

    Example::

        @router.get("/parcels/late")
        def late_parcels(db=open_db):                # <- should be db: Session = Depends(open_db)
            return ParcelStore(db).late()            # AttributeError: 'function' object ...
    """
    message = ctx.message
    seen: set[tuple[str, int]] = set()
    producers = []
    if _GEN_OBJECT_RE.search(message) or "callable" in message:
        producers.append(_called_dependencies(ctx))
    if _WRONG_OBJECT_RE.search(message) or _CLASS_RE.search(message) or "Invalid args" in message:
        producers.append(_plain_defaults(ctx))
    producers.append(_context_manager_dependencies(ctx))
    producers.append(_uncalled_factories(ctx))
    producers.append(_class_dependencies(ctx))
    producers.append(_called_directly(ctx))
    for gen in producers:
        for cand in gen:
            key = (cand.file, cand.line)
            if key not in seen:
                seen.add(key)
                yield cand

