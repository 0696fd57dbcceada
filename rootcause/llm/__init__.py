"""The LLM analysis path: any OpenAI-compatible model, small redacted context, safe output.

Public API (imported lazily so that ``import rootcause.llm`` stays light and never
imports ``openai``; the SDK is imported only when a request is actually made)::

    refine(report, workspace=..., settings=..., index=None, top=None) -> Report
    render_prompt(report, workspace=..., settings=...) -> str

See docs/llm.md for configuration and the merge of the two rankings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rootcause.config import Settings
    from rootcause.model import Report
    from rootcause.workspace import Workspace

__all__ = ["refine", "render_prompt"]


def refine(
    report: Report,
    *,
    workspace: Workspace,
    settings: Settings,
    index: Any | None = None,
    top: int | None = None,
) -> Report:
    """Confirm, reject and extend the offline candidates with the configured model."""
    from rootcause.llm.engine import refine as _refine

    return _refine(report, workspace=workspace, settings=settings, index=index, top=top)


def render_prompt(report: Report, *, workspace: Workspace, settings: Settings) -> str:
    """Exactly what would be sent to the model for ``report``; sends nothing."""
    from rootcause.llm.engine import render_prompt as _render_prompt

    return _render_prompt(report, workspace=workspace, settings=settings)
