from __future__ import annotations

import os
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase

engine = create_async_engine(os.environ.get("DASHBOARD_DB", "sqlite+aiosqlite:///dashboard.db"))
Session = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


async def session_dep() -> AsyncIterator[AsyncSession]:
    async with Session() as session:
        yield session
