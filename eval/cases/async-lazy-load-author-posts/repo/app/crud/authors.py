from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Author


async def get_by_handle(db: AsyncSession, handle: str) -> Author | None:
    stmt = select(Author).where(Author.handle == handle)
    return (await db.execute(stmt)).scalar_one_or_none()


async def list_authors(db: AsyncSession, *, skip: int = 0, limit: int = 100) -> list[Author]:
    stmt = select(Author).order_by(Author.handle).offset(skip).limit(limit)
    return list((await db.execute(stmt)).scalars())
