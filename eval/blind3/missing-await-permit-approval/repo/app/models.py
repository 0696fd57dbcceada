from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class Permit(Base):
    __tablename__ = "permits"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(200))
    floor_area_m2: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class FeeSchedule(Base):
    __tablename__ = "fee_schedules"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    base_fee: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    per_m2: Mapped[Decimal] = mapped_column(Numeric(10, 2))
