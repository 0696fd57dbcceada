"""Effective settings = config file, then command-line overrides."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ReindexSettings:
    index: str
    source: Path
    batch_size: int = 500
    refresh: bool = False


def read_config(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def merge(file_values: dict[str, Any], overrides: dict[str, Any]) -> ReindexSettings:
    values = {**file_values, **overrides}
    values["source"] = Path(values["source"])
    return ReindexSettings(**values)
