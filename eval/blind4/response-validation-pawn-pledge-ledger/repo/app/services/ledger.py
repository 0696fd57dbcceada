"""Redemption arithmetic and pledge lifecycle for the counter staff."""
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from app.config import settings
from app.db import Pledge

CENT = Decimal("0.01")


def months_elapsed(pledged_on: date, today: date) -> int:
    """Interest is charged per started month, with a one-month minimum."""
    months = (today.year - pledged_on.year) * 12 + (today.month - pledged_on.month)
    if today.day > pledged_on.day:
        months += 1
    return max(months, 1)


def redemption_amount(pledge: Pledge, today: date) -> Decimal:
    interest = pledge.principal * settings.monthly_rate * months_elapsed(pledge.pledged_on, today)
    return (pledge.principal + interest).quantize(CENT, rounding=ROUND_HALF_UP)


def pledge_status(pledge: Pledge, today: date) -> str:
    if pledge.redeemed_at is not None:
        return "redeemed"
    if pledge.forfeited_at is not None:
        return "forfeited"
    if today <= pledge.due_on:
        return "active"
    if today <= pledge.due_on + timedelta(days=settings.grace_days):
        return "grace"
    return "forfeit"


def pledge_view(pledge: Pledge, today: date) -> dict:
    status = pledge_status(pledge, today)
    owed = redemption_amount(pledge, today) if status in ("active", "grace") else None
    return {
        "ticket_no": pledge.ticket_no,
        "description": pledge.description,
        "principal": pledge.principal,
        "due_on": pledge.due_on,
        "status": status,
        "amount_to_redeem": owed,
    }
