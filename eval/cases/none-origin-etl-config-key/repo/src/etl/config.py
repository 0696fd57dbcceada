"""Pipeline configuration files (JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PipelineConfig:
    name: str
    source: dict[str, Any]
    warehouse: dict[str, Any] | None
    batch_size: int


def load_config(path: Path) -> PipelineConfig:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return PipelineConfig(
        name=raw.get("name", path.stem),
        source=raw["source"],
        warehouse=raw.get("destination"),
        batch_size=int(raw.get("batch_size", 500)),
    )
