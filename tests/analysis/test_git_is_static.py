"""Blaming candidate lines must never run code the analysed repository defines in its git config."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from rootcause.analysis.rank import git_recency
from rootcause.model import Candidate

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_blame_runs_no_filter_textconv_or_fsmonitor_of_the_repo(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "dev@example.com")
    _git(repo, "config", "user.name", "dev")
    (repo / "app.py").write_text("def f():\n    return None\n")
    _git(repo, "add", "app.py")
    _git(repo, "commit", "-q", "-m", "one")
    (repo / "app.py").write_text("def f():\n    return None\n\n\ndef g():\n    return f().x\n")
    _git(repo, "commit", "-q", "-am", "two")

    # A hostile checkout: drivers and hooks that would leave a marker if git ran them.
    marker_dir = tmp_path / "markers"
    marker_dir.mkdir()
    for kind in ("clean", "smudge", "textconv", "fsmonitor"):
        script = tmp_path / f"{kind}.sh"
        script.write_text(f"#!/bin/sh\ntouch {marker_dir / kind}\ncat\n")
        script.chmod(0o755)
    _git(repo, "config", "filter.evil.clean", str(tmp_path / "clean.sh"))
    _git(repo, "config", "filter.evil.smudge", str(tmp_path / "smudge.sh"))
    _git(repo, "config", "diff.evil.textconv", str(tmp_path / "textconv.sh"))
    _git(repo, "config", "core.fsmonitor", str(tmp_path / "fsmonitor.sh"))
    (repo / ".gitattributes").write_text("*.py filter=evil diff=evil\n")

    candidate = Candidate(
        file="app.py", line=6, end_line=6, function="g", rule="RC101", title="t", explanation="e"
    )
    git_recency(repo, [candidate])

    assert sorted(p.name for p in marker_dir.iterdir()) == []
