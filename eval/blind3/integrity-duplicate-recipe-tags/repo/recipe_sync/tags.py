"""Tag vocabulary shared by user-submitted and imported recipes."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recipe_sync.models import Tag

_SEPARATORS = re.compile(r"[\s_]+")


def normalise(name: str) -> str:
    return _SEPARATORS.sub("-", name.strip().lower())


async def create_tag(session: AsyncSession, name: str) -> Tag:
    tag = Tag(name=name)
    session.add(tag)
    await session.flush()
    return tag


async def find_or_create_tag(session: AsyncSession, name: str) -> Tag:
    existing = await session.scalar(select(Tag).where(Tag.name == name))
    if existing is not None:
        return existing
    return await create_tag(session, name)
