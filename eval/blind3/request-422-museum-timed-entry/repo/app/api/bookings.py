from __future__ import annotations

from datetime import date, time

from fastapi import APIRouter, Depends, HTTPException, status

from app.deps import get_booking_service
from app.schemas import BookingConfirmation
from app.services.availability import BookingService, SoldOut

router = APIRouter(prefix="/exhibitions", tags=["timed entry"])


@router.get("/{exhibition_id}/slots/{visit_date}/{slot_start}")
def slot_availability(
    exhibition_id: int,
    visit_date: date,
    slot_start: time,
    service: BookingService = Depends(get_booking_service),
) -> dict[str, int]:
    if service.exhibition(exhibition_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such exhibition")
    return {"remaining": service.remaining(exhibition_id, visit_date, slot_start)}


@router.post(
    "/{exhibition_id}/bookings/{visit_date}",
    response_model=BookingConfirmation,
    status_code=status.HTTP_201_CREATED,
)
def book_timed_entry(
    exhibition_id: int,
    visit_date: date,
    slot_start: time,
    adults: int,
    concessions: int = 0,
    service: BookingService = Depends(get_booking_service),
) -> BookingConfirmation:
    exhibition = service.exhibition(exhibition_id)
    if exhibition is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such exhibition")
    if not exhibition.opens <= visit_date <= exhibition.closes:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "exhibition is not open that day")
    try:
        return service.book(exhibition_id, visit_date, slot_start, adults, concessions)
    except SoldOut as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, f"sold out: {exc}") from exc
