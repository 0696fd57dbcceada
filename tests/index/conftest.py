"""Shared fixtures for the index tests: the ``shop`` fixture repo, copied or indexed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from rootcause.index import RepoIndex, build_index
from rootcause.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "shop"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's cache folder from a test."""
    monkeypatch.setenv("ROOTCAUSE_CACHE_DIR", str(tmp_path / "default-cache"))


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A private copy of the fixture repo (tests may edit it)."""
    target = tmp_path / "shop"
    shutil.copytree(FIXTURE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture
def index() -> Iterator[RepoIndex]:
    """The fixture repo indexed in memory (no cache)."""
    idx = build_index(Workspace(FIXTURE), use_cache=False)
    yield idx
    idx.close()
