from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Variety(Base):
    __tablename__ = "varieties"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    crop: Mapped[str] = mapped_column(String(60))

    packets: Mapped[list[Packet]] = relationship(back_populates="variety")


class Packet(Base):
    __tablename__ = "packets"

    id: Mapped[int] = mapped_column(primary_key=True)
    variety_id: Mapped[int] = mapped_column(ForeignKey("varieties.id"))
    lot: Mapped[str] = mapped_column(String(20))
    harvest_year: Mapped[int]
    seeds_per_packet: Mapped[int]

    variety: Mapped[Variety] = relationship(back_populates="packets")
    reports: Mapped[list[GerminationReport]] = relationship(back_populates="packet")


class GerminationReport(Base):
    __tablename__ = "germination_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[int] = mapped_column(ForeignKey("packets.id"))
    season: Mapped[int]
    sown: Mapped[int]
    sprouted: Mapped[int]

    packet: Mapped[Packet] = relationship(back_populates="reports")
