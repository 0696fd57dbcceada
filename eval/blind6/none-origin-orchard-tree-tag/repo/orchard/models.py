from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from orchard.db import Base


class Tree(Base):
    __tablename__ = "trees"

    id: Mapped[int] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(String(12), unique=True, index=True)
    variety: Mapped[str] = mapped_column(String(60))
    rootstock: Mapped[str | None] = mapped_column(String(20), nullable=True)
    plot: Mapped[str] = mapped_column(String(8))
    planted_on: Mapped[date] = mapped_column(Date)

    harvests: Mapped[list[Harvest]] = relationship(back_populates="tree", order_by="Harvest.picked_on")


class Harvest(Base):
    __tablename__ = "harvests"

    id: Mapped[int] = mapped_column(primary_key=True)
    tree_id: Mapped[int] = mapped_column(ForeignKey("trees.id"))
    picked_on: Mapped[date] = mapped_column(Date)
    weight_kg: Mapped[float] = mapped_column(Numeric(6, 2))

    tree: Mapped[Tree] = relationship(back_populates="harvests")
