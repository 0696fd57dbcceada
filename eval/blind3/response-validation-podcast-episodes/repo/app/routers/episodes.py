from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import get_session
from app.schemas import EpisodeOut
from app.services import episodes as svc

router = APIRouter(prefix="/shows", tags=["episodes"])


@router.get("/{slug}/episodes", response_model=list[EpisodeOut])
async def list_episodes(slug: str, session: AsyncSession = Depends(get_session)) -> Any:
    show = await svc.find_show(session, slug)
    if show is None:
        raise HTTPException(status_code=404, detail="show not found")
    eps = await svc.published_episodes(session, show)
    return [svc.serialize_episode(ep) for ep in eps]
