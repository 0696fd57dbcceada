from __future__ import annotations

import sqlite3

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from .db import get_db, init_schema
from .loans import NotAvailable, lend

app = FastAPI(title="library", on_startup=[init_schema])


class LoanRequest(BaseModel):
    isbn: str
    member: str


@app.post("/loans", status_code=201)
def create_loan(req: LoanRequest, conn: sqlite3.Connection = Depends(get_db)) -> dict[str, int]:
    try:
        loan_id = lend(conn, req.isbn, req.member)
    except NotAvailable:
        raise HTTPException(status_code=409, detail="no copy available")
    return {"loan_id": loan_id}
