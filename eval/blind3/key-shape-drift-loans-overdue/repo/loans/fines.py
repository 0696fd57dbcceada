"""Fine schedule (amounts in cents)."""

from __future__ import annotations

from loans.models import OverdueRow

DAILY_RATE_CENTS = {"book": 20, "dvd": 100, "magazine": 10}
CAP_CENTS = {"book": 800, "dvd": 1500, "magazine": 300}


def fine_cents(row: OverdueRow) -> int:
    """Fine accrued so far; junior members are never charged."""
    if row["is_junior"]:
        return 0
    media = row["media"]
    amount = row["days_overdue"] * DAILY_RATE_CENTS.get(media, 20)
    return min(amount, CAP_CENTS.get(media, 800))


def format_cents(cents: int) -> str:
    return f"EUR {cents // 100},{cents % 100:02d}"
