from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Concert(Base):
    __tablename__ = "concert"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    performed_on: Mapped[dt.date]
    venue: Mapped[str] = mapped_column(String(120))
    interval_after: Mapped[int | None] = mapped_column(default=None)

    items: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="concert", order_by="ProgrammeItem.position", cascade="all, delete-orphan"
    )


class ProgrammeItem(Base):
    __tablename__ = "programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    concert_id: Mapped[int] = mapped_column(ForeignKey("concert.id"))
    position: Mapped[int]
    composer: Mapped[str] = mapped_column(String(120))
    work: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int]
    voicing: Mapped[str] = mapped_column(String(20), default="SATB")
    soloist: Mapped[str | None] = mapped_column(String(120), default=None)

    concert: Mapped[Concert] = relationship(back_populates="items")
