"""Tiny in-memory ledger used by the monthly report (the real one is loaded from the ERP dump)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Entry:
    booked_on: date
    account: str
    amount: Decimal


def sample_entries() -> list[Entry]:
    return [
        Entry(date(2024, 4, 2), "4000 Revenue", Decimal("18250.00")),
        Entry(date(2024, 4, 9), "6100 Rent", Decimal("-4200.00")),
        Entry(date(2024, 4, 17), "4000 Revenue", Decimal("9870.50")),
        Entry(date(2024, 4, 30), "6200 Salaries", Decimal("-15100.00")),
        Entry(date(2024, 5, 1), "6100 Rent", Decimal("-4200.00")),
    ]
