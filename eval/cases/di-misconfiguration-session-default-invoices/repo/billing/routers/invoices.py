from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from billing.database import get_db
from billing.repositories import InvoiceRepository
from billing.schemas import InvoiceOut

router = APIRouter(prefix="/invoices", tags=["invoices"])


@router.get("/overdue", response_model=list[InvoiceOut])
def list_overdue(as_of: date | None = None, db=get_db):
    """Unpaid invoices whose due date is before `as_of` (default: today)."""
    repo = InvoiceRepository(db)
    return repo.overdue(as_of or date.today())


@router.get("/{invoice_id}", response_model=InvoiceOut)
def read_invoice(invoice_id: int, db: Session = Depends(get_db)):
    invoice = InvoiceRepository(db).get(invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404, detail="Invoice not found")
    return invoice


@router.post("/{invoice_id}/pay", response_model=InvoiceOut)
def pay_invoice(invoice_id: int, db: Session = Depends(get_db)):
    repo = InvoiceRepository(db)
    invoice = repo.get(invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404, detail="Invoice not found")
    return repo.mark_paid(invoice)
