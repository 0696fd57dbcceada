"""Render analysis reports: text (rich), json, markdown, sarif, quickfix.

Every renderer takes a sequence of :class:`~rootcause.model.Report` and returns a string;
code excerpts are read through :class:`~rootcause.workspace.Workspace` only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rootcause.model import Report

FORMATS = ("text", "json", "markdown", "sarif", "quickfix")


def render(
    reports: Sequence[Report], output_format: str, *, repo: Path, color: bool | None = None
) -> str:
    """The reports in ``output_format``; ``color=None`` means "colour when stdout is a TTY"."""
    if output_format == "json":
        from rootcause.report.json import render_json

        return render_json(reports)
    if output_format == "markdown":
        from rootcause.report.markdown import render_markdown

        text: str = render_markdown(reports, repo=repo)
        return text
    if output_format == "sarif":
        from rootcause.report.sarif import render_sarif

        sarif: str = render_sarif(reports, repo=repo)
        return sarif
    if output_format == "quickfix":
        from rootcause.report.quickfix import render_quickfix

        return render_quickfix(reports)
    from rootcause.report.text import render_text

    return render_text(reports, repo=repo, color=color)


__all__ = ["FORMATS", "render"]
