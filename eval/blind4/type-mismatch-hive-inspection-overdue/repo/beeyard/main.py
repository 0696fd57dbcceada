from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Session, select

from beeyard.database import create_tables, get_session
from beeyard.models import Hive, HiveBase, Inspection, InspectionCreate, OverdueHive
from beeyard.scheduling import overdue_hives


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    create_tables()
    yield


app = FastAPI(title="beeyard", lifespan=lifespan)


@app.post("/hives", response_model=Hive, status_code=201)
def add_hive(body: HiveBase, session: Session = Depends(get_session)) -> Hive:
    hive = Hive.model_validate(body)
    session.add(hive)
    session.commit()
    session.refresh(hive)
    return hive


@app.post("/hives/{tag}/inspections", response_model=Inspection, status_code=201)
def record_inspection(tag: str, body: InspectionCreate, session: Session = Depends(get_session)) -> Inspection:
    hive = session.exec(select(Hive).where(Hive.tag == tag)).first()
    if hive is None:
        raise HTTPException(404, f"unknown hive {tag}")
    inspection = Inspection.model_validate(body, update={"hive_id": hive.id})
    session.add(inspection)
    session.commit()
    session.refresh(inspection)
    return inspection


@app.get("/hives/overdue", response_model=list[OverdueHive])
def list_overdue(on: date, session: Session = Depends(get_session)) -> list[OverdueHive]:
    return overdue_hives(session, on)
