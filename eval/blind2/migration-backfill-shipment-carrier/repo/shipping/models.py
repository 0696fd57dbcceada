from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Shipment(Base):
    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tracking_no: Mapped[str] = mapped_column(String(40), unique=True)
    recipient: Mapped[str] = mapped_column(String(120))
    weight_grams: Mapped[int] = mapped_column(Integer)
    carrier_code: Mapped[str] = mapped_column(String(8))
