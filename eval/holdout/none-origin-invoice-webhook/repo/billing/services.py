from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from billing.models import Invoice, Payment
from billing.repository import InvoiceRepository

log = logging.getLogger(__name__)


class PaymentService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.invoices = InvoiceRepository(session)

    def apply_payment(self, invoice_number: str, amount_cents: int, provider_ref: str) -> Invoice:
        if self.invoices.payment_exists(provider_ref):
            log.info("duplicate webhook %s ignored", provider_ref)
            return self.invoices.find_by_number(invoice_number)
        invoice = self.invoices.find_by_number(invoice_number)
        self._record(invoice, amount_cents, provider_ref)
        self.session.commit()
        return invoice

    def _record(self, invoice: Invoice, amount_cents: int, provider_ref: str) -> None:
        payment = Payment(invoice_id=invoice.id, amount_cents=amount_cents, provider_ref=provider_ref)
        self.session.add(payment)
        invoice.paid_cents += amount_cents
        if invoice.balance_cents <= 0:
            invoice.status = "paid"
