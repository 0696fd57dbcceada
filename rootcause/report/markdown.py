"""Markdown output (pull requests, issues, chat): a summary table and one section per candidate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rootcause.model import Candidate, Report
from rootcause.report.excerpt import Excerpts


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def render_markdown(reports: Sequence[Report], *, repo: Path) -> str:
    excerpts = Excerpts(repo)
    out: list[str] = []
    for report in reports:
        exc = report.incident.primary
        first = exc.message.strip().splitlines()[0] if exc.message.strip() else ""
        out.append(f"## {_cell(exc.type)}: {_cell(first)}")
        out.append("")
        if report.summary:
            out.append(f"**Summary:** {_cell(report.summary)}")
            out.append("")
        if not report.candidates:
            out.append("_No candidate found in the repository._")
            out.append("")
        else:
            out.append("| # | Where | Function | Score | Rule | Title |")
            out.append("|---|---|---|---|---|---|")
            for cand in report.candidates:
                out.append(
                    f"| {cand.rank} | {_code(f'{cand.file}:{cand.line}')} | {_code(cand.function)} | "
                    f"{cand.score:.2f} | {cand.rule} | {_cell(cand.title)} |"
                )
            out.append("")
            for cand in report.candidates:
                out.extend(_section(cand, excerpts))
        if report.warnings:
            out.append("**Warnings**")
            out.append("")
            out.extend(f"- {_cell(w)}" for w in report.warnings)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _section(cand: Candidate, excerpts: Excerpts) -> list[str]:
    lines = [f"### {cand.rank}. {_cell(cand.title)}", ""]
    lines.append(
        f"{_code(f'{cand.file}:{cand.line}')} in {_code(cand.function)} ({cand.kind.value}, {cand.rule}, score {cand.score:.2f})"
    )
    lines.append("")
    if cand.explanation:
        lines.append(_cell(cand.explanation))
        lines.append("")
    if cand.evidence:
        lines.append("Evidence:")
        lines.append("")
        for i, ev in enumerate(cand.evidence, 1):
            lines.append(f"{i}. {_code(f'{ev.file}:{ev.line}')} {_cell(ev.note)}")
            code = excerpts.line(ev.file, ev.line)
            if code is not None and code.strip():
                lines.append("")
                lines.append("   ```python")
                lines.append(f"   {code.strip()}")
                lines.append("   ```")
        lines.append("")
    if cand.fix:
        lines.append(f"**Fix:** {_cell(cand.fix)}")
        lines.append("")
    return lines
