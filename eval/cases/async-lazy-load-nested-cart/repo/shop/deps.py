from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession

from shop.orm import SessionFactory


async def db_session() -> AsyncIterator[AsyncSession]:
    async with SessionFactory() as session:
        yield session
