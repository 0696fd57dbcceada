"""Static network data: lines and the ordered stops they serve."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Line:
    number: str
    name: str
    stops: tuple[str, ...]


def load_network(path: Path) -> dict[str, Line]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        item["number"]: Line(item["number"], item["name"], tuple(item["stops"]))
        for item in data["lines"]
    }
