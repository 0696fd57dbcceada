from __future__ import annotations

from pathlib import Path


def test_enum_filter_on_raw_string_field_is_traced(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("empty_filter", "desk", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("desk/load.py", "parse_case")
    assert first.rule == "RC105"
    assert any("declared" in e.note and "State" in e.note for e in first.evidence)
