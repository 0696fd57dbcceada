from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    taken_at: datetime
    sensor_id: str
    quantity: str
    value: float
    unit: str

    def shifted(self, delta: float) -> "Reading":
        return replace(self, value=self.value + delta)


@dataclass(frozen=True)
class Calibration:
    sensor_id: str
    offset: float
    valid_from: datetime
