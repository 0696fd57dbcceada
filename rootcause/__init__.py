"""rootcause: offline-first root-cause analysis for Python tracebacks.

The public API is small::

    from rootcause import parse, analyze
    result = parse(text)                       # every traceback in the text
    report = analyze(result.incidents[-1], repo=".")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from rootcause.model import ParseResult, Report

__all__ = ["__version__", "analyze", "parse"]


def parse(text: str, *, repo: str | None = None) -> ParseResult:
    """Find every traceback in ``text`` (optionally mapping frames to files of ``repo``)."""
    from rootcause.ingest import parse_text

    return parse_text(text, repo=repo)


def analyze(incident: Any, *, repo: str = ".", **options: Any) -> Report:
    """Rank the root-cause candidates of one incident against the repository at ``repo``."""
    from rootcause.analysis.pipeline import analyze_incident

    return analyze_incident(incident, repo=repo, **options)
