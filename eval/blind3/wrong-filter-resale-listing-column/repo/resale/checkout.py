"""Buying a resale ticket: fees, ownership transfer, listing closure."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from resale.listings import active_listing_for
from resale.models import ListingStatus, Ticket

SERVICE_FEE_RATE = Decimal("0.075")
CENT = Decimal("0.01")


class TicketUnavailable(LookupError):
    pass


@dataclass(frozen=True)
class Purchase:
    ticket_id: int
    seller_id: int
    buyer_id: int
    price: Decimal
    service_fee: Decimal

    @property
    def total(self) -> Decimal:
        return self.price + self.service_fee


def buy_ticket(session: Session, ticket_id: int, buyer_id: int) -> Purchase:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or not ticket.is_listed:
        raise TicketUnavailable(ticket_id)
    listing = active_listing_for(session, ticket.id)
    fee = (listing.asking_price * SERVICE_FEE_RATE).quantize(CENT, rounding=ROUND_HALF_UP)
    purchase = Purchase(ticket.id, listing.seller_id, buyer_id, listing.asking_price, fee)
    listing.status = ListingStatus.SOLD
    ticket.owner_id = buyer_id
    ticket.is_listed = False
    session.commit()
    return purchase
