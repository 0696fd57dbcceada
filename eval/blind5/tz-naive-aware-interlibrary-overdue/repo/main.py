from __future__ import annotations

from fastapi import FastAPI, HTTPException

from clock import utcnow
from loans import LoanBook, PartnerLoan
from overdue import notices_by_lender, overdue_loans

app = FastAPI(title="Pine Hollow Library - interlibrary loans")
book = LoanBook.from_seed()


@app.get("/loans", response_model=list[PartnerLoan])
async def list_loans() -> list[PartnerLoan]:
    return book.outstanding()


@app.get("/loans/overdue")
async def overdue_report() -> dict[str, object]:
    late = overdue_loans(book.outstanding())
    return {"generated_at": utcnow().isoformat(), "count": len(late), "by_lender": notices_by_lender(late)}


@app.post("/loans/{loan_id}/renew", response_model=PartnerLoan)
async def renew(loan_id: int) -> PartnerLoan:
    loan = book.get(loan_id)
    if loan is None:
        raise HTTPException(status_code=404, detail="no such loan")
    if loan.renewals >= 1:
        raise HTTPException(status_code=409, detail="partner allows one renewal")
    return loan
