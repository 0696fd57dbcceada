from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel


class Variety(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=120)
    crop: str = Field(max_length=40)


class Donation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    variety_id: int = Field(foreign_key="variety.id")
    donor: str
    packets: int = Field(ge=1)
    received_on: date
