"""Seed a permit and approve it through the API."""
from __future__ import annotations

import asyncio
import logging
from decimal import Decimal

from fastapi.testclient import TestClient

from app.db import Base, SessionMaker, engine
from app.main import app
from app.models import FeeSchedule, Permit


async def seed() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with SessionMaker() as s:
        s.add(FeeSchedule(kind="extension", base_fee=Decimal("180.00"), per_m2=Decimal("4.50")))
        s.add(Permit(kind="extension", address="14 Mill Lane", floor_area_m2=Decimal("22.5")))
        await s.commit()
    await engine.dispose()


asyncio.run(seed())
log = logging.getLogger("driver")
with TestClient(app, raise_server_exceptions=False) as client:
    resp = client.post("/permits/1/approve")
    log.info("POST /permits/1/approve -> %s %s", resp.status_code, resp.text)
