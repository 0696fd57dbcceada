"""Daily timesheet rows handed to the payroll export."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from payroll.shifts import Shift


def daily_hours(shifts: Iterable[Shift]) -> dict[tuple[str, str], float]:
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for s in shifts:
        totals[(s.badge, s.work_date.isoformat())] += s.hours
    return {key: round(value, 2) for key, value in sorted(totals.items())}
