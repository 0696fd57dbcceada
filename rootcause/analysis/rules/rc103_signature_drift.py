"""RC103: a call and its callee disagree about the parameters (the signature drifted)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short, symptom_at
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_MESSAGE = re.compile(
    r"(?P<func>[\w.<>]+)\(\) (?:"
    r"missing \d+ required (?:positional|keyword-only) arguments?: (?P<missing>.+)"
    r"|got an unexpected keyword argument '(?P<unexpected>\w+)'"
    r"|takes (?:from \d+ to )?(?P<takes>\d+) positional arguments? but (?P<given>\d+) (?:were|was) given"
    r"|got multiple values for argument '(?P<multiple>\w+)'"
    r"|got some positional-only arguments passed as keyword arguments: '(?P<posonly>\w+)'"
    r")"
)
#: Calls that take a function and its arguments: ``partial(f, ...)``, ``pool.submit(f, ...)``.
_FORWARDERS = frozenset(
    {
        "partial",
        "submit",
        "run_in_executor",
        "to_thread",
        "call_soon",
        "call_later",
        "apply_async",
        "add_task",
        "create_task",
        "start_soon",
        "run_sync",
        "Thread",
        "Process",
        "map",
    }
)


@dataclass(frozen=True)
class _Site:
    path: str
    node: Node  # the call expression
    caller: str
    positional: int
    keywords: tuple[str, ...]
    star: bool  # *args / **kwargs present: the count is unknown
    bound: bool  # self/instance call: the first parameter is implicit


def _sites_for(ctx: AnalysisContext, name: str) -> list[_Site]:
    sites: list[_Site] = []
    for site in ctx.code.calls_named(name, limit=40):
        positional, keywords = syntax.call_arguments(site.call)
        func = site.call.child_by_field_name("function")
        bound = func is not None and func.type == "attribute"
        star = _unpacks(site.call, positional)
        caller = site.caller.qualname if site.caller is not None else "<module>"
        sites.append(
            _Site(site.path, site.call, caller, len(positional), tuple(keywords), star, bound)
        )
    # Forwarded references: partial(notify, retries=3), pool.submit(render_preview, src, size)
    for path, ident in ctx.code.references(name, limit=60):
        parent = ident.parent
        if (
            parent is not None
            and parent.type == "attribute"
            and parent.child_by_field_name("attribute") == ident
        ):
            ref = parent
        else:
            ref = ident
        args = ref.parent
        if args is None or args.type != "argument_list" or args.named_children[:1] != [ref]:
            continue
        call = args.parent
        if call is None or call.type != "call" or syntax.call_name(call)[0] not in _FORWARDERS:
            continue
        positional, keywords = syntax.call_arguments(call)
        fn = syntax.enclosing_function(call)
        caller = syntax.qualname_of(fn) if fn is not None else "<module>"
        star = any(a.type in ("list_splat", "dictionary_splat") for a in positional[1:])
        sites.append(
            _Site(
                path,
                call,
                caller,
                len(positional) - 1,
                tuple(keywords),
                star,
                ref.type == "attribute",
            )
        )
    return sites


#: Containers whose values are interchangeable callables: a dispatch table or a handler list.
_REGISTRY_CONTAINERS = frozenset({"dictionary", "list", "tuple", "set"})


def _indirect_site(ctx: AnalysisContext, name: str) -> _Site | None:
    """The crashing call when it calls ``name`` through a variable (``handler(event, ctx)``).

    Of the calls on the crash line, a plain variable or a subscript (``table[kind](...)``)
    is preferred to an attribute (``documents.append(...)``).
    """
    sf = ctx.crash
    if sf is None or sf.func is None:
        return None
    options: list[tuple[bool, Node]] = []
    for node in syntax.walk(sf.func.node, into_functions=False):
        if node.type != "call" or syntax.line_of(node) != sf.line:
            continue
        function = node.child_by_field_name("function")
        if function is None or syntax.call_name(node)[0] == name:
            continue
        if function.type in ("identifier", "subscript", "attribute"):
            options.append((function.type == "attribute", node))
    if not options:
        return None
    node = min(options, key=lambda option: option[0])[1]
    positional, keywords = syntax.call_arguments(node)
    star = _unpacks(node, positional)
    return _Site(sf.path, node, sf.qualname, len(positional), tuple(keywords), star, False)


def _unpacks(call: Node, positional: list[Node]) -> bool:
    """``f(*args)`` / ``f(**kw)``: the argument count cannot be known."""
    return any(a.type in ("list_splat", "dictionary_splat") for a in positional) or any(
        c.type == "dictionary_splat"
        for c in (call.child_by_field_name("arguments") or call).named_children
    )


def _registry_peers(ctx: AnalysisContext, name: str) -> list[tuple[str, Node, list[FuncRef]]]:
    """Where ``name`` sits in a dispatch table or handler list, with the functions beside it.

    (path, where ``name`` is stored, the other functions stored with it): callables stored
    together are called the same way, so they are the yardstick for the one that crashed.
    """
    found: list[tuple[str, Node, list[FuncRef]]] = []
    for path, ident in ctx.code.references(name, limit=40):
        container = ident.parent
        if container is not None and container.type == "pair":
            if container.child_by_field_name("value") != ident:
                continue  # a key, not a stored callable
            container = container.parent  # the dictionary
        if container is None or container.type not in _REGISTRY_CONTAINERS:
            continue
        peers: list[FuncRef] = []
        for item in container.named_children:
            value = item.child_by_field_name("value") if item.type == "pair" else item
            if value is None or value.type != "identifier" or syntax.text_of(value) == name:
                continue
            peers.extend(
                d
                for d in ctx.code.definitions_named(syntax.text_of(value))[:1]
                if isinstance(d, FuncRef)
            )
        if peers:
            found.append((path, ident, peers))
    return found


def _odd_one_out(ctx: AnalysisContext, name: str, callee: FuncRef) -> Iterator[Candidate]:
    """A callable called through a dispatch table whose signature differs from its peers'."""
    site = _indirect_site(ctx, name)
    if site is None:
        return
    problem = _problem(site, callee)
    if problem is None:
        return
    for path, stored, peers in _registry_peers(ctx, name):
        accepting = [p for p in peers if _problem(site, p) is None]
        if not accepting or len(accepting) * 2 < len(peers):
            continue
        other = accepting[0]
        call_text = short(syntax.text_of(site.node), 60)
        evidence = (
            crash_evidence(ctx, ctx.crash, f"crashes: TypeError: {short(ctx.message, 100)}")
            if ctx.crash is not None
            else Evidence(site.path, syntax.line_of(site.node), short(ctx.message, 100)),
            Evidence(
                path,
                syntax.line_of(stored),
                f"{name} is stored with {len(peers)} other callable(s) called the same way",
            ),
            Evidence(callee.path, callee.line, f"its signature: {_signature(callee)}"),
            Evidence(
                other.path,
                other.line,
                f"{len(accepting)} of {len(peers)} peers accept `{call_text}`, e.g. {_signature(other)}",
            ),
        )
        yield Candidate(
            file=callee.path,
            line=callee.line,
            end_line=callee.line,
            function=callee.qualname,
            rule="RC103",
            title=f"{callee.qualname}() does not take what its dispatcher passes",
            explanation=(
                f"{site.caller}() calls every entry of the table the same way (`{call_text}`); "
                f"{other.qualname}() and the other peers accept that, but {callee.qualname}() "
                f"does not: the call {problem}."
            ),
            evidence=evidence,
            fix=f"Give {callee.qualname}() the parameters its peers have: {_signature(other)}.",
            kind=CandidateKind.ORIGIN,
            confidence=0.85,
        )
        return


