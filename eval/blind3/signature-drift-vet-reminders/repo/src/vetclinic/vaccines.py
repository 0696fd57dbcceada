"""Booster schedules per species (WSAVA-style intervals, in months)."""
from __future__ import annotations

import calendar
from datetime import date

BOOSTER_MONTHS: dict[str, dict[str, int]] = {
    "dog": {"rabies": 36, "dhpp": 36, "lepto": 12, "kennel-cough": 12},
    "cat": {"rabies": 36, "fvrcp": 36, "felv": 12},
    "rabbit": {"rhd2": 12, "myxo": 12},
}
DEFAULT_BOOSTER_MONTHS = 12


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last_day))


def next_due_date(species: str, vaccine: str, last_given: date) -> date:
    """Date the next booster of ``vaccine`` is due for an animal of ``species``."""
    months = BOOSTER_MONTHS.get(species, {}).get(vaccine, DEFAULT_BOOSTER_MONTHS)
    return _add_months(last_given, months)
