"""FastAPI dependencies shared by the routers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException
from sqlalchemy.orm import Session

from boxoffice.db import Seller, SessionLocal
from boxoffice.services import payouts


def get_db() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session


DbSession = Annotated[Session, Depends(get_db)]


def current_seller(db: DbSession, x_seller_id: Annotated[int, Header()]) -> Seller:
    seller = db.get(Seller, x_seller_id)
    if seller is None:
        raise HTTPException(status_code=401, detail="unknown seller")
    return seller


def payout_ready_seller(seller: Annotated[Seller, Depends(current_seller)]) -> Seller:
    if not payouts.can_receive_payouts(seller):
        raise HTTPException(status_code=403, detail="add a payout account before listing tickets")
    return seller