def _problem(site: _Site, func: FuncRef) -> str | None:
    """Why ``site`` cannot call ``func`` as written, or None when it can (or cannot tell)."""
    params = syntax.parameters_of(func.node)
    if params and params[0].name in ("self", "cls") and func.class_node is not None:
        params = params[1:]
    positional = [p for p in params if p.kind == "positional"]
    keyword_only = [p for p in params if p.kind == "keyword_only"]
    var_pos = any(p.kind == "var_positional" for p in params)
    var_kw = any(p.kind == "var_keyword" for p in params)
    names = {p.name for p in positional} | {p.name for p in keyword_only}
    for kw in site.keywords:
        if kw not in names and not var_kw:
            return f"passes `{kw}=`, which {func.qualname}() does not accept"
    if site.star:
        return None
    if site.positional > len(positional) and not var_pos:
        return f"passes {site.positional} positional argument(s); {func.qualname}() takes {len(positional)}"
    filled = set(site.keywords) | {p.name for p in positional[: site.positional]}
    missing = [
        p.name for p in positional + keyword_only if p.default is None and p.name not in filled
    ]
    if missing:
        return f"does not pass {', '.join(missing)}, which {func.qualname}() requires"
    return None


def _signature(func: FuncRef) -> str:
    params = func.node.child_by_field_name("parameters")
    return f"{func.qualname}{short(syntax.text_of(params), 90)}"


