"""Hours per volunteer, for the monthly thank-you letter and the insurance log."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rota.shifts import Shift


def shift_hours(shift: Shift) -> float:
    worked = shift.ends - shift.starts
    return round(worked.total_seconds() / 3600, 2)


def hours_by_volunteer(shifts: Iterable[Shift]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for shift in shifts:
        totals[shift.volunteer] += shift_hours(shift)
    return dict(sorted(totals.items()))
