from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from app.config import settings

engine = create_engine(settings.database_url, connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    id_document: Mapped[str] = mapped_column(String(40), unique=True)

    pledges: Mapped[list["Pledge"]] = relationship(back_populates="customer")


class Pledge(Base):
    __tablename__ = "pledges"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_no: Mapped[str] = mapped_column(String(16), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    description: Mapped[str] = mapped_column(String(200))
    principal: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    pledged_on: Mapped[date]
    due_on: Mapped[date]
    redeemed_at: Mapped[datetime | None]
    forfeited_at: Mapped[datetime | None]

    customer: Mapped[Customer] = relationship(back_populates="pledges")


def get_db() -> Iterator[Session]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
