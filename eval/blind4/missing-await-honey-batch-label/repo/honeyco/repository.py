"""Persistence for honey batches."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from honeyco.models import HoneyBatch


class BatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, batch: HoneyBatch) -> HoneyBatch:
        self.session.add(batch)
        await self.session.commit()
        await self.session.refresh(batch)
        return batch

    async def get_by_code(self, code: str) -> HoneyBatch | None:
        result = await self.session.execute(select(HoneyBatch).where(HoneyBatch.code == code))
        return result.scalar_one_or_none()
