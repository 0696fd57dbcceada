"""``analyze_incident``: from a parsed incident to a ranked, evidenced :class:`Report`.

Stages (each timed in ``Report.timings_ms``): resolve frames onto the repo, load or build
the code index, run the rules that react to the exception, rank, gather the code context.
Nothing here raises on a bad traceback: missing, changed, foreign or unparsable files
give fewer candidates and a warning.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from rootcause.analysis.code import Code, module_names_for
from rootcause.analysis.context import AnalysisContext, gather_context
from rootcause.analysis.rank import rank_candidates
from rootcause.analysis.rules import rules_for
from rootcause.config import Settings
from rootcause.errors import UserError
from rootcause.model import Candidate, ExceptionInfo, Frame, Incident, Report
from rootcause.workspace import Workspace, require_repo_dir

#: How far a traceback line may have moved in a changed file and still be found.
RELOCATE_WINDOW = 40


def _workspace(repo: str | Path | Workspace) -> Workspace:
    if isinstance(repo, Workspace):
        return repo
    return Workspace(require_repo_dir(repo))


def _suffix_match(workspace: Workspace, frame_path: str, files: dict[str, list[str]]) -> str | None:
    """The repo file whose path is the longest suffix of ``frame_path``."""
    parts = frame_path.replace("\\", "/").split("/")
    name = parts[-1]
    best: str | None = None
    best_len = 0
    for rel in files.get(name, []):
        rel_parts = rel.split("/")
        n = 0
        while n < min(len(parts), len(rel_parts)) and parts[-1 - n] == rel_parts[-1 - n]:
            n += 1
        if n > best_len:
            best, best_len = rel, n
    return best


_LIBRARY_MARKERS = (
    "site-packages",
    "dist-packages",
    "/lib/python",
    "<frozen",
    "<string>",
    "\\lib\\",
)


def resolve_frames(incident: Incident, workspace: Workspace, warnings: list[str]) -> Incident:
    """Map frames onto repo files (uses ingest's resolver when available).

    An incident whose frames already name repo files (ingest resolved it against this
    repository) is returned as is.
    """
    if any(f.repo_path for e in incident.exceptions for f in e.frames):
        return incident
    try:
        from rootcause.ingest import paths as ingest_paths
    except ImportError:
        ingest_paths = None  # type: ignore[assignment]
    if ingest_paths is not None:
        try:
            resolved: Incident = ingest_paths.resolve_incident(incident, workspace)
            return resolved
        except Exception as error:  # noqa: BLE001 - fall back to our own mapping
            warnings.append(
                f"frame resolution failed ({type(error).__name__}); used a simple path match"
            )
    by_name: dict[str, list[str]] = {}
    for rel in workspace.python_files:
        by_name.setdefault(rel.rsplit("/", 1)[-1], []).append(rel)
    exceptions: list[ExceptionInfo] = []
    for exc in incident.exceptions:
        frames: list[Frame] = []
        for frame in exc.frames:
            if frame.repo_path is not None:
                frames.append(frame)
                continue
            if any(marker in frame.path for marker in _LIBRARY_MARKERS):
                frames.append(frame)
                continue
            match = _suffix_match(workspace, frame.path, by_name)
            if match is None:
                frames.append(frame)
                continue
            frames.append(replace(frame, in_app=True, repo_path=match, repo_lineno=frame.lineno))
        exceptions.append(replace(exc, frames=tuple(frames)))
    return replace(incident, exceptions=tuple(exceptions))


def _norm(text: str) -> str:
    return "".join(text.split())


def check_frames(incident: Incident, code: Code, warnings: list[str]) -> Incident:
    """Verify each in-app frame's line still matches the repo; relocate small moves, drop the rest."""
    exceptions: list[ExceptionInfo] = []
    reported: set[str] = set()
    for exc in incident.exceptions:
        frames: list[Frame] = []
        for frame in exc.frames:
            location = frame.location
            if not frame.in_app or location is None:
                frames.append(frame)
                continue
            path, line = location
            src = code.source(path)
            if src is None:
                if path not in reported:
                    reported.add(path)
                    warnings.append(
                        f"{path}: in the traceback but not readable in the repo; skipped"
                    )
                frames.append(replace(frame, in_app=False))
                continue
            if src.has_errors and path not in reported:
                reported.add(path)
                warnings.append(f"{path}: has syntax errors; analysis of it may be incomplete")
            if frame.line and _norm(src.line(line)) != _norm(frame.line):
                target = _norm(frame.line)
                moved = None
                for delta in range(1, RELOCATE_WINDOW + 1):
                    for cand in (line - delta, line + delta):
                        if 1 <= cand <= len(src.lines) and _norm(src.lines[cand - 1]) == target:
                            moved = cand
                            break
                    if moved is not None:
                        break
                if moved is not None:
                    warnings.append(
                        f"{path}:{line}: file changed since the traceback; using line {moved}"
                    )
                    frame = replace(frame, repo_lineno=moved)
                elif line > len(src.lines) or not _norm(src.line(line)):
                    warnings.append(f"{path}:{line}: line not in the current file; frame skipped")
                    frame = replace(frame, in_app=False)
                else:
                    warnings.append(
                        f"{path}:{line}: the code differs from the traceback (file changed?)"
                    )
            frames.append(frame)
        exceptions.append(replace(exc, frames=tuple(frames)))
    return replace(incident, exceptions=tuple(exceptions))


def load_index(workspace: Workspace, settings: Settings, warnings: list[str]) -> Any | None:
    try:
        from rootcause.index import build_index
    except ImportError:
        return None
    try:
        return build_index(workspace, cache_dir=settings.cache_dir, use_cache=True)
    except Exception as exc:  # noqa: BLE001 - analysis works without an index
        warnings.append(
            f"code index unavailable ({type(exc).__name__}: {exc}); analysed files on demand"
        )
        return None


def _primary(incident: Incident) -> ExceptionInfo:
    primary = incident.primary
    if any(f.in_app and f.repo_path for f in primary.frames):
        return primary
    for exc in reversed(incident.exceptions):
        if any(f.in_app and f.repo_path for f in exc.frames):
            return exc
    return primary


#: Above this many files the graph neighbourhood is skipped (it costs more than it adds).
NEIGHBOURHOOD_MAX_FILES = 1500


def _ranked_neighbourhood(ctx: AnalysisContext, limit: int = 50) -> list[tuple[Any, float]]:
    """``index.neighbourhood`` seeded by the stack, computed once per analysis."""
    cached = getattr(ctx, "_rc_neighbourhood", None)
    if cached is not None:
        return list(cached)
    index = ctx.index
    result: list[tuple[Any, float]] = []
    neighbourhood = getattr(index, "neighbourhood", None) if index is not None else None
    entries = getattr(index, "entries", None)
    small = entries is None or len(entries) <= NEIGHBOURHOOD_MAX_FILES
    if neighbourhood is not None and ctx.stack and small:
        try:
            result = list(neighbourhood([(sf.path, sf.line) for sf in ctx.stack], limit))
        except Exception:  # noqa: BLE001 - a refinement only
            result = []
    ctx._rc_neighbourhood = result  # type: ignore[attr-defined]
    return result


def _proximity(ctx: AnalysisContext, candidates: list[Candidate]) -> dict[tuple[str, str], float]:
    """1.0 for stack functions and traced places; PageRank-based decay for the rest."""
    prox: dict[tuple[str, str], float] = {}
    for sf in ctx.stack:
        prox[(sf.path, sf.qualname)] = 1.0
    for cand in candidates:
        if len(cand.evidence) >= 2:
            prox.setdefault((cand.file, cand.function), 0.97)
    ranked = _ranked_neighbourhood(ctx)
    top = max((float(score) for _d, score in ranked), default=0.0)
    for definition, score in ranked:
        key = (str(getattr(definition, "path", "")), str(getattr(definition, "qualname", "")))
        if top > 0:
            prox.setdefault(key, 0.85 + 0.15 * float(score) / top)
    return prox


def _neighbours(ctx: AnalysisContext, limit: int = 12) -> list[tuple[str, int, str, float]]:
    ranked = _ranked_neighbourhood(ctx)[:limit]
    out: list[tuple[str, int, str, float]] = []
    top = max((float(s) for _d, s in ranked), default=1.0) or 1.0
    for definition, score in ranked:
        path = getattr(definition, "path", None)
        line = getattr(definition, "line", None)
        if isinstance(path, str) and isinstance(line, int):
            out.append(
                (
                    path,
                    line,
                    f"graph neighbour ({getattr(definition, 'qualname', '')})",
                    float(score) / top,
                )
            )
    return out


def _warn_unmapped(exc: ExceptionInfo, warnings: list[str]) -> None:
    """Warn about application-looking frames below the crash frame that are not in the repo."""
    for frame in reversed(exc.frames):
        if frame.in_app and frame.repo_path:
            return
        path = frame.path.replace("\\", "/")
        if any(marker in path for marker in _LIBRARY_MARKERS) or path.startswith("<"):
            continue
        warnings.append(
            f"{frame.path}:{frame.lineno} ({frame.function}) is not in the repository; skipped"
        )


def run_rules(ctx: AnalysisContext) -> list[Candidate]:
    """Every rule that reacts to ``ctx.exception``; a failing rule becomes a warning."""
    for rule in rules_for(ctx.exception):
        try:
            produced = rule.run(ctx)
        except Exception as error:  # noqa: BLE001 - one broken rule must not sink the report
            ctx.warnings.append(f"rule {rule.code} failed: {type(error).__name__}: {error}")
            continue
        ctx.found.extend(produced)
    return list(ctx.found)


def _chained(
    incident: Incident, primary: ExceptionInfo, ctx: AnalysisContext
) -> list[tuple[ExceptionInfo, float]]:
    """Earlier exceptions of the chain worth analysing, with a weight for their candidates.

    When the primary exception is raised by our code inside an ``except`` block (a wrapper:
    ``raise AppError(...) from exc``), the exception it wraps carries the real cause.
    """
    from rootcause.analysis import syntax

    others = [
        e
        for e in incident.exceptions
        if e is not primary and any(f.in_app and f.repo_path for f in e.frames)
    ]
    if not others:
        return []
    wrapper = False
    crash = ctx.crash
    if crash is not None:
        src = ctx.code.source(crash.path)
        if src is not None:
            stmt = syntax.statement_at(src.root, crash.line)
            if (
                stmt is not None
                and stmt.type == "raise_statement"
                and syntax.enclosing(stmt, {"except_clause"}) is not None
            ):
                wrapper = True
    weight = 1.0 if wrapper else 0.6
    return [(e, weight) for e in others[-2:]]


def analyze_incident(
    incident: Incident,
    *,
    repo: str | Path | Workspace,
    settings: Settings | None = None,
    top: int = 5,
    index: Any | None = None,
) -> Report:
    """Analyse one incident against the repository ``repo``; see the module docstring."""
    settings = settings or Settings()
    timings: dict[str, float] = {}
    warnings: list[str] = list(incident.warnings)
    start = t0 = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        timings[name] = (now - t0) * 1000.0
        t0 = now

    workspace = _workspace(repo)
    incident = resolve_frames(incident, workspace, warnings)
    lap("resolve")
    if index is None:
        index = load_index(workspace, settings, warnings)
    lap("index")
    code = Code(workspace, index)
    incident = check_frames(incident, code, warnings)
    exc = _primary(incident)
    ctx = AnalysisContext(incident, exc, code, settings, warnings)
    _warn_unmapped(exc, warnings)
    found = run_rules(ctx)
    if not ctx.stack:
        if any(f.repo_path for e in incident.exceptions for f in e.frames):
            warnings.append("no frame of the traceback could be read in the repository")
        elif any(c.file for c in found):
            # e.g. FastAPI names the endpoint only inside the message of a response error
            warnings.append(
                "no frame of the traceback maps to the repository; the candidates come from "
                "what the message names"
            )
        else:
            warnings.append(
                f"no frame of the traceback maps to a file in {workspace.root} (wrong --repo?)"
            )
    for other, weight in _chained(incident, exc, ctx):
        octx = AnalysisContext(incident, other, code, settings, warnings)
        found.extend(replace(c, confidence=c.confidence * weight) for c in run_rules(octx))
        ctx.notable.extend(octx.notable)
    lap("rules")
    ranked = rank_candidates(
        found,
        proximity=_proximity(ctx, ctx.found),
        repo_root=workspace.root,
    )
    lap("rank")
    context = gather_context(ctx, ranked[: max(top, 5)], neighbours=_neighbours(ctx))
    lap("context")
    report = Report(
        incident=incident,
        candidates=tuple(ranked[:top]),
        context=context,
        engine="offline",
        warnings=tuple(dict.fromkeys(warnings)),
        timings_ms=timings,
    )
    if settings.resolved_engine == "llm":
        report = _refine_with_llm(
            report, workspace=workspace, settings=settings, index=index, top=top
        )
        lap("llm")
    timings["total"] = (time.perf_counter() - start) * 1000.0
    return replace(report, timings_ms=dict(timings))


def _refine_with_llm(
    report: Report, *, workspace: Workspace, settings: Settings, index: Any, top: int
) -> Report:
    try:
        from rootcause.llm import refine
    except ImportError as exc:
        raise UserError("LLM engine not available in this installation") from exc
    refined: Report = refine(
        report, workspace=workspace, settings=settings, index=index, top=top
    )
    return refined


__all__ = ["analyze_incident", "check_frames", "load_index", "module_names_for", "resolve_frames"]
