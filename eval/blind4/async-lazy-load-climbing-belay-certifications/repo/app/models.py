from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(200), unique=True)
    membership_tier: Mapped[str] = mapped_column(String(20), default="monthly")

    certifications: Mapped[list[BelayCertification]] = relationship(
        back_populates="member", order_by="BelayCertification.issued_on"
    )


class BelayCertification(Base):
    __tablename__ = "belay_certifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(20))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    checked_by: Mapped[str] = mapped_column(String(80))

    member: Mapped[Member] = relationship(back_populates="certifications")
