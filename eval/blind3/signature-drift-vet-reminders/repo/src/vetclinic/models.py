from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vetclinic.db import Base


class Pet(Base):
    __tablename__ = "pets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    species: Mapped[str] = mapped_column(String(20))
    owner_email: Mapped[str] = mapped_column(String(120))

    vaccinations: Mapped[list["Vaccination"]] = relationship(back_populates="pet", order_by="Vaccination.given_on")


class Vaccination(Base):
    __tablename__ = "vaccinations"

    id: Mapped[int] = mapped_column(primary_key=True)
    pet_id: Mapped[int] = mapped_column(ForeignKey("pets.id"))
    vaccine: Mapped[str] = mapped_column(String(30))
    given_on: Mapped[date] = mapped_column(Date)

    pet: Mapped[Pet] = relationship(back_populates="vaccinations")
