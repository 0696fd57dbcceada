"""Read queries used by the public pages."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from blog.models import Post


async def post_by_slug(session: AsyncSession, slug: str) -> Post | None:
    result = await session.execute(select(Post).where(Post.slug == slug))
    return result.scalar_one_or_none()


async def latest_posts(session: AsyncSession, limit: int = 10) -> list[Post]:
    result = await session.execute(select(Post).order_by(Post.published_at.desc()).limit(limit))
    return list(result.scalars())
