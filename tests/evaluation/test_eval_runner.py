"""The runner with injected analyzers: order, parallel processes, errors, latency."""

from __future__ import annotations

import os
import time
from pathlib import Path

from eval_helpers import CaseFactory

from rootcause.config import Settings
from rootcause.evaluation.cases import Case, load_cases
from rootcause.evaluation.runner import CaseFailure, CaseOutput, Prediction, run_cases


def analyzer_echo_gold(case: Case, settings: Settings) -> CaseOutput:
    """Predicts the gold location, tagged with the process id and the engine it was given."""
    gold = case.gold[0]
    time.sleep(0.01)
    return CaseOutput(
        candidates=(
            Prediction(
                gold.file, gold.start_line, gold.end_line, gold.function, title=str(os.getpid())
            ),
        ),
        engine=settings.engine,
    )


def analyzer_fails_on_bad(case: Case, settings: Settings) -> CaseOutput:
    if case.id.startswith("bad"):
        raise CaseFailure("no traceback found in traceback.txt")
    if case.id.startswith("crash"):
        raise RuntimeError("engine exploded\nsecond line")
    return analyzer_echo_gold(case, settings)


def _cases(make_case: CaseFactory, tmp_path: Path, ids: list[str]) -> list[Case]:
    for case_id in ids:
        make_case(case_id)
    return load_cases([tmp_path / "cases"])


def test_sequential_run_keeps_case_order_and_measures_latency(
    make_case: CaseFactory, tmp_path: Path
) -> None:
    cases = _cases(make_case, tmp_path, ["c-three", "a-one", "b-two"])
    results = run_cases(
        cases,
        settings=Settings(engine="offline"),
        jobs=1,
        analyzer=analyzer_echo_gold,
        progress=False,
    )
    assert [r.case.id for r in results] == ["a-one", "b-two", "c-three"]
    assert all(r.error is None and r.output is not None for r in results)
    assert all(r.latency_ms >= 10 for r in results)
    assert {r.output.candidates[0].title for r in results if r.output} == {str(os.getpid())}


def test_parallel_run_uses_worker_processes(make_case: CaseFactory, tmp_path: Path) -> None:
    ids = [f"case-{n:02d}" for n in range(6)]
    cases = _cases(make_case, tmp_path, ids)
    results = run_cases(
        cases, settings=Settings(engine="llm"), jobs=2, analyzer=analyzer_echo_gold, progress=False
    )
    assert [r.case.id for r in results] == ids
    pids = {r.output.candidates[0].title for r in results if r.output}
    assert str(os.getpid()) not in pids
    assert 1 <= len(pids) <= 2
    assert {r.output.engine for r in results if r.output} == {"llm"}


def test_analyzer_errors_become_case_errors(make_case: CaseFactory, tmp_path: Path) -> None:
    cases = _cases(make_case, tmp_path, ["bad-tb", "crash-engine", "ok"])
    for jobs in (1, 2):
        results = {
            r.case.id: r
            for r in run_cases(cases, jobs=jobs, analyzer=analyzer_fails_on_bad, progress=False)
        }
        assert results["ok"].error is None
        assert results["bad-tb"].output is None
        assert results["bad-tb"].error == "CaseFailure: no traceback found in traceback.txt"
        error = results["crash-engine"].error or ""
        assert error.startswith("RuntimeError: engine exploded (at test_eval_runner.py:")
        assert "second line" not in error


def test_progress_bar_does_not_break_the_run(make_case: CaseFactory, tmp_path: Path) -> None:
    cases = _cases(make_case, tmp_path, ["a", "b", "c"])
    for jobs in (1, 2):
        results = run_cases(cases, jobs=jobs, analyzer=analyzer_echo_gold, progress=True)
        assert len(results) == 3 and all(r.error is None for r in results)


def analyzer_kills_worker(case: Case, settings: Settings) -> CaseOutput:
    if case.id == "dies":
        os._exit(3)
    return analyzer_echo_gold(case, settings)


def test_a_dead_worker_is_reported_not_raised(make_case: CaseFactory, tmp_path: Path) -> None:
    cases = _cases(make_case, tmp_path, ["dies", "fine"])
    results = {
        r.case.id: r
        for r in run_cases(cases, jobs=2, analyzer=analyzer_kills_worker, progress=False)
    }
    assert "worker process died" in (results["dies"].error or "")
    assert results["dies"].output is None
