from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from choirhub.database import Base


class Section(str, enum.Enum):
    SOPRANO = "S"
    ALTO = "A"
    TENOR = "T"
    BASS = "B"


class CallStatus(str, enum.Enum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"


class Singer(Base):
    __tablename__ = "singers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    section: Mapped[Section] = mapped_column(Enum(Section))
    divisi: Mapped[int] = mapped_column(default=1)
    email: Mapped[str | None] = mapped_column(String(200))


class Concert(Base):
    __tablename__ = "concerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[dt.datetime]
    venue: Mapped[str] = mapped_column(String(120))


class ConcertCall(Base):
    __tablename__ = "concert_calls"
    __table_args__ = (UniqueConstraint("concert_id", "singer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    concert_id: Mapped[int] = mapped_column(ForeignKey("concerts.id"))
    singer_id: Mapped[int] = mapped_column(ForeignKey("singers.id"))
    status: Mapped[CallStatus] = mapped_column(Enum(CallStatus), default=CallStatus.INVITED)
