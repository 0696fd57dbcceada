"""Helpers for the RC205/RC3xx rule tests: run a fixture for real, analyse what it printed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from rootcause.analysis.pipeline import analyze_incident
from rootcause.ingest import parse_text
from rootcause.model import Candidate, Report

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def copy(name: str, tmp_path: Path) -> Path:
    dest = tmp_path / name
    shutil.copytree(FIXTURES / name, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache"))
    return dest


def run(repo: Path, args: list[str], env: dict[str, str] | None = None) -> str:
    """Run ``python <args>`` in ``repo`` (a clean environment for the variables the fixtures read)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FX_")}
    full_env.update({"PYTHONPATH": str(repo), "PYTHONDONTWRITEBYTECODE": "1"})
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, *args], cwd=repo, env=full_env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, timeout=120, check=False,
    )
    assert proc.returncode != 0, proc.stdout[-2000:]
    return proc.stdout


def analyse(name: str, tmp_path: Path, args: list[str], env: dict[str, str] | None = None) -> tuple[Report, str]:
    repo = copy(name, tmp_path)
    text = run(repo, args, env)
    parsed = parse_text(text, repo=repo)
    assert parsed.incidents, text
    return analyze_incident(parsed.incidents[-1], repo=repo, top=5), text


def pytest_args(*extra: str) -> list[str]:
    return ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:rootcause", *extra]


def by_rule(report: Report, rule: str) -> list[Candidate]:
    return [c for c in report.candidates if c.rule == rule]


def first(report: Report) -> Candidate:
    assert report.candidates, "no candidate"
    return report.candidates[0]


def text_of(candidate: Candidate) -> str:
    return f"{candidate.title} {candidate.explanation} {candidate.fix or ''}"
