"""Loading deployment profiles from TOML files."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "region": "eu-west-1",
    "replicas": 1,
    "image_tag": "latest",
    "healthcheck_path": "/healthz",
}


def read_profile_file(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return data["profile"]


def with_defaults(profile: dict[str, Any]) -> dict[str, Any]:
    merged = dict(DEFAULTS)
    overrides = profile.pop("overrides", {})
    merged.update(profile)
    return merged.update(overrides)


def load_profile(directory: Path, name: str) -> dict[str, Any]:
    raw = read_profile_file(directory / f"{name}.toml")
    return with_defaults(raw)
