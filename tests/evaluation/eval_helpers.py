"""Build small eval cases in tmp_path (imported by the tests and conftest)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

CaseFactory = Callable[..., Path]


def write_case(
    root: Path,
    case_id: str,
    *,
    category: str = "none-origin",
    gold: list[dict[str, Any]] | None = None,
    must_mention: list[str] | None = None,
    control: bool = False,
    files: dict[str, str] | None = None,
    traceback: str = "Traceback (most recent call last):\nValueError: x\n",
    extra: dict[str, Any] | None = None,
    with_repo_dir: bool = True,
) -> Path:
    """Write a case folder ``root/case_id`` and return it."""
    case_dir = root / case_id
    case_dir.mkdir(parents=True)
    expected: dict[str, Any] = {
        "id": case_id,
        "category": category,
        "description": "test case",
        "gold": gold
        if gold is not None
        else [{"file": "app/service.py", "function": "load", "lines": [3, 3]}],
        "must_mention": must_mention if must_mention is not None else ["none"],
        "control": control,
    }
    expected.update(extra or {})
    (case_dir / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    (case_dir / "traceback.txt").write_text(traceback, encoding="utf-8")
    if with_repo_dir:
        repo = case_dir / "repo"
        repo.mkdir()
        for rel, text in (
            files or {"app/service.py": "def load():\n    x = 1\n    return None\n"}
        ).items():
            path = repo / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return case_dir


CONFIG_PY = """\
def load_settings(raw):
    return {"host": raw["hostname"], "port": int(raw.get("port", 5432))}
"""

STORE_PY = """\
PRICES = {"apple": 3, "pear": 4}


def price_of(name):
    return PRICES.get(name.lower().strip("s"))


def total(items):
    amount = 0
    for name, quantity in items:
        amount += price_of(name) * quantity
    return amount
"""


def _crash(repo: Path, code: str) -> str:
    """Run ``code`` with ``repo`` on the path and return what it printed on stderr."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(repo)}
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1 and "Traceback (most recent call last):" in proc.stderr
    return proc.stderr


def build_tiny_cases(root: Path) -> Path:
    """Two cases under ``root`` whose tracebacks come from running their code: a control (a
    wrong key on the crash line) and a None returned by a lookup one function away."""
    control = write_case(
        root,
        "key-shape-config-host",
        category="key-shape",
        control=True,
        gold=[{"file": "app/config.py", "function": "load_settings", "lines": [2, 2]}],
        must_mention=["hostname"],
        files={"app/__init__.py": "", "app/config.py": CONFIG_PY},
    )
    tb = _crash(
        control / "repo", "from app.config import load_settings\nload_settings({'host': 'db'})"
    )
    (control / "traceback.txt").write_text(tb)
    elsewhere = write_case(
        root,
        "none-origin-price-lookup",
        category="none-origin",
        gold=[{"file": "app/store.py", "function": "price_of", "lines": [5, 5]}],
        must_mention=["None"],
        files={"app/__init__.py": "", "app/store.py": STORE_PY},
    )
    tb = _crash(elsewhere / "repo", "from app.store import total\ntotal([('plums', 2)])")
    (elsewhere / "traceback.txt").write_text(tb)
    return root
