from __future__ import annotations

from pathlib import Path


def test_blocking_helper_called_from_async_is_found_on_timeout(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("blocking", "jobs", tmp_path)
    places = fixture_app.top(report, 3)
    assert ("jobs/handlers.py", "export") in places
    assert ("jobs/polling.py", "wait_for") in places
    first = report.candidates[0]
    assert first.rule == "RC203"
    assert any("time.sleep" in e.note for e in first.evidence)
