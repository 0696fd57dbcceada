from __future__ import annotations

from datetime import date, time

from fastapi import APIRouter, Depends, status
from pydantic import BaseModel, ConfigDict

from salon.repository import AppointmentRepository, get_appointment_repo

router = APIRouter(prefix="/appointments", tags=["appointments"])


class AppointmentIn(BaseModel):
    dog_name: str
    breed: str
    day: date
    start: time
    groomer_id: int
    service: str = "full-groom"


class AppointmentOut(AppointmentIn):
    model_config = ConfigDict(from_attributes=True)

    id: int


@router.get("", response_model=list[AppointmentOut])
def list_appointments(day: date, repo: AppointmentRepository = Depends(get_appointment_repo)):
    return repo.list_for_day(day)


@router.post("", response_model=AppointmentOut, status_code=status.HTTP_201_CREATED)
def book_appointment(body: AppointmentIn, repo: AppointmentRepository = Depends(get_appointment_repo)):
    return repo.add(**body.model_dump())
