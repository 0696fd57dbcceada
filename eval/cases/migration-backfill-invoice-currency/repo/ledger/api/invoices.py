import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from ledger import crud
from ledger.config import settings
from ledger.database import get_db
from ledger.formatting import format_amount
from ledger.models import Invoice

router = APIRouter(prefix="/invoices")

Db = Annotated[AsyncSession, Depends(get_db)]


class InvoiceView(BaseModel):
    number: str
    customer: str
    due_on: dt.date
    paid: bool
    total: str


class InvoiceIn(BaseModel):
    number: str
    customer: str
    amount_cents: int
    currency: str | None = None
    due_on: dt.date


def to_view(invoice: Invoice) -> InvoiceView:
    return InvoiceView(
        number=invoice.number,
        customer=invoice.customer,
        due_on=invoice.due_on,
        paid=invoice.paid,
        total=format_amount(invoice.amount_cents, invoice.currency),
    )


@router.get("/unpaid", response_model=list[InvoiceView])
async def unpaid_invoices(db: Db):
    return [to_view(i) for i in await crud.list_unpaid(db, settings.page_size)]


@router.get("/{number}", response_model=InvoiceView)
async def read_invoice(number: str, db: Db):
    invoice = await crud.get_invoice(db, number)
    if invoice is None:
        raise HTTPException(404, "invoice not found")
    return to_view(invoice)


@router.post("", response_model=InvoiceView, status_code=201)
async def create_invoice(body: InvoiceIn, db: Db):
    invoice = Invoice(**body.model_dump(exclude_none=True))
    return to_view(await crud.create_invoice(db, invoice))
