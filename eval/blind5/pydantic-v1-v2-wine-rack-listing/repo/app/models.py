from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base


class Bottle(Base):
    __tablename__ = "bottles"

    id: Mapped[int] = mapped_column(primary_key=True)
    rack: Mapped[str] = mapped_column(String(8), index=True)
    slot: Mapped[str] = mapped_column(String(8))
    producer: Mapped[str] = mapped_column(String(120))
    wine: Mapped[str] = mapped_column(String(160))
    vintage: Mapped[int | None]
    quantity: Mapped[int] = mapped_column(default=1)
    notes: Mapped[list[TastingNote]] = relationship(
        back_populates="bottle", order_by="TastingNote.tasted_on.desc()"
    )


class TastingNote(Base):
    __tablename__ = "tasting_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    bottle_id: Mapped[int] = mapped_column(ForeignKey("bottles.id"))
    tasted_on: Mapped[date]
    score: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text)

    bottle: Mapped[Bottle] = relationship(back_populates="notes")
