from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ttapi import repository
from ttapi.db import Base, SessionLocal, engine, get_session
from ttapi.seed import seed


class DepartureOut(BaseModel):
    departs_at: str
    origin_stop: str


class TimetableOut(BaseModel):
    route: str
    version: str
    departures: list[DepartureOut]


@asynccontextmanager
async def lifespan(app: FastAPI):
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        seed(session)
    yield


app = FastAPI(title="Timetable publisher API", lifespan=lifespan)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/routes/{number}/timetable", response_model=TimetableOut)
def route_timetable(number: str, on: date, session: Session = Depends(get_session)) -> TimetableOut:
    route = repository.route_by_number(session, number)
    if route is None:
        raise HTTPException(status_code=404, detail="unknown route")
    version = repository.version_in_force(session, route.id, on)
    return TimetableOut(
        route=route.number,
        version=version.label,
        departures=[
            DepartureOut(departs_at=d.departs_at.strftime("%H:%M"), origin_stop=d.origin_stop)
            for d in version.departures
        ],
    )
