from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from billing.models import Invoice


def next_invoice_number(session: Session, today: date | None = None) -> str:
    """Sequential, human friendly invoice numbers: INV-2024-0007."""
    today = today or date.today()
    prefix = f"INV-{today.year}-"
    count = session.scalar(
        select(func.count()).select_from(Invoice).where(Invoice.number.startswith(prefix))
    )
    return f"{prefix}{(count or 0) + 1:04d}"
