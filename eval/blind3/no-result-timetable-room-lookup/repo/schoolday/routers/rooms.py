from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path
from sqlmodel.ext.asyncio.session import AsyncSession

from schoolday import crud
from schoolday.db import get_session
from schoolday.models import PeriodOut, RoomDay

router = APIRouter(prefix="/rooms", tags=["rooms"])
SessionDep = Annotated[AsyncSession, Depends(get_session)]


@router.get("/{code}/days/{weekday}", response_model=RoomDay)
async def room_day(code: str, weekday: Annotated[int, Path(ge=1, le=5)], session: SessionDep):
    room = await crud.find_room(session, code)
    if room is None:
        raise HTTPException(status_code=404, detail=f"no room {code!r}")
    periods = await crud.periods_in_room(session, room, weekday)
    return RoomDay(
        room=room.code,
        weekday=weekday,
        periods=[PeriodOut.model_validate(p, from_attributes=True) for p in periods],
    )


@router.get("/free/{weekday}")
async def free_on(weekday: Annotated[int, Path(ge=1, le=5)], session: SessionDep, seats: int = 0):
    return [room.code for room in await crud.free_rooms(session, weekday, seats)]
