"""Quickfix output: ``file:line:col: message`` lines for vim/emacs/VS Code problem matchers.

One line per candidate (rank order), then one indented ``file:line:col: note`` line per
evidence step so editors that follow "related" entries can jump through the chain.
"""

from __future__ import annotations

from collections.abc import Sequence

from rootcause.model import Report


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_quickfix(reports: Sequence[Report]) -> str:
    lines: list[str] = []
    for report in reports:
        exc = report.incident.primary
        for cand in report.candidates:
            lines.append(
                f"{cand.file}:{cand.line}:1: [{cand.rule} #{cand.rank} {cand.score:.2f}] "
                f"{_one_line(cand.title)} ({exc.short_type})"
            )
            for step in cand.evidence:
                lines.append(f"{step.file}:{step.line}:1: note: {_one_line(step.note)}")
    return "\n".join(lines) + ("\n" if lines else "")
