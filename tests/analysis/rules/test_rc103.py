from __future__ import annotations

from pathlib import Path


def test_stale_keyword_call_site_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("sig_drift", "notify", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("notify/alerts.py", "weekly_digest")
    assert first.rule == "RC103"
    assert "retries" in first.explanation
    # The callee's current signature is part of the evidence.
    assert any("max_attempts" in e.note for e in first.evidence)
