import datetime as dt

from sqlalchemy import Date, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ledger.config import settings


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer: Mapped[str] = mapped_column(String(120))
    amount_cents: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3), default=settings.default_currency)
    due_on: Mapped[dt.date] = mapped_column(Date)
    paid: Mapped[bool] = mapped_column(default=False)
