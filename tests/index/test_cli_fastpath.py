"""``rootcause analyze`` skips typer for plain invocations, with the very same arguments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rootcause import entry
from rootcause.cli import app

PLAIN = [
    [],
    ["tb.txt"],
    ["-"],
    ["tb.txt", "--repo", "some/dir", "--format", "json"],
    ["--format=sarif", "-r", "x", "tb.txt", "--top", "3"],
    ["-n", "7", "-f", "quickfix", "--engine", "offline", "--model", "m1", "--all"],
    ["--show-prompt", "--engine=llm", "--top=1", "--repo="],
    ["tb.txt", "--model", "-weird-name"],
]
ODD = [
    ["--help"],
    ["-h"],
    ["a.txt", "b.txt"],
    ["--format", "yaml"],
    ["--top", "0"],
    ["--top", "x"],
    ["--top", "+3"],
    ["--repo"],
    ["--unknown"],
    ["-fjson"],
    ["--", "tb.txt"],
    ["--Format", "json"],
]


def _typer_kwargs(args: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any] | None:
    seen: dict[str, Any] = {}

    def fake(file: str, **kwargs: Any) -> int:
        seen.update(kwargs, file=file)
        return 0

    monkeypatch.setattr("rootcause.analysis.command.analyze_command", fake)
    result = CliRunner().invoke(app, ["analyze", *args])
    return seen if result.exit_code == 0 and seen else None


@pytest.mark.parametrize("args", PLAIN)
def test_plain_arguments_map_exactly_as_typer_maps_them(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = entry.analyze_arguments(args)
    assert fast is not None
    assert fast == _typer_kwargs(args, monkeypatch)


@pytest.mark.parametrize("args", ODD)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert entry.analyze_arguments(args) is None


def test_fast_path_turns_user_errors_into_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["rootcause", "analyze", str(tmp_path / "missing.txt")])
    with pytest.raises(SystemExit) as stopped:
        entry.main()
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("rootcause: error: ") and "missing.txt" in err
    assert err.count("\n") == 1
