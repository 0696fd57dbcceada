"""Plain data records for the fuel dock's tank farm."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Tank:
    code: str
    product: str
    capacity_litres: float
    reorder_litres: float


@dataclass(frozen=True)
class TankReading:
    tank_code: str
    taken_at: datetime
    level_litres: float


@dataclass(frozen=True)
class DailyDraw:
    tank_code: str
    litres_per_day: float
