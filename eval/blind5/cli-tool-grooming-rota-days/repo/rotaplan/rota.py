from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from rotaplan.staff import WEEKDAYS, Groomer


@dataclass(frozen=True)
class Shift:
    day: date
    groomers: tuple[str, ...]

    @property
    def short_staffed(self) -> bool:
        return len(self.groomers) < 2


def plan_dates(start: date, days: int) -> list[date]:
    return [start + timedelta(days=offset) for offset in range(days)]


def build_rota(staff: list[Groomer], start: date, days: int, per_day: int = 2) -> list[Shift]:
    """Give each open day ``per_day`` groomers, preferring whoever has worked least so far."""
    worked: Counter[str] = Counter()
    rota = []
    for day in plan_dates(start, days):
        weekday = WEEKDAYS[day.weekday()]
        available = [g for g in staff if weekday in g.works and worked[g.name] < g.max_shifts]
        available.sort(key=lambda g: (worked[g.name], g.name))
        chosen = available[:per_day]
        if chosen and not any(g.can_hand_strip for g in chosen):
            stripper = next((g for g in available[per_day:] if g.can_hand_strip), None)
            if stripper is not None:
                chosen[-1] = stripper
        for g in chosen:
            worked[g.name] += 1
        rota.append(Shift(day, tuple(g.name for g in chosen)))
    return rota
