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


def test_sync_bridge_called_from_async_code_blames_the_async_caller(
    fixture_app, tmp_path: Path
) -> None:
    report, text = fixture_app.analyse("nested_loop", "quotes", tmp_path)
    assert "cannot be called from a running event loop" in text
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("quotes/service.py", "convert", 7)
    assert first.rule == "RC203"
    assert "await fetch_rate(...)" in (first.fix or "")
    # the "never awaited" warning at exit does not make it a missing-await case
    assert all(c.rule != "RC201" for c in report.candidates[:2])
