"""Bill a member for November through the API."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from coworking.database import engine
from coworking.main import app
from coworking.models import Booking, Desk, Member

UTC = timezone.utc


async def seed() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.create_all)
    async with AsyncSession(engine) as s:
        s.add(Member(id=7, full_name="Noor Haddad", email="noor@example.com"))
        s.add(Desk(id=3, label="Window 3", hourly_rate=Decimal("6.50")))
        await s.commit()
        s.add_all([
            Booking(member_id=7, desk_id=3, starts_at=datetime(2026, 11, 3, 9, 0, tzinfo=UTC), ends_at=datetime(2026, 11, 3, 13, 30, tzinfo=UTC)),
            Booking(member_id=7, desk_id=3, starts_at=datetime(2026, 11, 10, 14, 0, tzinfo=UTC), ends_at=datetime(2026, 11, 10, 18, 0, tzinfo=UTC)),
        ])
        await s.commit()
    await engine.dispose()


asyncio.run(seed())
client = TestClient(app)
client.get("/members/7/invoice", params={"month": "2026-11"})
