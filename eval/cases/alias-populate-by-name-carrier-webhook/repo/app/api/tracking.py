from __future__ import annotations

from fastapi import APIRouter, HTTPException

from app.schemas import TrackingEvent
from app.services.timeline import timeline

router = APIRouter(prefix="/tracking", tags=["tracking"])


@router.get("/{tracking_number}", response_model=TrackingEvent, response_model_by_alias=True)
def latest_event(tracking_number: str) -> TrackingEvent:
    event = timeline.latest(tracking_number)
    if event is None:
        raise HTTPException(404, "no events yet")
    return event
