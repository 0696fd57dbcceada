from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.deps import get_schedule_service
from app.schemas import RoutePickups
from app.services.schedule import PickupScheduleService

router = APIRouter(prefix="/routes", tags=["pickups"])


@router.get("/{route_id}/pickups", response_model=RoutePickups)
async def route_pickups(
    route_id: str,
    service: Annotated[PickupScheduleService, Depends(get_schedule_service)],
    days: Annotated[int, Query(ge=1, le=60)] = 14,
) -> RoutePickups:
    pickups = await service.upcoming(route_id, days)
    return RoutePickups(route_id=route_id.upper(), days=days, pickups=pickups)
