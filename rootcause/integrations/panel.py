"""The compact root-cause panel printed under a live traceback, and incident fingerprints.

Pure string formatting (no rich): the live wrapper imports this in the process that passes
the command's output through, so it must stay light.
"""

from __future__ import annotations

import hashlib
import re

from rootcause.model import Candidate, Incident, Report

#: Parts of a message that differ between otherwise identical failures (ids, addresses).
_VOLATILE = re.compile(r"0x[0-9a-fA-F]+|\d+")

PANEL_MARK = "rootcause"


def fingerprint(incident: Incident) -> str:
    """A stable key for "the same traceback": exception types, frames and the message shape."""
    digest = hashlib.sha1(usedforsecurity=False)
    for exc in incident.exceptions:
        digest.update(exc.type.encode())
        digest.update(_VOLATILE.sub("#", exc.message.strip().splitlines()[0] if exc.message.strip() else "").encode())
        for frame in exc.frames:
            digest.update(f"\0{frame.path}\0{frame.lineno}\0{frame.function}".encode())
        digest.update(b"\1")
    return digest.hexdigest()[:16]


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def headline(incident: Incident) -> str:
    """``Type: first line of the message`` of the exception that propagated."""
    exc = incident.primary
    first = exc.message.strip().splitlines()[0] if exc.message.strip() else ""
    return _one_line(f"{exc.short_type}: {first}" if first else exc.short_type)


def _place(cand: Candidate) -> str:
    return f"{cand.file}:{cand.line}"


def panel_lines(
    report: Report, *, number: int, full_report: str | None = None, others: int = 2
) -> list[str]:
    """The panel as plain lines: headline, top cause with its first explanation, fix, others."""
    lines = [f"┌─ {PANEL_MARK} #{number} · {headline(report.incident)}"]
    if not report.candidates:
        lines.append("│ no root cause found in the repository")
        for warning in report.warnings[:2]:
            lines.append(f"│   note: {_one_line(warning)}")
    else:
        top = report.candidates[0]
        lines.append(
            f"│ root cause: {_place(top)} in {top.function}  ({top.rule}, {top.kind.value}, score {top.score:.2f})"
        )
        lines.append(f"│   {_one_line(top.title)}")
        if top.evidence:
            first, last = top.evidence[0], top.evidence[-1]
            lines.append(f"│   evidence: {len(top.evidence)} steps, from {first.file}:{first.line} to {last.file}:{last.line}")
        if top.fix:
            lines.append(f"│   fix: {_one_line(top.fix)}")
        rest = report.candidates[1 : 1 + others]
        if rest:
            shown = ", ".join(f"{_place(c)} ({c.kind.value})" for c in rest)
            lines.append(f"│ also: {shown}")
    lines.append(f"└─ full report: {full_report}" if full_report else "└─")
    return lines


def error_lines(incident: Incident, *, number: int, error: str) -> list[str]:
    """What to print when the analysis of a traceback failed."""
    return [
        f"┌─ {PANEL_MARK} #{number} · {headline(incident)}",
        f"│ analysis failed: {_one_line(error)}",
        "└─",
    ]


def repeat_line(number: int, count: int, report: Report | None) -> str:
    """One line for a traceback identical to one already analysed."""
    where = f": root cause {_place(report.candidates[0])}" if report and report.candidates else ""
    return f"── {PANEL_MARK}: same traceback as #{number} (seen {count} times){where}"


def is_panel_line(line: str) -> bool:
    """True for lines this module prints (lets tests and tools strip the panels)."""
    return line.startswith(("┌─ " + PANEL_MARK, "│ ", "└─", "── " + PANEL_MARK))


def section_text(report: Report, *, top: int = 3) -> str:
    """The "root cause" section of a failing test: top candidates, the first with its evidence."""
    if not report.candidates:
        lines = ["no root cause found in the repository"]
        lines.extend(f"note: {_one_line(w)}" for w in report.warnings[:3])
        return "\n".join(lines) + "\n"
    lines = []
    for cand in report.candidates[:top]:
        lines.append(
            f"#{cand.rank} {_place(cand)} in {cand.function}  ({cand.rule}, {cand.kind.value}, score {cand.score:.2f})"
        )
        lines.append(f"   {_one_line(cand.title)}")
        if cand is report.candidates[0]:
            for n, step in enumerate(cand.evidence, 1):
                lines.append(f"   {n}. {step.file}:{step.line}  {_one_line(step.note)}")
        if cand.fix:
            lines.append(f"   fix: {_one_line(cand.fix)}")
    return "\n".join(lines) + "\n"
