import os

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase

engine = create_async_engine(os.environ.get("CHECKOUT_DB", "sqlite+aiosqlite:///checkout.db"))
Session = async_sessionmaker(engine)


class Base(DeclarativeBase):
    pass


async def get_session():
    async with Session() as session:
        yield session
