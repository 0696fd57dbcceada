from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from inventory.db import get_session
from inventory.schemas import StockReport
from inventory.services.stock import stock_report

router = APIRouter(prefix="/stock", tags=["stock"])


@router.get("/{sku}", response_model=StockReport)
def read_stock(sku: str, session: Session = Depends(get_session)):
    report = stock_report(session, sku)
    if report is None:
        raise HTTPException(status_code=404, detail=f"no stock for {sku}")
    return report
