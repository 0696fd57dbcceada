"""Fixtures of the eval tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from eval_helpers import CaseFactory, write_case


@pytest.fixture
def make_case(tmp_path: Path) -> CaseFactory:
    root = tmp_path / "cases"
    root.mkdir(exist_ok=True)

    def factory(case_id: str, **kwargs: Any) -> Path:
        return write_case(root, case_id, **kwargs)

    return factory
