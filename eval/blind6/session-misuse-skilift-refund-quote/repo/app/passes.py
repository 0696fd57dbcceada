"""Data access for passes and refunds."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database import SessionLocal
from app.models import Refund, SkiPass


def fetch_pass(pass_no: str) -> SkiPass | None:
    with SessionLocal() as session:
        return session.scalar(select(SkiPass).where(SkiPass.pass_no == pass_no))


def save_refund(session: Session, ski_pass: SkiPass, amount: Decimal, reason: str) -> Refund:
    refund = Refund(pass_id=ski_pass.id, amount=amount, reason=reason)
    session.add(refund)
    session.execute(
        SkiPass.__table__.update().where(SkiPass.id == ski_pass.id).values(refunded=True)
    )
    session.commit()
    return refund
