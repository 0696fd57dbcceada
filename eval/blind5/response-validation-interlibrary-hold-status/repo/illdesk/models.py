from __future__ import annotations

from datetime import date, datetime, timezone

from sqlmodel import Field, SQLModel


class PartnerLibrary(SQLModel, table=True):
    __tablename__ = "partner_libraries"

    code: str = Field(primary_key=True, max_length=12)
    name: str
    loan_days: int = 21
    courier_route: str | None = None


class Hold(SQLModel, table=True):
    __tablename__ = "holds"

    id: int | None = Field(default=None, primary_key=True)
    patron_barcode: str = Field(index=True)
    title: str
    isbn: str | None = None
    partner_code: str = Field(foreign_key="partner_libraries.code")
    status: str = Field(default="requested", index=True)
    requested_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    arrived_at: datetime | None = None
    pickup_by: date | None = None
    due_back: date | None = None
