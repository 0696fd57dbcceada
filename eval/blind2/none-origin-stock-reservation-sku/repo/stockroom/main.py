from __future__ import annotations

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from stockroom import service
from stockroom.db import Base, SessionLocal, engine, get_session
from stockroom.models import Item

app = FastAPI(title="stockroom")


class ReserveIn(BaseModel):
    sku: str
    quantity: int = Field(gt=0)


@app.on_event("startup")
def seed() -> None:
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        if session.query(Item).count() == 0:
            session.add_all(
                [
                    Item(sku="KB-104", name="Mechanical keyboard", on_hand=12),
                    Item(sku="MS-220", name="Wireless mouse", on_hand=40),
                ]
            )
            session.commit()


@app.post("/reservations")
def create_reservation(body: ReserveIn, session: Session = Depends(get_session)) -> dict:
    try:
        res = service.reserve(session, body.sku, body.quantity)
    except service.OutOfStock:
        raise HTTPException(status_code=409, detail="not enough stock")
    return {"sku": res.sku, "reserved": res.quantity, "remaining": res.remaining}
