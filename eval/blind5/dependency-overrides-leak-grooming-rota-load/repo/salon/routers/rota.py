from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from salon.repository import AppointmentRepository, get_appointment_repo

router = APIRouter(prefix="/rota", tags=["rota"])


class GroomerLoad(BaseModel):
    groomer_id: int
    name: str
    booked: int
    capacity: int
    free: int


@router.get("/{day}", response_model=list[GroomerLoad])
def rota_for_day(day: date, repo: AppointmentRepository = Depends(get_appointment_repo)):
    """How many dogs each groomer has on ``day`` and how many more they can take."""
    booked = repo.count_by_groomer(day)
    rota = []
    for groomer in repo.groomers():
        count = booked.get(groomer.id, 0)
        rota.append(
            GroomerLoad(
                groomer_id=groomer.id,
                name=groomer.name,
                booked=count,
                capacity=groomer.max_dogs_per_day,
                free=max(groomer.max_dogs_per_day - count, 0),
            )
        )
    return rota
