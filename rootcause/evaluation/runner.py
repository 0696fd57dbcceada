"""Run an analyzer over eval cases, in parallel processes, and collect what it ranked.

The runner is engine-agnostic: an *analyzer* is any picklable callable
``(case, settings) -> CaseOutput``. The default, :func:`pipeline_analyzer`, runs what
``rootcause analyze`` runs (the last incident of ``traceback.txt``, a fresh index of the
case's repo with no cache shared between cases) and also computes the naive baseline.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rootcause.config import Settings
from rootcause.evaluation.cases import MODULE_SCOPE, Case

if TYPE_CHECKING:
    from rootcause.index.repo import RepoIndex
    from rootcause.model import Frame, Incident, Report

#: How many candidates the analyzer is asked for (top-5 is the widest metric).
TOP = 5
#: Lines shown around a module-level frame in the baseline's context.
BASELINE_MODULE_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Prediction:
    """One ranked place, reduced to what scoring needs."""

    file: str
    line: int
    end_line: int
    function: str
    title: str = ""
    explanation: str = ""
    fix: str | None = None
    rule: str = ""

    @property
    def text(self) -> str:
        """Everything the candidate says, for the must_mention check."""
        return "\n".join(part for part in (self.title, self.explanation, self.fix) if part)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "end_line": self.end_line,
            "function": self.function,
            "rule": self.rule,
            "title": self.title,
        }


@dataclass(frozen=True, slots=True)
class Snippet:
    """A span of code the analyzer would show (to a reader or an LLM)."""

    file: str
    start_line: int
    end_line: int


@dataclass(frozen=True, slots=True)
class TokenUsage:
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass(frozen=True, slots=True)
class CaseOutput:
    """What an analyzer produced for one case."""

    candidates: tuple[Prediction, ...]
    context: tuple[Snippet, ...] = ()
    baseline: Prediction | None = None
    baseline_context: tuple[Snippet, ...] = ()
    engine: str = "offline"
    usage: TokenUsage | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One case's outcome: the output, or the error that stopped the analyzer; wall time."""

    case: Case
    output: CaseOutput | None
    latency_ms: float
    error: str | None = None


Analyzer = Callable[[Case, Settings], CaseOutput]


class CaseFailure(Exception):
    """The case could not be analysed (e.g. its traceback.txt holds no traceback)."""


# -- the real pipeline ------------------------------------------------------------------------


def _prediction_from_report(report: Report) -> tuple[Prediction, ...]:
    return tuple(
        Prediction(
            file=c.file,
            line=c.line,
            end_line=max(c.end_line, c.line),
            function=c.function,
            title=c.title,
            explanation=c.explanation,
            fix=c.fix,
            rule=c.rule,
        )
        for c in report.candidates
    )


def _scope_at(index: RepoIndex, path: str, line: int) -> tuple[str, int, int] | None:
    """(qualname, start, end) of the scope at ``path:line``: innermost function, else class.

    This is the convention of ``gold.function`` (see eval/README.md); None at module level.
    """
    scope = index.function_at(path, line) or index.class_at(path, line)
    if scope is None:
        return None
    return scope.qualname, scope.span.start_line, scope.span.end_line


def _located_in_app(frames: Sequence[Frame]) -> list[Frame]:
    return [f for f in frames if f.in_app and f.location is not None]


def crash_frame(incident: Incident) -> Frame | None:
    """The innermost in-app frame of the primary exception that maps to a repo file.

    When the primary exception has none (e.g. FastAPI's ResponseValidationError is raised from
    library code only), the last in-app frame printed by any exception of the incident.
    """
    located = _located_in_app(incident.primary.frames)
    if not located:
        located = [f for exc in incident.exceptions for f in _located_in_app(exc.frames)]
    return located[-1] if located else None


def naive_baseline(
    incident: Incident, index: RepoIndex
) -> tuple[Prediction | None, tuple[Snippet, ...]]:
    """What a tool without analysis would say: the crash frame (see :func:`crash_frame`).

    Its function is the qualified scope at that line (``<module>`` outside any function or
    class), its "explanation" the exception line itself, and its context the code of every
    in-app frame's function of the incident (a few lines around module-level frames).
    """
    crash = crash_frame(incident)
    if crash is None or crash.repo_path is None:
        return None, ()
    context: list[Snippet] = []
    for exc in incident.exceptions:
        for frame in _located_in_app(exc.frames):
            path, line = frame.repo_path or "", frame.repo_lineno or frame.lineno
            scope = _scope_at(index, path, line)
            if scope is None:
                start = max(1, line - BASELINE_MODULE_WINDOW)
                context.append(Snippet(path, start, line + BASELINE_MODULE_WINDOW))
            else:
                context.append(Snippet(path, scope[1], scope[2]))
    path, line = crash.repo_path, crash.repo_lineno or crash.lineno
    scope = _scope_at(index, path, line)
    primary = incident.primary
    message = f"{primary.type}: {primary.message}".strip()
    prediction = Prediction(
        file=path,
        line=line,
        end_line=line,
        function=scope[0] if scope else MODULE_SCOPE,
        title=message,
        explanation=message,
        rule="baseline",
    )
    return prediction, tuple(dict.fromkeys(context))


