from __future__ import annotations

from pathlib import Path


def test_writer_with_another_date_format_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("date_drift", "weather", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("weather/stage.py", "normalize", 10)
    assert first.rule == "RC106"
    assert '"date"' in first.explanation
