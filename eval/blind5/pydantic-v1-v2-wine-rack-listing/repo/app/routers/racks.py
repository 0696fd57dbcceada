from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from app.config import DEFAULT_PAGE_SIZE
from app.db import get_session
from app.schemas import BottleIn, RackListing
from app.services.racks import add_bottle, rack_listing

router = APIRouter(prefix="/racks", tags=["racks"])


@router.get("/{rack}", response_model=RackListing)
def get_rack(
    rack: str,
    limit: int = Query(DEFAULT_PAGE_SIZE, le=200),
    session: Session = Depends(get_session),
) -> RackListing:
    return rack_listing(session, rack.upper(), limit)


@router.post("/bottles", status_code=201)
def create_bottle(data: BottleIn, session: Session = Depends(get_session)) -> dict[str, int]:
    bottle = add_bottle(session, data)
    return {"id": bottle.id}
