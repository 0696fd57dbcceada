from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from clinic.db import get_db
from clinic.services.booking import BookingService, SlotUnavailable

router = APIRouter(prefix="/appointments", tags=["appointments"])


class BookingRequest(BaseModel):
    practitioner_id: int
    patient_email: str
    starts_at: datetime


class AppointmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    practitioner_id: int
    starts_at: datetime
    status: str


@router.post("", response_model=AppointmentOut, status_code=201)
def book_appointment(body: BookingRequest, db: Session = Depends(get_db)):
    try:
        return BookingService(db).book(body.practitioner_id, body.patient_email, body.starts_at)
    except SlotUnavailable as exc:
        raise HTTPException(409, str(exc)) from None
