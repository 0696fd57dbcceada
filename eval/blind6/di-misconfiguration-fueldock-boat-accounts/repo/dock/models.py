from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Numeric, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dock.database import Base


class BoatAccount(Base):
    __tablename__ = "boat_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    vessel_name: Mapped[str] = mapped_column(String(120))
    berth: Mapped[str | None] = mapped_column(String(12))
    credit_limit: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("500.00"))
    balance: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0.00"))

    sales: Mapped[list[FuelSale]] = relationship(back_populates="account")


class FuelSale(Base):
    __tablename__ = "fuel_sales"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("boat_accounts.id"))
    product: Mapped[str] = mapped_column(String(20))
    litres: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    sold_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    account: Mapped[BoatAccount] = relationship(back_populates="sales")
