"""Every case's ``repro`` still reproduces its committed traceback: same exception type, same
crash frame (innermost in-app frame: repo path + function, when there is one), nothing written
into repo/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from eval_set import case_dirs, crash_signature

from rootcause.evaluation.cases import REPO_DIR, load_case

REPRO_TIMEOUT_S = 120
REPRO_DIRS = [d for d in case_dirs() if (d / "repro").is_file()]


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


@pytest.mark.slow
@pytest.mark.parametrize("case_dir", REPRO_DIRS, ids=[d.name for d in REPRO_DIRS])
def test_repro_reproduces_traceback(case_dir: Path, tmp_path: Path) -> None:
    case = load_case(case_dir)
    own_repo = case.repo == (case_dir / REPO_DIR).resolve()
    before = _tree(case.repo) if own_repo else set()
    out = tmp_path / "out.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    proc = subprocess.run(
        [sys.executable, str(case_dir / "repro"), str(out)],
        cwd=case_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=REPRO_TIMEOUT_S,
        check=False,
    )
    assert proc.returncode == 0, f"repro failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    assert out.is_file(), "repro wrote no output file"

    expected = crash_signature(case, case.read_traceback())
    actual = crash_signature(case, out.read_text(encoding="utf-8", errors="replace"))
    assert expected is not None, "the committed traceback.txt does not parse"
    # (no crash frame in the repo, e.g. ResponseValidationError: then types are compared)
    assert actual == expected
    if own_repo:
        assert _tree(case.repo) == before, "repro wrote files into repo/"
