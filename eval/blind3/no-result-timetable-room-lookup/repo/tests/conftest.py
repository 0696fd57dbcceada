from datetime import time

import httpx
import pytest
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from schoolday.db import get_session
from schoolday.main import app
from schoolday.models import Period, Room


@pytest.fixture
async def client():
    engine = create_async_engine("sqlite+aiosqlite://", poolclass=StaticPool)
    async with engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.create_all)
    async with AsyncSession(engine) as session:
        lab = Room(code="S2", capacity=28, has_projector=True)
        hall = Room(code="HALL", capacity=180)
        session.add_all([lab, hall])
        await session.flush()
        session.add_all(
            [
                Period(room_id=lab.id, weekday=1, starts_at=time(8, 50), ends_at=time(9, 50),
                       form_group="9B", subject="Chemistry"),
                Period(room_id=lab.id, weekday=1, starts_at=time(11, 10), ends_at=time(12, 10),
                       form_group="11C", subject="Physics"),
            ]
        )
        await session.commit()

    async def override():
        async with AsyncSession(engine, expire_on_commit=False) as session:
            yield session

    app.dependency_overrides[get_session] = override
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.dependency_overrides.clear()
    await engine.dispose()
