from __future__ import annotations

from decimal import Decimal
from typing import Literal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from dock.accounts import AccountRepository
from dock.database import get_session

app = FastAPI(title="Harbour fuel dock")


class ChargeIn(BaseModel):
    product: Literal["diesel", "petrol"]
    litres: Decimal = Field(gt=0, max_digits=8, decimal_places=2)


class ChargeOut(BaseModel):
    vessel_name: str
    amount: Decimal
    balance: Decimal


def get_accounts(session: Session = Depends(get_session)) -> AccountRepository:
    return AccountRepository(session)


@app.post("/accounts/{vessel_name}/charges", response_model=ChargeOut)
def charge_account(
    vessel_name: str,
    charge: ChargeIn,
    accounts: AccountRepository = Depends(get_accounts),
) -> ChargeOut:
    account = accounts.by_vessel(vessel_name)
    if account is None:
        raise HTTPException(status_code=404, detail="no account for this vessel")
    if account.balance + charge.litres * Decimal("2.05") > account.credit_limit:
        raise HTTPException(status_code=402, detail="credit limit reached")
    sale = accounts.record_sale(account, charge.product, charge.litres)
    return ChargeOut(vessel_name=account.vessel_name, amount=sale.amount, balance=account.balance)
