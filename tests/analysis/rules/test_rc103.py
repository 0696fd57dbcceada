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


def test_callable_in_a_dispatch_list_that_differs_from_its_peers_is_the_origin(
    fixture_app, tmp_path: Path
) -> None:
    # exporter(rows, indent=4) is called through a variable: no call site names the callee,
    # but the list it sits in holds two peers that accept the call.
    report, _ = fixture_app.analyse("sig_registry", "exporters", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("exporters/formats.py", "to_markdown")
    assert first.rule == "RC103"
    notes = " ".join(e.note for e in first.evidence)
    assert "stored with 2 other callable(s)" in notes
    assert "to_json(" in notes or "to_csv(" in notes
