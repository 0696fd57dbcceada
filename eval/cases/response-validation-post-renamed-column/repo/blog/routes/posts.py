from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from blog.db import config, get_session
from blog.models import Post
from blog.schemas.post import PostOut, PostSummary

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=list[PostSummary])
async def list_posts(page: int = 1, session: AsyncSession = Depends(get_session)):
    stmt = (
        select(Post)
        .where(Post.published_at.is_not(None))
        .order_by(Post.published_at.desc())
        .limit(config.page_size)
        .offset((page - 1) * config.page_size)
    )
    return (await session.scalars(stmt)).all()


@router.get("/{slug}", response_model=PostOut)
async def read_post(slug: str, session: AsyncSession = Depends(get_session)):
    post = await session.scalar(select(Post).where(Post.slug == slug))
    if post is None:
        raise HTTPException(status_code=404, detail="post not found")
    return post
