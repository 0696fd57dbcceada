from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from billing.models import Invoice, Payment


class InvoiceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, invoice: Invoice) -> Invoice:
        self.session.add(invoice)
        self.session.flush()
        return invoice

    def find_by_number(self, number: str) -> Invoice | None:
        normalized = number.strip().lower()
        stmt = select(Invoice).where(Invoice.number == normalized)
        return self.session.scalars(stmt).first()

    def payment_exists(self, provider_ref: str) -> bool:
        stmt = select(Payment.id).where(Payment.provider_ref == provider_ref)
        return self.session.scalars(stmt).first() is not None
