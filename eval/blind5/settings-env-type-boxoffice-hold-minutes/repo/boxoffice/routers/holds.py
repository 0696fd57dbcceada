from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from boxoffice.seatmap import get_performance
from boxoffice.services.holds import HoldError, place_hold
from boxoffice.settings import Settings, get_settings

router = APIRouter(prefix="/performances", tags=["holds"])


class HoldRequest(BaseModel):
    seats: list[str] = Field(min_length=1)


class HoldOut(BaseModel):
    hold_id: str
    performance_id: int
    seats: list[str]
    expires_at: datetime


@router.post("/{performance_id}/holds", response_model=HoldOut, status_code=201)
def create_hold(
    performance_id: int, body: HoldRequest, settings: Settings = Depends(get_settings)
) -> HoldOut:
    performance = get_performance(performance_id)
    if performance is None:
        raise HTTPException(status_code=404, detail="performance not found")
    try:
        hold = place_hold(performance, body.seats, settings)
    except HoldError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    return HoldOut(
        hold_id=hold.id,
        performance_id=hold.performance_id,
        seats=hold.seat_codes,
        expires_at=hold.expires_at,
    )
