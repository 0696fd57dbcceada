from __future__ import annotations

from pathlib import Path

from rootcause.model import CandidateKind


def test_plain_crash_points_at_the_crash_function(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("crash_only", "calc", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("calc/stats.py", "mean")
    assert first.line == 3
    assert first.kind is CandidateKind.SYMPTOM
    assert first.score < 0.5  # honest: nothing was traced


def test_rc100_is_documented_and_listed() -> None:
    from rootcause.analysis.rules import get_rule

    rule = get_rule("RC100")
    assert rule is not None and rule.fallback
    assert "Example" in rule.doc
