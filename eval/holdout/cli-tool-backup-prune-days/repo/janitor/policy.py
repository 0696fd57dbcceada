from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Retention:
    keep_days: int
    keep_min: int = 3

    def cutoff(self, now: datetime) -> datetime:
        return now - timedelta(days=self.keep_days)
