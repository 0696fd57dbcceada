from __future__ import annotations

from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from coworking.database import get_session
from coworking.models import Booking, Desk, Invoice, InvoiceLine, Member

router = APIRouter(prefix="/members", tags=["billing"])

CENT = Decimal("0.01")


def month_bounds(month: str) -> tuple[datetime, datetime]:
    start = datetime.strptime(month, "%Y-%m").replace(tzinfo=timezone.utc)
    end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    return start, end


@router.get("/{member_id}/invoice", response_model=Invoice)
async def monthly_invoice(
    member_id: int,
    month: str = Query(pattern=r"^\d{4}-\d{2}$"),
    session: AsyncSession = Depends(get_session),
) -> Invoice:
    member = await session.get(Member, member_id)
    if member is None:
        raise HTTPException(status_code=404, detail="member not found")
    start, end = month_bounds(month)
    rows = await session.exec(
        select(Booking, Desk)
        .join(Desk, Desk.id == Booking.desk_id)
        .where(Booking.member_id == member_id, Booking.starts_at >= start, Booking.starts_at < end)
        .order_by(Booking.starts_at)
    )
    lines: list[InvoiceLine] = []
    for booking, desk in rows:
        hours = (booking.ends_at - booking.starts_at).total_seconds() / 3600
        amount = (hours * desk.hourly_rate).quantize(CENT, rounding=ROUND_HALF_UP)
        lines.append(InvoiceLine(booking_id=booking.id, desk=desk.label, hours=hours, amount=amount))
    return Invoice(member_id=member_id, month=month, lines=lines, total=sum((l.amount for l in lines), Decimal("0")))
