from __future__ import annotations

import json
from dataclasses import dataclass

from ferrywork.settings import get_settings


@dataclass(frozen=True)
class Vessel:
    name: str
    deck_width_m: float
    deck_length_m: float


def load_fleet() -> dict[str, Vessel]:
    path = get_settings().fleet_file
    with path.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    return {name: Vessel(name, spec["deck_width_m"], spec["deck_length_m"]) for name, spec in raw.items()}
