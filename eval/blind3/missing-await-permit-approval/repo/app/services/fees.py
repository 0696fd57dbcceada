"""Permit fees, computed from the council's published fee schedule."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import FeeSchedule, Permit


@dataclass(frozen=True)
class FeeQuote:
    base: Decimal
    area_component: Decimal

    @property
    def total(self) -> Decimal:
        return self.base + self.area_component


class FeeCalculator:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def quote(self, permit: Permit) -> FeeQuote:
        schedule = await self.session.get(FeeSchedule, permit.kind)
        if schedule is None:
            raise LookupError(f"no fee schedule for permit kind {permit.kind!r}")
        area = (schedule.per_m2 * permit.floor_area_m2).quantize(Decimal("0.01"))
        return FeeQuote(base=schedule.base_fee, area_component=area)
