import os

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

DATABASE_URL = os.getenv("SIGNUP_DATABASE_URL", "sqlite+aiosqlite:///./signup.db")

engine = create_async_engine(DATABASE_URL, echo=False)
SessionMaker = async_sessionmaker(engine, class_=AsyncSession)


async def get_session():
    async with SessionMaker() as session:
        yield session
