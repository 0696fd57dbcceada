from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from app.db import get_session
from app.schemas import VehicleBookingIn, VehicleBookingOut
from app.services.deck_planner import DeckFull, DeckPlanner

router = APIRouter(prefix="/sailings", tags=["bookings"])


@router.post(
    "/{reference}/vehicles",
    response_model=VehicleBookingOut,
    status_code=status.HTTP_201_CREATED,
)
def book_vehicle(
    reference: str,
    payload: VehicleBookingIn,
    session: Session = Depends(get_session),
) -> VehicleBookingOut:
    planner = DeckPlanner(session)
    try:
        booking, left = planner.reserve(reference, payload)
    except DeckFull as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    return VehicleBookingOut(
        id=booking.id,
        sailing_reference=reference,
        registration=booking.registration,
        vehicle_type=booking.vehicle_type,
        length_m=booking.length_m,
        lane_metres_left=left,
    )
