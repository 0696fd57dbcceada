"""What the desk does to a hold as the book travels between libraries."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from fastapi import HTTPException
from sqlmodel import Session, select

from illdesk.models import Hold, PartnerLibrary
from illdesk.schemas import HoldCreate, HoldStatus

PICKUP_WINDOW = timedelta(days=7)


def _get_hold(session: Session, hold_id: int) -> Hold:
    hold = session.get(Hold, hold_id)
    if hold is None:
        raise HTTPException(status_code=404, detail="hold not found")
    return hold


def place_hold(session: Session, data: HoldCreate) -> Hold:
    if session.get(PartnerLibrary, data.partner_code) is None:
        raise HTTPException(status_code=422, detail=f"unknown partner library {data.partner_code}")
    hold = Hold(**data.model_dump(), status=HoldStatus.REQUESTED.value)
    session.add(hold)
    session.commit()
    session.refresh(hold)
    return hold


def mark_shipped(session: Session, hold_id: int) -> Hold:
    hold = _get_hold(session, hold_id)
    hold.status = HoldStatus.SHIPPED.value
    session.commit()
    session.refresh(hold)
    return hold


def receive_from_partner(session: Session, hold_id: int, today: date | None = None) -> Hold:
    """The courier dropped the book at our desk: shelve it for the patron."""
    hold = _get_hold(session, hold_id)
    partner = session.get(PartnerLibrary, hold.partner_code)
    today = today or date.today()
    hold.arrived_at = datetime.now(timezone.utc)
    hold.status = "arrived"
    hold.pickup_by = today + PICKUP_WINDOW
    hold.due_back = today + timedelta(days=partner.loan_days)
    session.commit()
    session.refresh(hold)
    return hold


def holds_for_patron(session: Session, barcode: str) -> list[Hold]:
    stmt = select(Hold).where(Hold.patron_barcode == barcode).order_by(Hold.requested_at)
    return list(session.exec(stmt))
