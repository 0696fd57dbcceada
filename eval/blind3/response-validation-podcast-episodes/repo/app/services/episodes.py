"""Episode listing and serialisation shared by the API and the RSS builder."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Episode, Show

MEDIA_HOST = "https://media.example-pods.net"


async def find_show(session: AsyncSession, slug: str) -> Show | None:
    return await session.scalar(select(Show).where(Show.slug == slug))


async def published_episodes(session: AsyncSession, show: Show) -> list[Episode]:
    stmt = (
        select(Episode)
        .where(Episode.show_id == show.id, Episode.published_at.is_not(None))
        .order_by(Episode.number.desc())
    )
    return list(await session.scalars(stmt))


def serialize_episode(ep: Episode) -> dict[str, Any]:
    return {
        "id": ep.id,
        "number": ep.number,
        "title": ep.title,
        "audio_url": f"{MEDIA_HOST}/{ep.audio_path.lstrip('/')}",
        "duration": ep.duration_seconds,
        "published_at": ep.published_at,
    }
