"""Helpers for the ingest tests: tracebacks are produced by running real code.

``run_python`` runs a script with this interpreter and ``fixtures/hook`` on PYTHONPATH, so an
uncaught exception is printed exactly as usual while its ground truth (computed from the live
exception object by ``fixtures/truth.py``, independent of rootcause) is recorded beside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rootcause.model import Incident

FIXTURES = Path(__file__).parent / "fixtures"
HOOK_DIR = FIXTURES / "hook"


@dataclass
class Run:
    stdout: str
    stderr: str
    truths: list[list[dict[str, Any]]]


def run_script(tmp_path: Path, files: dict[str, str], main: str = "main.py", *args: str) -> Run:
    """Write ``files`` under tmp_path, run ``main``; return its output and recorded truths."""
    for name, body in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(body).lstrip("\n"))
    truth_file = tmp_path / "truth.jsonl"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HOOK_DIR), str(FIXTURES)])
    env["RC_TRUTH"] = str(truth_file)
    env.pop("PYTHONWARNINGS", None)
    proc = subprocess.run(
        [sys.executable, str(tmp_path / main), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    truths = []
    if truth_file.exists():
        truths = [json.loads(line) for line in truth_file.read_text().splitlines() if line]
        truth_file.unlink()
    return Run(proc.stdout, proc.stderr, truths)


def summarize(incident: Incident) -> list[dict[str, Any]]:
    """The parsed incident in the truth's shape."""
    return [
        {
            "type": exc.type,
            "message": exc.message,
            "relation": exc.relation.value if exc.relation else None,
            "depth": exc.group_depth,
            "frames": [
                {"path": f.path, "lineno": f.lineno, "function": f.function} for f in exc.frames
            ],
        }
        for exc in incident.exceptions
    ]


def assert_exact(incident: Incident, truth: list[dict[str, Any]]) -> None:
    """Every exception's type, message, relation, depth and every frame as recorded live."""
    assert summarize(incident) == truth
