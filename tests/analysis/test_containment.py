"""Containment: whatever a traceback names, analysis never opens a file outside --repo."""

from __future__ import annotations

import builtins
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rootcause.analysis.pipeline import analyze_incident
from rootcause.ingest import parse_text


def _record_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path opened for reading through the usual doors, as real paths."""
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)):
            opened.append(os.path.realpath(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(os.path.realpath(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    return opened


def test_symlinks_and_absolute_paths_out_of_the_repo_are_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "accounts.py").write_text(
        "def find_account(key):\n    registry = {}\n    return registry.get(key)\n"
    )
    (outside / "helpers.py").write_text("def shout(text):\n    return text.upper()\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    # A symlinked module and a symlinked folder, both pointing out of the repo.
    (repo / "accounts.py").symlink_to(outside / "accounts.py")
    (repo / "vendored").symlink_to(outside, target_is_directory=True)
    (repo / "service.py").write_text(
        "from accounts import find_account\n"
        "from helpers import shout\n"
        "\n"
        "\n"
        "def greeting(key):\n"
        "    account = find_account(key)\n"
        "    return shout(account.owner)\n"
        "\n"
        "\n"
        "if __name__ == '__main__':\n"
        "    greeting('acme')\n"
    )
    # Produce the traceback for real; helpers.py is imported from outside the repo.
    proc = subprocess.run(
        [sys.executable, str(repo / "service.py")],
        env={**os.environ, "PYTHONPATH": f"{repo}{os.pathsep}{outside}"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "AttributeError" in proc.stderr
    # A frame naming the outside file by absolute path, as a library frame would be printed.
    text = proc.stderr.replace(
        "Traceback (most recent call last):\n",
        "Traceback (most recent call last):\n"
        f'  File "{outside / "helpers.py"}", line 2, in shout\n'
        "    return text.upper()\n",
        1,
    )

    opened = _record_opens(monkeypatch)
    incident = parse_text(text, repo=repo).incidents[-1]
    report = analyze_incident(incident, repo=repo)

    # The spy sees the repository's own reads (so it would see a leak too)...
    assert str((repo / "service.py").resolve()) in opened
    # ...and nothing under the outside folder was opened, through a symlink or directly.
    leaked = [p for p in opened if Path(p).is_relative_to(outside.resolve())]
    assert leaked == []
    assert all(not Path(c.file).is_absolute() and ".." not in c.file for c in report.candidates)
    assert all(s.file != "accounts.py" for s in report.context)
