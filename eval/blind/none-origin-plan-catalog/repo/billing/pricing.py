from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .catalog import find_plan

ANNUAL_DISCOUNT = Decimal("0.15")


def quote(plan_code: str, seats: int, annual: bool = False) -> dict[str, str]:
    plan = find_plan(plan_code)
    extra_seats = max(0, seats - plan.seats)
    monthly = plan.monthly_price + extra_seats * Decimal("4.00")
    total = monthly * 12 * (1 - ANNUAL_DISCOUNT) if annual else monthly
    return {
        "plan": plan.name,
        "billing": "annual" if annual else "monthly",
        "total": str(total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)),
    }
