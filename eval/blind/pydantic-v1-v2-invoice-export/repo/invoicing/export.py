"""Export a month of invoices as JSON lines for the accounting system."""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .orm import Invoice, InvoiceItem, memory_session
from .schemas import InvoiceOut


def invoices_for_month(session: Session, year: int, month: int) -> list[Invoice]:
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1)
    stmt = select(Invoice).where(Invoice.issued_on >= start, Invoice.issued_on < end).order_by(Invoice.number)
    return list(session.scalars(stmt))


def export_month(session: Session, year: int, month: int) -> list[str]:
    return [InvoiceOut.model_validate(inv).model_dump_json() for inv in invoices_for_month(session, year, month)]


def demo_data(session: Session) -> None:
    session.add_all([
        Invoice(number="2024-0107", customer="Acme GmbH", issued_on=date(2024, 3, 4),
                items=[InvoiceItem(description="Consulting, 6h", amount=Decimal("720.00"))]),
        Invoice(number="2024-0108", customer="Borealis AB", issued_on=date(2024, 3, 18),
                items=[InvoiceItem(description="Support plan Q2", amount=Decimal("1500.00")),
                       InvoiceItem(description="Travel", amount=Decimal("212.40"))]),
    ])
    session.commit()


if __name__ == "__main__":
    year, month = (int(part) for part in sys.argv[1].split("-"))
    with memory_session() as session:
        demo_data(session)
        for line in export_month(session, year, month):
            print(line)
