"""RC301: a scalar route parameter is read from the query string while the client sends a body."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short
from rootcause.analysis.rules.rc3_fastapi import (
    ApiParam,
    Route,
    api_params,
    dependency_tree,
    loc_errors,
    path_match,
    request_paths_in,
    routes,
    signature_end,
    url_paths_in,
)
from rootcause.model import Candidate, CandidateKind, Evidence

_BODY_KWARGS = ("json", "data", "content", "files")


def missing_query_names(message: str) -> list[str]:
    """Names FastAPI reported missing at ``loc = ("query", name)``."""
    names: list[str] = []
    for error in loc_errors(message):
        if len(error.loc) >= 2 and error.loc[0] == "query" and error.type == "missing" and error.loc[1] not in names:
            names.append(error.loc[1])
    return names


def is_422(ctx: AnalysisContext) -> bool:
    message = ctx.message
    if re.search(r"\b422\b|Unprocessable", message) or ctx.exc_type == "RequestValidationError":
        return True
    return any(e.loc and e.loc[0] in ("query", "body", "path", "header", "cookie") for e in loc_errors(message))


def requested_paths(ctx: AnalysisContext) -> list[tuple[str, str, int, str]]:
    """(method, path, line, file) of the requests the failing code made (message URLs first)."""
    out: list[tuple[str, str, int, str]] = [("", p, 0, "") for p in url_paths_in(ctx.message)]
    for sf in ctx.stack[:4]:
        if sf.func is None:
            continue
        for method, path, line in request_paths_in(sf.func.node):
            out.append((method, path, line, sf.path))
    return out


def body_sent(ctx: AnalysisContext) -> tuple[str, int, str] | None:
    """(file, line, keyword) of a request in the stack's functions that sends a body."""
    from rootcause.analysis import syntax

    for sf in ctx.stack[:4]:
        if sf.func is None:
            continue
        for call in ctx.code.calls_in(sf.func.node):
            name, receiver = syntax.call_name(call)
            if receiver is None or name not in ("post", "put", "patch", "request", "delete", "send"):
                continue
            keywords = syntax.call_arguments(call)[1]
            for kw in _BODY_KWARGS:
                if kw in keywords:
                    return sf.path, syntax.line_of(call), kw
    return None


@dataclass(frozen=True)
class _Match:
    route: Route
    params: list[ApiParam]
    url_score: int


def _route_score(route: Route, requests: list[tuple[str, str, int, str]]) -> int:
    best = 0
    for method, path, _line, _file in requests:
        score = path_match(route.path, path) if route.path else 0
        if score and method and route.method.upper() not in (method, "API_ROUTE"):
            score = max(1, score - 3)
        best = max(best, score)
    return best


def _own_query_params(route: Route) -> list[ApiParam]:
    # Only parameters FastAPI *infers* as query parameters: an explicit Query() is deliberate.
    return [p for p in api_params(route.func, route.path) if p.source == "query" and not p.explicit]


@register(
    "RC301",
    name="query-vs-body-422",
    title="Scalar parameter read from the query string instead of the body",
    exceptions=("RequestValidationError", "HTTPStatusError", "AssertionError", "HTTPError", "ClientResponseError"),
    messages=(r"\b422\b", r"Unprocessable", r"""['"]query['"]"""),
)
def query_vs_body(ctx: AnalysisContext) -> Iterator[Candidate]:
    """Scalar route parameters are read from the query string while the client sends them in the body (422).

    A route declares plain scalar parameters (``name: str``), which FastAPI reads from the
    query string, while the client sends them in a JSON body: 422 "Field required" at
    ``loc: ["query", name]``.

    Why it matters: the 422 surfaces in the client or the test (an assertion on the status
    code, ``raise_for_status()``), far from the cause: the route's signature. FastAPI only
    reads a body for parameters typed as a Pydantic model or marked ``Body()``; every other
    scalar parameter that is not in the path is a query parameter. The rule finds the route
    the request hit (by URL, method and the missing names) and points at its signature.

    Example::

        @router.post("/boards/{board_id}/cards")
        def pin_card(board_id: int, title: str, lane: str): ...     # <- read from the query

        client.post(f"/boards/{bid}/cards", json={"title": "t", "lane": "l"})    # 422
    """
    if not is_422(ctx):
        return
    missing = missing_query_names(ctx.message)
    requests = requested_paths(ctx)
    sent = body_sent(ctx)
    matches: list[_Match] = []
    for route in routes(ctx):
        url_score = _route_score(route, requests)
        own = _own_query_params(route)
        if missing:
            hit = [p for p in own if p.name in missing]
            if not hit:
                continue
            matches.append(_Match(route, hit, url_score))
        else:
            required = [p for p in own if p.required]
            if url_score and required:
                matches.append(_Match(route, required, url_score))
    if not matches:
        return
    top_url = max(m.url_score for m in matches)
    for match in sorted(matches, key=lambda m: (-len(m.params), -m.url_score)):
        route, params = match.route, match.params
        # A name FastAPI also finds in a dependency's signature is RC304's business.
        dep_names = {p.name for use in dependency_tree(ctx, route.func, route.path) for p in [use.param]}
        names = ", ".join(f"`{p.name}`" for p in params if p.name not in dep_names) or ", ".join(f"`{p.name}`" for p in params)
        confidence = 0.55
        if missing and len(params) == len(missing):
            confidence += 0.2
        if match.url_score and match.url_score == top_url:
            confidence += 0.1
        if sent is not None:
            confidence += 0.05
        if not missing and not sent:
            confidence -= 0.15
        evidence: list[Evidence] = []
        if ctx.crash is not None:
            evidence.append(crash_evidence(ctx, ctx.crash))
        for p in params:
            evidence.append(Evidence(route.func.path, p.line, f"`{p.name}: {p.annotation or 'no annotation'}` has no Body()/model: FastAPI reads it from the query string"))
        if sent is not None:
            evidence.append(Evidence(sent[0], sent[1], f"the request sends the values as a body (`{sent[2]}=`), not as query parameters"))
        method = route.method.upper()
        yield Candidate(
            file=route.func.path,
            line=route.func.line,
            end_line=max(route.func.line, signature_end(route.func)),
            function=route.func.qualname,
            rule="RC301",
            title=f"{names} of {method} {route.path or route.func.name} read from the query string, not the body",
            explanation=(
                f"{route.func.qualname}() declares {names} as plain scalar parameters, so FastAPI expects them "
                f"in the query string; the request sends them in the JSON body, so validation answers 422 "
                f"(missing at loc ['query', ...]). {short(ctx.exc_type + ': ' + ctx.message, 140)}"
            ),
            evidence=tuple(evidence),
            fix=(
                f"Read them from the body: a Pydantic model parameter (e.g. `payload: {route.func.name.title().replace('_', '')}In`) "
                "or `Body(embed=True)` / `Annotated[str, Body()]` for each; or make the client send query parameters."
            ),
            kind=CandidateKind.ORIGIN,
            confidence=min(confidence, 0.9),
        )
