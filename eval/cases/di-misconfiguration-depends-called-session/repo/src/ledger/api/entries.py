from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ledger.api.deps import current_account
from ledger.db import get_session
from ledger.models import Account, Entry

router = APIRouter(prefix="/entries", tags=["entries"])


class EntryIn(BaseModel):
    amount: Decimal
    memo: str = ""


class EntryOut(EntryIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
    booked_at: datetime


@router.get("", response_model=list[EntryOut])
async def list_entries(
    account: Account = Depends(current_account),
    session: AsyncSession = Depends(get_session),
):
    rows = await session.scalars(select(Entry).where(Entry.account_id == account.id).order_by(Entry.id))
    return rows.all()


@router.post("", response_model=EntryOut, status_code=201)
async def book_entry(
    payload: EntryIn,
    account: Account = Depends(current_account),
    session: AsyncSession = Depends(get_session),
):
    entry = Entry(account_id=account.id, amount=payload.amount, memo=payload.memo)
    session.add(entry)
    await session.commit()
    await session.refresh(entry)
    return entry
