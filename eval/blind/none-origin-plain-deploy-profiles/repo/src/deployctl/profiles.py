"""Loading deployment profiles from profiles.toml."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DEFAULT_FILE = Path("profiles.toml")


def load_profiles(path: Path = DEFAULT_FILE) -> dict[str, dict[str, Any]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return data.get("profiles", {})


def get_profile(name: str, path: Path = DEFAULT_FILE) -> dict[str, Any] | None:
    profiles = load_profiles(path)
    key = name.strip().lower().replace("-", "_")
    return profiles.get(key)
