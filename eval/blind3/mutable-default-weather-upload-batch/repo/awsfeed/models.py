from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    station_id: str
    observed_at: datetime
    variable: str
    value: float
    qc_flag: int = 0
