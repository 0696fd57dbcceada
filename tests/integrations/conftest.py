"""Shared fixtures: a copy of a tiny app with a real None-origin bug, and a clean environment."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def app_repo(tmp_path: Path) -> Path:
    """A fresh copy of fixtures/app (shop.service.greeting(2) crashes on a None from find_user)."""
    repo = tmp_path / "app"
    shutil.copytree(FIXTURES / "app", repo, ignore=shutil.ignore_patterns("__pycache__"))
    return repo


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """The environment for a rootcause subprocess: offline, its own cache, no user config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ROOTCAUSE_", "OPENAI_"))}
    env["ROOTCAUSE_CACHE_DIR"] = str(tmp_path / "cache")
    env["ROOTCAUSE_CONFIG"] = str(tmp_path / "no-config.toml")
    env["ROOTCAUSE_ENGINE"] = "offline"
    env.pop("PYTHONUNBUFFERED", None)
    env.pop("NO_COLOR", None)
    return env
