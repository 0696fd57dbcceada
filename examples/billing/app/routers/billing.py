from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.schemas import BillingSummaryOut
from app.services.billing import BillingService
from app.settings import Settings, get_settings

router = APIRouter(prefix="/billing", tags=["billing"])


def get_billing_service(
    session: Annotated[AsyncSession, Depends(get_session)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> BillingService:
    return BillingService(session, settings)


@router.get("/users/{user_id}/summary", response_model=BillingSummaryOut)
async def billing_summary(
    user_id: int,
    service: Annotated[BillingService, Depends(get_billing_service)],
) -> BillingSummaryOut:
    summary = await service.summary(user_id)
    return BillingSummaryOut.model_validate(summary)
