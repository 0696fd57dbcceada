from __future__ import annotations

from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

from lending import queries
from lending.database import get_db

app = FastAPI(title="branch-lending")


@app.get("/books/{isbn}/availability")
def availability(isbn: str, db: Session = Depends(get_db)) -> dict:
    book = queries.book_by_isbn(db, isbn)
    if book is None:
        raise HTTPException(404, "unknown ISBN")
    on_loan = queries.copies_on_loan(db, book.id)
    return {"isbn": isbn, "title": book.title, "available": book.copies - on_loan}


@app.get("/loans/overdue")
def overdue_loans(db: Session = Depends(get_db)) -> list[dict]:
    return [{"loan": loan.id, "card": loan.member_card, "due": loan.due_on.isoformat()}
            for loan in queries.overdue(db, date.today())]
