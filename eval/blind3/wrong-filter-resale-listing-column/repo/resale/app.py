from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from resale.checkout import TicketUnavailable, buy_ticket
from resale.db import get_db
from resale.listings import PriceAboveCap, create_listing
from resale.models import Ticket

app = FastAPI(title="Fair Resale")
DB = Annotated[Session, Depends(get_db)]


class ListIn(BaseModel):
    seller_id: int
    asking_price: Decimal


class BuyIn(BaseModel):
    buyer_id: int


@app.post("/tickets/{ticket_id}/listing", status_code=201)
def list_ticket(ticket_id: int, body: ListIn, db: DB):
    ticket = db.get(Ticket, ticket_id)
    if ticket is None or ticket.owner_id != body.seller_id:
        raise HTTPException(404, "ticket not found")
    try:
        listing = create_listing(db, ticket, body.seller_id, body.asking_price)
    except PriceAboveCap as exc:
        raise HTTPException(422, str(exc))
    db.commit()
    return {"listing_id": listing.id, "asking_price": str(listing.asking_price)}


@app.post("/tickets/{ticket_id}/purchase")
def purchase_ticket(ticket_id: int, body: BuyIn, db: DB):
    try:
        purchase = buy_ticket(db, ticket_id, body.buyer_id)
    except TicketUnavailable:
        raise HTTPException(409, "ticket is not for sale")
    return {"ticket_id": purchase.ticket_id, "total": str(purchase.total)}
