from __future__ import annotations

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy.orm import Session

from billing.db import get_session
from billing.services import PaymentService

app = FastAPI(title="billing")


class PaymentEvent(BaseModel):
    type: str
    invoice: str
    amount_cents: int
    reference: str


@app.post("/webhooks/payments")
def payment_webhook(event: PaymentEvent, session: Session = Depends(get_session)) -> dict:
    if event.type != "payment.succeeded":
        return {"ignored": True}
    invoice = PaymentService(session).apply_payment(event.invoice, event.amount_cents, event.reference)
    return {"invoice": invoice.number, "status": invoice.status, "balance_cents": invoice.balance_cents}
