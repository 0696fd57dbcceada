"""Dependencies shared by the ledger routes."""

from __future__ import annotations

import hashlib

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ledger.db import get_session
from ledger.models import Account


async def current_account(
    x_api_key: str = Header(...),
    session: AsyncSession = Depends(get_session()),
) -> Account:
    """Resolve the calling account from its API key."""
    digest = hashlib.sha256(x_api_key.encode()).hexdigest()
    account = await session.scalar(select(Account).where(Account.api_key_hash == digest))
    if account is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
    return account
