from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class HoneyBatch(Base):
    __tablename__ = "honey_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    apiary: Mapped[str] = mapped_column(String(60))
    floral_source: Mapped[str] = mapped_column(String(60))
    extracted_on: Mapped[date]
    moisture_pct: Mapped[float]
    jar_count: Mapped[int] = mapped_column(default=0)
