from __future__ import annotations

from pathlib import Path

from rootcause.analysis.code import Code
from rootcause.analysis.context import (
    AnalysisContext,
    estimate_tokens,
    gather_context,
    snippet_text,
)
from rootcause.analysis.pipeline import analyze_incident
from rootcause.config import Settings
from rootcause.ingest import parse_text
from rootcause.workspace import Workspace


def test_estimate_tokens_is_close_to_chars_over_four_and_monotonic() -> None:
    code = (
        "def get(self, user_id: int) -> User | None:\n    return self.session.get(User, user_id)\n"
    )
    n = estimate_tokens(code)
    assert len(code) // 4 <= n <= len(code) // 2
    assert estimate_tokens(code * 2) > n
    assert estimate_tokens("") == 0


def test_context_respects_the_budget_and_keeps_the_origin(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("none_origin", tmp_path)
    text = fixture_app.run(repo, "shop")
    incident = parse_text(text, repo=repo).incidents[-1]
    report = analyze_incident(incident, repo=repo)
    ctx = AnalysisContext(
        report.incident, report.incident.primary, Code(Workspace(repo)), Settings()
    )
    for budget in (120, 400, 6000):
        snippets = gather_context(ctx, report.candidates, budget_tokens=budget)
        used = sum(estimate_tokens(snippet_text(ctx, s)) for s in snippets)
        assert used <= budget
    small = gather_context(ctx, report.candidates, budget_tokens=400)
    assert any(s.file == "shop/repository.py" for s in small)
    # Snippets never overlap within a file.
    spans: dict[str, list[tuple[int, int]]] = {}
    for s in gather_context(ctx, report.candidates, budget_tokens=6000):
        for a, b in spans.get(s.file, []):
            assert s.end_line < a or s.start_line > b
        spans.setdefault(s.file, []).append((s.start_line, s.end_line))
