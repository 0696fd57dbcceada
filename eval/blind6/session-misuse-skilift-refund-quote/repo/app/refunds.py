"""Refund policy: unused days are refunded pro rata, minus a handling fee."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.models import SkiPass

HANDLING_FEE = Decimal("5.00")


@dataclass(frozen=True)
class RefundQuote:
    pass_no: str
    days_used: int
    days_left: int
    amount: Decimal


def quote_refund(ski_pass: SkiPass, today: date) -> RefundQuote:
    ridden_days = {scan.scanned_at.date() for scan in ski_pass.scans}
    elapsed = max((today - ski_pass.valid_from).days, 0)
    days_used = max(len(ridden_days), min(elapsed, ski_pass.valid_days))
    days_left = max(ski_pass.valid_days - days_used, 0)
    per_day = ski_pass.price / ski_pass.valid_days
    amount = (per_day * days_left - HANDLING_FEE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return RefundQuote(ski_pass.pass_no, days_used, days_left, max(amount, Decimal("0")))
