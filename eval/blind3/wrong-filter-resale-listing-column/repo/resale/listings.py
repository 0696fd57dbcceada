"""Listing lookups and creation."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from resale.models import Listing, ListingStatus, Ticket

PRICE_CAP_RATIO = Decimal("1.10")


class PriceAboveCap(ValueError):
    pass


def create_listing(session: Session, ticket: Ticket, seller_id: int, asking_price: Decimal) -> Listing:
    if asking_price > ticket.face_value * PRICE_CAP_RATIO:
        raise PriceAboveCap(f"resale price is capped at {ticket.face_value * PRICE_CAP_RATIO:.2f}")
    listing = Listing(ticket_id=ticket.id, seller_id=seller_id, asking_price=asking_price)
    ticket.is_listed = True
    session.add(listing)
    session.flush()
    return listing


def active_listing_for(session: Session, ticket_id: int) -> Listing | None:
    stmt = select(Listing).where(Listing.id == ticket_id, Listing.status == ListingStatus.ACTIVE)
    return session.scalars(stmt).first()


def listings_for_event(session: Session, event_id: int) -> list[Listing]:
    stmt = (
        select(Listing)
        .join(Ticket, Ticket.id == Listing.ticket_id)
        .where(Ticket.event_id == event_id, Listing.status == ListingStatus.ACTIVE)
        .order_by(Listing.asking_price)
    )
    return list(session.scalars(stmt))
