"""Helpers for eval cases' ``repro`` scripts: run the case's code for real and keep what it printed.

A ``repro`` script lives in ``eval/cases/<id>/repro`` and is run as ``python repro [OUTPUT]``.
It imports this module (``sys.path.insert(0, <eval dir>)``), runs the case's code in a
subprocess with the current interpreter, and writes the captured output verbatim to OUTPUT
(default: ``traceback.txt`` beside the script). Nothing is written into the case's ``repo/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def case_dir(script_file: str) -> Path:
    """The case folder of a repro script (pass ``__file__``)."""
    return Path(script_file).resolve().parent


def output_path(script_file: str) -> Path:
    """OUTPUT from argv, or ``traceback.txt`` beside the script."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1]).resolve()
    return case_dir(script_file) / "traceback.txt"


@contextmanager
def copied_repo(script_file: str, mount: str = "app") -> Iterator[Path]:
    """Copy the case's ``repo/`` to a temporary ``/tmp/<random>/<mount>`` and yield that folder.

    Running from a copy gives tracebacks the foreign absolute paths real reports have
    (a container's ``/srv/app/...``-like prefix) and keeps ``repo/`` free of caches and databases.
    """
    src = case_dir(script_file) / "repo"
    with tempfile.TemporaryDirectory(prefix="rc-case-") as tmp:
        dest = Path(tmp) / mount
        shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.db"))
        yield dest


def run(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 60.0,
    merge_streams: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` (``python`` is replaced by the current interpreter) and capture its output."""
    argv = [sys.executable if a == "python" else a for a in argv]
    full_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
    full_env.pop("PYTHONPATH", None)
    full_env.update({"PYTHONPATH": str(cwd)})
    if env:
        full_env.update(env)
    return subprocess.run(
        list(argv),
        cwd=cwd,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_streams else subprocess.PIPE,
        text=True,
        timeout=timeout,
        check=False,
    )


def write(script_file: str, text: str, *, expect: str) -> None:
    """Write the captured output; exit 1 if ``expect`` (an exception type name) is not in it."""
    out = output_path(script_file)
    if expect not in text:
        sys.stderr.write(f"repro: expected {expect!r} in the output, got:\n{text[-4000:]}\n")
        sys.exit(1)
    out.write_text(text, encoding="utf-8")
