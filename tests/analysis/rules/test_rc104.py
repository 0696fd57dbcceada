from __future__ import annotations

from pathlib import Path


def test_env_var_with_float_default_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("operand_env", "relay", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("relay/settings.py", "<module>", 4)
    assert first.rule == "RC104"
    assert "float(" in (first.fix or "")
