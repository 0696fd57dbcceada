from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase

from dashboard.settings import get_settings


class Base(DeclarativeBase):
    pass


engine = create_async_engine(get_settings().database_url)
SessionMaker = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


async def session_dependency():
    async with SessionMaker() as session:
        yield session
