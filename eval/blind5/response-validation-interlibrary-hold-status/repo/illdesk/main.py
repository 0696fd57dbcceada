from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from sqlmodel import Session

from illdesk import holds_service
from illdesk.db import engine, get_session, init_db
from illdesk.models import PartnerLibrary
from illdesk.schemas import HoldCreate, HoldRead

DEFAULT_PARTNERS = [
    PartnerLibrary(code="HALVRD", name="Halvard Free Library", loan_days=28, courier_route="north loop"),
    PartnerLibrary(code="OAKBR", name="Oak Bridge Public Library", loan_days=21, courier_route="river run"),
]


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    with Session(engine) as session:
        for partner in DEFAULT_PARTNERS:
            if session.get(PartnerLibrary, partner.code) is None:
                session.add(partner)
        session.commit()
    yield


app = FastAPI(title="Millbrook ILL desk", lifespan=lifespan)


@app.post("/holds", response_model=HoldRead, status_code=201)
def place_hold(data: HoldCreate, session: Session = Depends(get_session)):
    return holds_service.place_hold(session, data)


@app.post("/holds/{hold_id}/shipped", response_model=HoldRead)
def hold_shipped(hold_id: int, session: Session = Depends(get_session)):
    return holds_service.mark_shipped(session, hold_id)


@app.post("/holds/{hold_id}/received", response_model=HoldRead)
def hold_received(hold_id: int, session: Session = Depends(get_session)):
    return holds_service.receive_from_partner(session, hold_id)


@app.get("/patrons/{barcode}/holds", response_model=list[HoldRead])
def patron_holds(barcode: str, session: Session = Depends(get_session)):
    return holds_service.holds_for_patron(session, barcode)
