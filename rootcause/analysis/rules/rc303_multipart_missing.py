"""RC303: a Form/File/UploadFile parameter needs python-multipart, which is not installed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence
from rootcause.analysis.rules.rc3_fastapi import (
    ApiParam,
    Route,
    api_params,
    dependency_tree,
    routes,
    signature_end,
    stack_routes,
)
from rootcause.model import Candidate, CandidateKind, Evidence

_MANIFESTS = ("requirements.txt", "requirements.in", "requirements/base.txt", "requirements/prod.txt",
              "pyproject.toml", "setup.cfg", "setup.py", "Pipfile", "environment.yml")


def _form_params(func: FuncRef, path: str = "") -> list[ApiParam]:
    return [p for p in api_params(func, path) if p.source in ("form", "file")]


def _manifest_evidence(ctx: AnalysisContext) -> list[Evidence]:
    """Dependency manifests of the repo that do not list python-multipart."""
    out: list[Evidence] = []
    for name in _MANIFESTS:
        text = ctx.workspace.read_text(name)
        if text is None:
            continue
        if re.search(r"python[-_]multipart", text, re.I):
            continue
        if name == "pyproject.toml" and "dependencies" not in text:
            continue
        line = 1
        match = re.search(r"^\s*(dependencies|install_requires|\[project\])", text, re.M)
        if match is not None:
            line = text.count("\n", 0, match.start()) + 1
        out.append(Evidence(name, line, f"{name} does not list python-multipart"))
    return out


def _routes_to_check(ctx: AnalysisContext) -> list[Route]:
    """The route being defined when the error fired (decorator on the stack), else all routes."""
    return stack_routes(ctx) or routes(ctx)


@register(
    "RC303",
    name="multipart-missing",
    title="Form/File parameters without python-multipart installed",
    exceptions=(),
    messages=(r"python-multipart", r"multipart.*install", r"install.*multipart"),
)
def multipart_missing(ctx: AnalysisContext) -> Iterator[Candidate]:
    """Form/File/UploadFile parameters need python-multipart, which is not installed.

    A route (or one of its dependencies) reads ``Form()`` / ``File()`` / ``UploadFile`` data,
    which FastAPI parses with ``python-multipart``, and that package is not installed.

    Why it matters: FastAPI checks for the package when the route is *defined*, so the
    error fires while the app is imported (uvicorn start-up, test collection), pointing at
    a decorator line or deep inside FastAPI. The rule names the parameter that needs
    multipart (following ``Depends`` chains) and the dependency manifest that lacks it.

    Example::

        @app.post("/albums/{album_id}/photos")
        async def add_photo(album_id: int, photo: UploadFile = File(...)): ...
        # RuntimeError: Form data requires "python-multipart" to be installed.
    """
    manifests = _manifest_evidence(ctx)
    wrong_package = bool(re.search(r'installed "multipart" instead', ctx.message))
    seen: set[tuple[str, int]] = set()
    for route in _routes_to_check(ctx):
        owners: list[tuple[FuncRef, list[ApiParam], str]] = []
        own = _form_params(route.func, route.path)
        if own:
            owners.append((route.func, own, ""))
        for use in dependency_tree(ctx, route.func, route.path):
            target = use.target
            if isinstance(target, FuncRef):
                params = _form_params(target)
                if params:
                    owners.append((target, params, f" (a dependency of {route.func.qualname}, via `{use.param.name}`)"))
        for func, params, via in owners:
            key = (func.path, func.line)
            if key in seen:
                continue
            seen.add(key)
            names = ", ".join(f"`{p.name}`" for p in params)
            kinds = sorted({"File/UploadFile" if p.source == "file" else "Form" for p in params})
            evidence: list[Evidence] = []
            if ctx.crash is not None:
                evidence.append(crash_evidence(ctx, ctx.crash))
            if via:
                evidence.append(Evidence(route.func.path, route.decorator_line, f"{route.func.qualname}() depends on {func.qualname}()"))
            for p in params:
                evidence.append(Evidence(func.path, p.line, f"`{p.name}` is read with {'File/UploadFile' if p.source == 'file' else 'Form'}: parsed by python-multipart"))
            evidence.extend(manifests[:2])
            start = func.header_line()
            end = max(signature_end(func), max(p.line for p in params))
            yield Candidate(
                file=func.path,
                line=start,
                end_line=end,
                function=func.qualname,
                rule="RC303",
                title=f"{func.qualname}() reads {' and '.join(kinds)} data ({names}) but python-multipart is not installed",
                explanation=(
                    f"{func.qualname}(){via} declares {names} with {' / '.join(kinds)}; FastAPI parses form and file "
                    "data with the python-multipart package and refuses to define the route without it, "
                    "so importing the app fails."
                ),
                evidence=tuple(evidence),
                fix=("Uninstall the unrelated `multipart` package and install python-multipart."
                     if wrong_package else
                     "Add python-multipart to the project's dependencies (pip install python-multipart), "
                     "or read the data as JSON (a Pydantic body model) instead of Form/File."),
                kind=CandidateKind.ORIGIN,
                confidence=0.85 if len(seen) == 1 else 0.6,
            )