def pipeline_analyzer(case: Case, settings: Settings) -> CaseOutput:
    """Analyse the last incident of the case's traceback with the real pipeline."""
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.index import build_index
    from rootcause.ingest import parse_text
    from rootcause.workspace import Workspace

    parsed = parse_text(case.read_traceback(), repo=case.repo)
    if not parsed.incidents:
        raise CaseFailure("no traceback found in traceback.txt")
    incident = parsed.incidents[-1]
    with tempfile.TemporaryDirectory(prefix="rootcause-eval-") as cache_dir:
        # one process per case already: the index must not start a pool of its own
        index = build_index(
            Workspace(case.repo), cache_dir=Path(cache_dir), use_cache=False, jobs=1
        )
        report = analyze_incident(incident, repo=case.repo, settings=settings, top=TOP, index=index)
        baseline, baseline_context = naive_baseline(incident, index)
    usage = None
    if report.usage is not None:
        usage = TokenUsage(
            model=report.usage.model,
            prompt_tokens=report.usage.prompt_tokens,
            completion_tokens=report.usage.completion_tokens,
        )
    return CaseOutput(
        candidates=_prediction_from_report(report)[:TOP],
        context=tuple(Snippet(s.file, s.start_line, s.end_line) for s in report.context),
        baseline=baseline,
        baseline_context=baseline_context,
        engine=report.engine,
        usage=usage,
        warnings=tuple(report.warnings),
    )


# -- running ----------------------------------------------------------------------------------


def _describe_error(exc: BaseException) -> str:
    """``Type: message (at file:line in function)`` of the innermost frame, one line."""
    message = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__
    frames = traceback.extract_tb(exc.__traceback__)
    if frames and not isinstance(exc, CaseFailure):
        last = frames[-1]
        text += f" (at {Path(last.filename).name}:{last.lineno} in {last.name})"
    return text


def run_case(case: Case, settings: Settings, analyzer: Analyzer = pipeline_analyzer) -> CaseResult:
    """Run one case; an exception in the analyzer becomes the result's ``error``."""
    started = time.perf_counter()
    try:
        output = analyzer(case, settings)
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop the eval
        elapsed = (time.perf_counter() - started) * 1000
        return CaseResult(case=case, output=None, latency_ms=elapsed, error=_describe_error(exc))
    elapsed = (time.perf_counter() - started) * 1000
    return CaseResult(case=case, output=output, latency_ms=elapsed)


def run_cases(
    cases: Sequence[Case],
    *,
    settings: Settings | None = None,
    jobs: int = 1,
    analyzer: Analyzer | None = None,
    progress: bool | None = None,
) -> list[CaseResult]:
    """Run ``analyzer`` on every case, ``jobs`` processes at a time; results in case order.

    ``analyzer`` defaults to :func:`pipeline_analyzer`; ``progress`` shows a progress bar on
    stderr (default: when stderr is a terminal).
    """
    settings = settings or Settings(engine="offline")
    analyzer = analyzer or pipeline_analyzer
    if progress is None:
        progress = sys.stderr.isatty()
    results: dict[int, CaseResult] = {}
    if jobs <= 1 or len(cases) <= 1:
        advance = _progress_reporter(len(cases)) if progress else None
        try:
            for i, case in enumerate(cases):
                if advance is not None:
                    advance(case.id, False)
                results[i] = run_case(case, settings, analyzer)
                if advance is not None:
                    advance(case.id, True)
        finally:
            if advance is not None:
                advance("", None)
    else:
        _run_parallel(cases, settings, analyzer, min(jobs, len(cases)), results, progress)
    return [results[i] for i in range(len(cases))]


def _run_parallel(
    cases: Sequence[Case],
    settings: Settings,
    analyzer: Analyzer,
    workers: int,
    results: dict[int, CaseResult],
    progress: bool,
) -> None:
    """Run cases in ``workers`` processes.

    Every case is submitted (which starts the worker processes) before the progress bar starts
    its refresh thread, so no thread is running when the workers are forked.
    """
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures: dict[Future[CaseResult], int] = {
            pool.submit(run_case, case, settings, analyzer): i for i, case in enumerate(cases)
        }
        advance = _progress_reporter(len(cases)) if progress else None
        try:
            for future in as_completed(futures):
                i = futures[future]
                try:
                    results[i] = future.result()
                except BrokenProcessPool as exc:
                    error = f"worker process died: {exc}"
                    results[i] = CaseResult(cases[i], None, 0.0, error=error)
                except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable result
                    results[i] = CaseResult(cases[i], None, 0.0, error=_describe_error(exc))
                if advance is not None:
                    advance(cases[i].id, True)
        finally:
            if advance is not None:
                advance("", None)


def _progress_reporter(total: int) -> Callable[[str, bool | None], None]:
    """A callback driving a rich progress bar on stderr: (case id, done?) ; done=None stops it."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    bar = Progress(
        TextColumn("eval"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("", total=total)
    bar.start()

    def advance(case_id: str, done: bool | None) -> None:
        if done is None:
            bar.stop()
        elif done:
            bar.update(task, advance=1, description=case_id)
        else:
            bar.update(task, description=case_id)

    return advance
