from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.models import Member


async def list_members(session: AsyncSession, tier: str | None = None) -> Sequence[Member]:
    stmt = select(Member).options(selectinload(Member.certifications)).order_by(Member.full_name)
    if tier is not None:
        stmt = stmt.where(Member.membership_tier == tier)
    return (await session.scalars(stmt)).all()


async def get_member(session: AsyncSession, member_id: int) -> Member | None:
    stmt = select(Member).where(Member.id == member_id)
    return (await session.scalars(stmt)).first()


async def get_member_by_email(session: AsyncSession, email: str) -> Member | None:
    stmt = select(Member).where(Member.email == email.lower())
    return (await session.scalars(stmt)).first()
