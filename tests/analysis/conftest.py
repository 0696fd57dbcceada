"""Run a fixture app for real and analyse the traceback it prints."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from rootcause.analysis.pipeline import analyze_incident
from rootcause.ingest import parse_text
from rootcause.model import Report

FIXTURES = Path(__file__).resolve().parent / "rules" / "fixtures"

# Fixture apps may contain their own tests (run by the rule tests, not collected here).
collect_ignore_glob = ["rules/fixtures/*"]


def copy_fixture(name: str, tmp_path: Path) -> Path:
    """Copy ``fixtures/<name>`` to ``tmp_path/<name>`` (tracebacks then name foreign paths)."""
    dest = tmp_path / name
    shutil.copytree(FIXTURES / name, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def run_module(repo: Path, module: str, *args: str, timeout: float = 60.0) -> str:
    """Run ``python -m module`` in ``repo`` and return what it printed (stdout + stderr)."""
    env = {**os.environ, "PYTHONPATH": str(repo), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert "Traceback (most recent call last)" in proc.stdout, proc.stdout[-2000:]
    return proc.stdout


def analyse_fixture(name: str, module: str, tmp_path: Path, *, top: int = 5) -> tuple[Report, str]:
    repo = copy_fixture(name, tmp_path)
    text = run_module(repo, module)
    parsed = parse_text(text, repo=repo)
    assert parsed.incidents, text
    report = analyze_incident(parsed.incidents[-1], repo=repo, top=top)
    return report, text


def top_functions(report: Report, n: int = 3) -> list[tuple[str, str]]:
    return [(c.file, c.function) for c in report.candidates[:n]]


import pytest  # noqa: E402


class FixtureRunner:
    """What rule tests use: run a fixture app, analyse its traceback."""

    copy = staticmethod(copy_fixture)
    run = staticmethod(run_module)
    analyse = staticmethod(analyse_fixture)
    top = staticmethod(top_functions)


@pytest.fixture
def fixture_app() -> FixtureRunner:
    return FixtureRunner()
