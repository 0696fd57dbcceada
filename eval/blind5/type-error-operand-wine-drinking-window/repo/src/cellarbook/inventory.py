from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cellarbook.labels import parse_label


@dataclass
class Bottle:
    bin: str
    producer: str
    cuvee: str
    vintage: int | None
    style: str
    quantity: int
    notes: list[str]

    @property
    def display_name(self) -> str:
        year = self.vintage if self.vintage is not None else "NV"
        return f"{self.producer} {self.cuvee} {year}"


def load_cellar(path: Path) -> list[Bottle]:
    """Read the cellar file written by the mobile app export."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    bottles: list[Bottle] = []
    for entry in payload["bottles"]:
        label = parse_label(entry["label"])
        bottles.append(
            Bottle(
                bin=entry["bin"],
                producer=label.producer,
                cuvee=label.cuvee,
                vintage=label.vintage,
                style=entry.get("style", "red-light"),
                quantity=int(entry.get("quantity", 1)),
                notes=list(entry.get("tasting_notes", [])),
            )
        )
    return bottles
