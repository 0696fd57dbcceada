from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app import passes
from app.database import get_session
from app.refunds import quote_refund

router = APIRouter(prefix="/passes")


class RefundRequest(BaseModel):
    reason: str
    as_of: date | None = None


@router.post("/{pass_no}/refund")
def refund_pass(pass_no: str, body: RefundRequest, session: Session = Depends(get_session)) -> dict:
    ski_pass = passes.fetch_pass(pass_no)
    if ski_pass is None:
        raise HTTPException(404, "no such pass")
    if ski_pass.refunded:
        raise HTTPException(409, "pass already refunded")
    quote = quote_refund(ski_pass, body.as_of or date.today())
    refund = passes.save_refund(session, ski_pass, quote.amount, body.reason)
    return {"pass_no": quote.pass_no, "days_left": quote.days_left, "amount": str(refund.amount)}
