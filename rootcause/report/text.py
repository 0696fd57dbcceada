"""Human output (rich): per candidate the rank, place, title, numbered evidence with code, fix.

Colours only when writing to a terminal; ``NO_COLOR`` is honoured.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rootcause.model import Candidate, CandidateKind, Report
from rootcause.report.excerpt import Excerpts

_KIND_LABEL = {
    CandidateKind.ORIGIN: "origin",
    CandidateKind.SYMPTOM: "symptom",
    CandidateKind.CONTRIBUTING: "contributing",
}


def _use_color(color: bool | None) -> bool:
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(sys.stdout, "isatty", lambda: False)())


def render_text(reports: Sequence[Report], *, repo: Path, color: bool | None = None) -> str:
    from rich.console import Console
    from rich.markup import escape

    use_color = _use_color(color)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=use_color,
        no_color=not use_color,
        color_system="auto" if use_color else None,
        width=max(80, min(140, _terminal_width())),
        highlight=False,
        soft_wrap=True,
    )
    excerpts = Excerpts(repo)
    for n, report in enumerate(reports):
        if n:
            console.print()
            console.rule()
        _render_one(console, report, excerpts, escape)
    return buffer.getvalue()


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 100


def _render_one(console: object, report: Report, excerpts: Excerpts, escape: object) -> None:
    from rich.console import Console
    from rich.markup import escape as esc

    assert isinstance(console, Console)
    exc = report.incident.primary
    console.print(f"[bold red]{esc(exc.type)}[/]: {esc(_first_line(exc.message))}")
    crash = next(
        (f for f in reversed(exc.frames) if f.in_app and f.repo_path),
        None,
    )
    if crash is not None:
        console.print(
            f"  crashed in [cyan]{esc(crash.repo_path or crash.path)}:{crash.repo_lineno or crash.lineno}[/]"
            f" in {esc(crash.function)}()"
        )
    if report.summary:
        console.print(f"  [bold]summary:[/] {esc(report.summary)}")
    console.print()
    if not report.candidates:
        console.print("[yellow]No candidate found in the repository.[/]")
    for cand in report.candidates:
        _render_candidate(console, cand, excerpts)
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {esc(warning)}")
    if report.usage is not None:
        console.print(
            f"[dim]model {esc(report.usage.model)}: {report.usage.prompt_tokens} prompt + "
            f"{report.usage.completion_tokens} completion tokens[/]"
        )


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""


def _render_candidate(console: object, cand: Candidate, excerpts: Excerpts) -> None:
    from rich.console import Console
    from rich.markup import escape as esc

    assert isinstance(console, Console)
    place = f"{cand.file}:{cand.line}" + (f"-{cand.end_line}" if cand.end_line > cand.line else "")
    console.print(
        f"[bold]#{cand.rank}[/] [cyan]{esc(place)}[/]  [bold]{esc(cand.function)}[/]  "
        f"[dim]({_KIND_LABEL[cand.kind]}, {cand.rule}, score {cand.score:.2f})[/]"
    )
    console.print(f"    [bold]{esc(cand.title)}[/]")
    if cand.explanation:
        console.print(f"    {esc(cand.explanation)}")
    if cand.evidence:
        console.print("    [dim]Evidence:[/]")
        shown: tuple[str, int] | None = None
        for i, step in enumerate(cand.evidence, 1):
            console.print(f"      {i}. [cyan]{esc(step.file)}:{step.line}[/]  {esc(step.note)}")
            code = excerpts.line(step.file, step.line)
            # Consecutive steps about one line show its code once.
            if code is not None and code.strip() and shown != (step.file, step.line):
                console.print(f"         [dim]{step.line:>4} |[/] {esc(code.strip())}")
            shown = (step.file, step.line)
    if cand.fix:
        console.print(f"    [green]Fix:[/] {esc(cand.fix)}")
    console.print()
