from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from billing.models import Invoice


class InvoiceRepository:
    def __init__(self, db: Session) -> None:
        self.db = db

    def get(self, invoice_id: int) -> Invoice | None:
        return self.db.get(Invoice, invoice_id)

    def overdue(self, as_of: date) -> list[Invoice]:
        stmt = (
            select(Invoice)
            .where(Invoice.paid.is_(False), Invoice.due_date < as_of)
            .order_by(Invoice.due_date)
        )
        return list(self.db.scalars(stmt))

    def mark_paid(self, invoice: Invoice) -> Invoice:
        invoice.paid = True
        self.db.commit()
        return invoice
