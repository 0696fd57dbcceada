from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Apiary:
    apiary_id: str
    name: str
    region: str
    forage: str


@dataclass(frozen=True)
class Hive:
    hive_id: str
    apiary_id: str
    queen_year: int
    colony_type: str


@dataclass(frozen=True)
class Inspection:
    hive_id: str
    inspected_on: date
    brood_frames: int
    varroa_per_100: float
    temper: str
