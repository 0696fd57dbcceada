"""Static plan catalog shared by the billing API and the invoice job."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Plan:
    code: str
    name: str
    monthly_price: Decimal
    seats: int


PLANS: tuple[Plan, ...] = (
    Plan("starter", "Starter", Decimal("9.00"), 3),
    Plan("team", "Team", Decimal("29.00"), 10),
    Plan("business", "Business", Decimal("99.00"), 50),
)


def find_plan(code: str) -> Plan | None:
    """Return the plan with the given code, or None when it is unknown."""
    wanted = code.strip().upper()
    for plan in PLANS:
        if plan.code == wanted:
            return plan
    return None


def all_codes() -> list[str]:
    return [plan.code for plan in PLANS]
