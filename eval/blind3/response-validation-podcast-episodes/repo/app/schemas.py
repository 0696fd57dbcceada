from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class EpisodeOut(BaseModel):
    id: int
    number: int
    title: str
    audio_url: str
    duration_seconds: int
    published_at: datetime | None = None


class ShowOut(BaseModel):
    slug: str
    title: str
    episode_count: int
