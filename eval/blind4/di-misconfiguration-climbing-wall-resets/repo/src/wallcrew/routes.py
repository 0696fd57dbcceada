from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from wallcrew.auth import current_staff, require_role
from wallcrew.setting import Route, SettingLog, get_setting_log
from wallcrew.staff import Staff

router = APIRouter(prefix="/walls")


class RouteIn(BaseModel):
    colour: str
    grade: str = Field(pattern=r"^V(B|\d{1,2})$")
    style: str = "boulder"


class ResetIn(BaseModel):
    on: date
    routes: list[RouteIn] = Field(min_length=1)


class ResetOut(BaseModel):
    wall_id: int
    tag: str
    route_count: int


@router.get("/{wall_id}/latest", response_model=ResetOut)
def latest_reset(
    wall_id: int,
    staff: Staff = Depends(current_staff),
    log: SettingLog = Depends(get_setting_log),
) -> ResetOut:
    reset = log.latest(wall_id)
    if reset is None:
        raise HTTPException(404, "wall never reset")
    return ResetOut(wall_id=wall_id, tag=reset.tag, route_count=len(reset.routes))


@router.post("/{wall_id}/routes", status_code=201)
def add_route(
    wall_id: int,
    body: RouteIn,
    setter: Staff = Depends(require_role("setter")),
    log: SettingLog = Depends(get_setting_log),
) -> dict[str, str]:
    reset = log.latest(wall_id)
    if reset is None:
        raise HTTPException(409, "reset the wall before adding routes")
    reset.routes.append(Route(**body.model_dump()))
    return {"tag": reset.tag}


@router.post("/{wall_id}/reset", response_model=ResetOut, status_code=201)
def reset_wall(
    wall_id: int,
    body: ResetIn,
    setter: Staff = Depends(require_role),
    log: SettingLog = Depends(get_setting_log),
) -> ResetOut:
    routes = [Route(**r.model_dump()) for r in body.routes]
    reset = log.record_reset(wall_id, routes, setter, body.on)
    return ResetOut(wall_id=wall_id, tag=reset.tag, route_count=len(routes))
