from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from shop.orm import Cart


async def find_cart(session: AsyncSession, token: str) -> Cart | None:
    stmt = select(Cart).where(Cart.token == token).options(selectinload(Cart.items))
    return await session.scalar(stmt)
