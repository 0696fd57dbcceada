"""Each metric is one aggregate query."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from dashboard.models import Payment, Signup


async def signups_since(session: AsyncSession, since: date) -> int:
    return await session.scalar(select(func.count(Signup.id)).where(Signup.day >= since)) or 0


async def revenue_since(session: AsyncSession, since: date) -> Decimal:
    return await session.scalar(select(func.sum(Payment.amount)).where(Payment.day >= since)) or Decimal(0)


async def plan_mix(session: AsyncSession, since: date) -> dict[str, int]:
    rows = await session.execute(
        select(Signup.plan, func.count(Signup.id)).where(Signup.day >= since).group_by(Signup.plan)
    )
    return {plan: count for plan, count in rows}
