from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import date, timedelta

from fastapi import FastAPI
from sqlalchemy import func, select

from app.db import Base, SessionLocal, engine
from app.models import BelayCertification, Member
from app.routers import members


async def seed_demo_data() -> None:
    async with SessionLocal() as session:
        if await session.scalar(select(func.count(Member.id))):
            return
        today = date.today()
        ada = Member(full_name="Ada Kowalczyk", email="ada@example.org", membership_tier="annual")
        ada.certifications = [
            BelayCertification(
                kind="top_rope", issued_on=today - timedelta(days=200),
                expires_on=today + timedelta(days=165), checked_by="Rui",
            ),
            BelayCertification(
                kind="lead", issued_on=today - timedelta(days=30),
                expires_on=today + timedelta(days=335), checked_by="Sam",
            ),
        ]
        session.add(ada)
        await session.commit()


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    await seed_demo_data()
    yield
    await engine.dispose()


app = FastAPI(title="Crux Climbing Gym", lifespan=lifespan)
app.include_router(members.router)
