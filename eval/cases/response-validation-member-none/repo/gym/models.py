from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class MemberBase(SQLModel):
    full_name: str
    email: str = Field(index=True, unique=True)
    plan: str = "monthly"


class Member(MemberBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    joined_on: date = Field(default_factory=date.today)
    cancelled_at: datetime | None = None


class MemberCreate(MemberBase):
    pass


class MemberRead(MemberBase):
    id: int
    joined_on: date
