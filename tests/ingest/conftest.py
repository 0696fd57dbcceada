"""Fixtures of the ingest tests (helpers live in ingest_support.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_support import Run, run_script


@pytest.fixture
def run_python(tmp_path: Path) -> Callable[..., Run]:
    """Run a script written from ``files`` in tmp_path; its stderr and recorded truths."""

    def runner(files: dict[str, str], main: str = "main.py", *args: str) -> Run:
        return run_script(tmp_path, files, main, *args)

    return runner
