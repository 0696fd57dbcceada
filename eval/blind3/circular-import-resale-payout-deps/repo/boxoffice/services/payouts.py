"""Seller payouts: what is owed, and when it can be sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from fastapi import Depends
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from boxoffice.api.deps import get_db
from boxoffice.config import PAYOUT_DELAY_DAYS, PLATFORM_FEE_RATE
from boxoffice.db import Sale, Seller


@dataclass(frozen=True)
class PayoutSummary:
    seller_id: int
    gross: Decimal
    fee: Decimal

    @property
    def net(self) -> Decimal:
        return self.gross - self.fee


def can_receive_payouts(seller: Seller) -> bool:
    return bool(seller.payout_account)


class PayoutService:
    def __init__(self, db: Session) -> None:
        self.db = db

    def pending(self, seller_id: int, now: datetime | None = None) -> PayoutSummary:
        cutoff = (now or datetime.now()) - timedelta(days=PAYOUT_DELAY_DAYS)
        gross = self.db.scalar(
            select(func.coalesce(func.sum(Sale.amount), 0)).where(
                Sale.seller_id == seller_id, Sale.paid_out_at.is_(None), Sale.sold_at <= cutoff
            )
        )
        gross = Decimal(gross)
        fee = (gross * Decimal(PLATFORM_FEE_RATE)).quantize(Decimal("0.01"))
        return PayoutSummary(seller_id, gross, fee)


def get_payout_service(db: Session = Depends(get_db)) -> PayoutService:
    return PayoutService(db)
