from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Bottle
from app.schemas import BottleIn, BottleOut, RackListing


def add_bottle(session: Session, data: BottleIn) -> Bottle:
    bottle = Bottle(**data.model_dump())
    session.add(bottle)
    session.commit()
    return bottle


def rack_listing(session: Session, rack: str, limit: int) -> RackListing:
    stmt = (
        select(Bottle)
        .where(Bottle.rack == rack)
        .options(selectinload(Bottle.notes))
        .order_by(Bottle.slot)
        .limit(limit)
    )
    rows = session.scalars(stmt).all()
    bottles = [BottleOut.model_validate(row) for row in rows]
    return RackListing(rack=rack, bottles=bottles, total_bottles=sum(b.quantity for b in bottles))