@register(
    "RC103",
    name="signature-drift",
    title="Call site and callee disagree about the parameters",
    exceptions=("TypeError",),
    messages=(r"\(\) (missing \d+ required|got an unexpected keyword|takes .* positional)",),
)
def signature_drift(ctx: AnalysisContext) -> Iterator[Candidate]:
    """TypeError missing / unexpected argument: the call and the callee's current parameters differ.

    Why it matters: after a parameter is renamed, added or made keyword-only, the calls that
    were not updated fail only when they run, often far away (inside ``functools.partial``,
    a thread pool, a retry wrapper forwarding ``**kwargs``). The rule finds the callee
    named in the message, every call site and forwarded reference of it in the repo, and
    compares them with its signature. When the failing call agrees with the other
    implementations of the same method (an override kept the old signature), the callee is
    the odd one out; otherwise the stale call site is.

    Example::

        def render_preview(page, out_dir, size): ...
        pool.submit(render_preview, page, size)    # <- origin: out_dir not passed
    """
    match = _MESSAGE.search(ctx.message)
    if match is None:
        return
    qual = match.group("func")
    name = qual.rsplit(".", 1)[-1]
    callees = [d for d in ctx.code.definitions_named(name) if isinstance(d, FuncRef)]
    exact = [f for f in callees if f.qualname == qual or f.qualname.endswith("." + qual)]
    callees = exact or callees
    if not callees:
        return
    sf = ctx.crash
    crash_note = f"crashes: TypeError: {short(ctx.message, 100)}"
    incompatible: list[tuple[_Site, FuncRef, str]] = []
    compatible_sites = 0
    sites = _sites_for(ctx, name)
    for site in sites:
        for func in callees[:3]:
            problem = _problem(site, func)
            if problem is not None:
                incompatible.append((site, func, problem))
                break
        else:
            compatible_sites += 1
    callee = callees[0]
    # Overrides: other methods with the same name in sibling classes that accept the call.
    siblings = [
        d
        for d in ctx.code.definitions_named(name)
        if isinstance(d, FuncRef) and d.class_node is not None and d not in callees
    ]
    yielded = False
    if not incompatible:
        for candidate in _odd_one_out(ctx, name, callee):
            yielded = True
            yield candidate
    for site, func, problem in incompatible[:4]:
        accepted_elsewhere = [s for s in siblings if _problem(site, s) is None]
        evidence = (
            *((crash_evidence(ctx, sf, crash_note),) if sf is not None else ()),
            Evidence(
                site.path,
                syntax.line_of(site.node),
                f"{site.caller}() {problem}: `{short(syntax.text_of(site.node), 70)}`",
            ),
            Evidence(func.path, func.line, f"the callee's current signature: {_signature(func)}"),
        )
        if accepted_elsewhere and func.class_node is not None:
            other = accepted_elsewhere[0]
            yield Candidate(
                file=func.path,
                line=func.line,
                end_line=func.end_line if func.end_line - func.line < 6 else func.line,
                function=func.qualname,
                rule="RC103",
                title=f"{func.qualname}() kept an old signature",
                explanation=(
                    f"{site.caller}() calls {name}() the way {other.qualname}() accepts, but the override "
                    f"{func.qualname}() does not: {problem}."
                ),
                evidence=(
                    *evidence,
                    Evidence(
                        other.path,
                        other.line,
                        f"{other.qualname}() accepts the call: {_signature(other)}",
                    ),
                ),
                fix=f"Update {func.qualname}()'s parameters to match {other.qualname}().",
                kind=CandidateKind.ORIGIN,
                confidence=0.85,
            )
            yield Candidate(
                file=site.path,
                line=syntax.line_of(site.node),
                end_line=syntax.end_line_of(site.node),
                function=site.caller,
                rule="RC103",
                title=f"the call in {site.caller}() does not fit {func.qualname}()",
                explanation=f"{site.caller}() {problem}.",
                evidence=evidence,
                fix=None,
                kind=CandidateKind.CONTRIBUTING,
                confidence=0.45,
            )
        else:
            yield Candidate(
                file=site.path,
                line=syntax.line_of(site.node),
                end_line=syntax.end_line_of(site.node),
                function=site.caller,
                rule="RC103",
                title=f"stale call: {site.caller}() calls {func.qualname}() with the old parameters",
                explanation=(
                    f"{site.caller}() {problem} ({site.path}:{syntax.line_of(site.node)}). "
                    + (
                        f"{compatible_sites} other call site(s) already use the current signature."
                        if compatible_sites
                        else ""
                    )
                ),
                evidence=evidence,
                fix=f"Update the call to {func.qualname}() to its current signature: {_signature(func)}.",
                kind=CandidateKind.ORIGIN,
                confidence=0.85 if compatible_sites or len(incompatible) == 1 else 0.7,
            )
            yield Candidate(
                file=func.path,
                line=func.line,
                end_line=func.line,
                function=func.qualname,
                rule="RC103",
                title=f"{func.qualname}()'s signature changed",
                explanation=f"The callee's parameters: {_signature(func)}.",
                evidence=evidence[-1:],
                fix=None,
                kind=CandidateKind.CONTRIBUTING,
                confidence=0.4,
            )
        yielded = True
    if not yielded and sf is not None:
        yield symptom_at(
            ctx,
            sf,
            rule="RC103",
            title=f"call does not match {callee.qualname}()",
            explanation=f"{short(ctx.message, 120)}; the callee's signature is {_signature(callee)}.",
            fix=f"Call {callee.qualname}() with its current parameters.",
            confidence=0.5,
            evidence=(
                Evidence(
                    callee.path,
                    callee.line,
                    f"the callee's current signature: {_signature(callee)}",
                ),
            ),
        )
