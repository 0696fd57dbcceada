from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.database import Base


class SkiPass(Base):
    __tablename__ = "ski_passes"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_no: Mapped[str] = mapped_column(String(16), unique=True)
    holder: Mapped[str] = mapped_column(String(80))
    product: Mapped[str] = mapped_column(String(20))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_days: Mapped[int]
    price: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    refunded: Mapped[bool] = mapped_column(default=False)

    scans: Mapped[list[LiftScan]] = relationship(back_populates="ski_pass")
    refunds: Mapped[list[Refund]] = relationship(back_populates="ski_pass")


class LiftScan(Base):
    __tablename__ = "lift_scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("ski_passes.id"))
    lift_code: Mapped[str] = mapped_column(String(8))
    scanned_at: Mapped[datetime] = mapped_column(DateTime)

    ski_pass: Mapped[SkiPass] = relationship(back_populates="scans")


class Refund(Base):
    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("ski_passes.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)

    ski_pass: Mapped[SkiPass] = relationship(back_populates="refunds")
