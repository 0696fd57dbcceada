"""``rootcause eval``: score the analyzer on eval cases, print a report, optionally gate."""

from __future__ import annotations

import sys
from pathlib import Path

from rootcause.config import Settings
from rootcause.errors import UserError

DEFAULT_CASES_DIR = Path("eval/cases")
ENGINES = ("offline", "llm", "auto")
FORMATS = ("text", "json", "markdown")


def build_settings(engine: str, model: str | None, replay: Path | None) -> Settings:
    """Settings for the analyzer.

    ``offline``: the defaults (so the numbers do not depend on anyone's config). ``llm`` /
    ``auto``: the user config file and environment (model, base URL, key, budget, timeout) under
    the flags; ``replay`` records model replies in that folder and replays them.
    """
    if engine not in ENGINES:
        raise UserError(f"unknown engine {engine!r} (use {', '.join(ENGINES)})")
    if engine == "offline":
        if replay is not None:
            raise UserError("--replay records LLM replies: use it with --engine llm")
        return Settings(engine="offline")
    from rootcause.config import load_settings

    settings = load_settings(None, engine=engine, model=model, replay_dir=replay)
    if settings.resolved_engine == "llm" and not settings.model:
        raise UserError(
            "--engine llm needs a model: pass --model NAME, set ROOTCAUSE_MODEL, "
            "or name one in the user config"
        )
    return settings


def eval_command(
    dirs: list[Path],
    *,
    engine: str,
    output_format: str,
    jobs: int,
    model: str | None,
    gate: Path | None,
    replay: Path | None,
) -> int:
    """Run every case under ``dirs`` (default eval/cases) and report; 1 when the gate fails."""
    from rootcause.evaluation.cases import load_cases
    from rootcause.evaluation.gate import check_gate, load_thresholds
    from rootcause.evaluation.metrics import summarize
    from rootcause.evaluation.render import print_text, render_json, render_markdown
    from rootcause.evaluation.runner import run_cases

    if output_format not in FORMATS:
        raise UserError(f"unknown format {output_format!r} (use {', '.join(FORMATS)})")
    thresholds = load_thresholds(gate) if gate is not None else None
    settings = build_settings(engine, model, replay)
    cases = load_cases(dirs or [DEFAULT_CASES_DIR])
    if not cases:
        where = ", ".join(str(d) for d in dirs or [DEFAULT_CASES_DIR])
        raise UserError(f"no eval cases (folders with expected.json) under {where}")

    jobs = max(1, jobs)
    if settings.resolved_engine == "llm":
        jobs = min(jobs, max(1, settings.llm_concurrency))  # one model call per process at a time
    for warning in settings.warnings:
        print(f"rootcause eval: warning: {warning}", file=sys.stderr)
    results = run_cases(cases, settings=settings, jobs=jobs)
    summary = summarize(results, engine=settings.resolved_engine)

    if output_format == "json":
        sys.stdout.write(render_json(summary))
    elif output_format == "markdown":
        sys.stdout.write(render_markdown(summary))
    else:
        from rich.console import Console

        console = Console()
        if not console.is_terminal:
            console = Console(width=120)
        print_text(summary, console)

    for score in summary.errors:
        print(f"rootcause eval: {score.case_id}: {score.result.error}", file=sys.stderr)
    if thresholds is not None:
        failures = check_gate(summary.metrics, thresholds)
        if failures:
            print(f"rootcause eval: gate failed ({gate}):", file=sys.stderr)
            for failure in failures:
                print(f"  {failure}", file=sys.stderr)
            return 1
        print(f"rootcause eval: gate passed ({gate})", file=sys.stderr)
    return 0
