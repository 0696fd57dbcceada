from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class ArticleSummary(BaseModel):
    id: int
    headline: str
    byline: str
    section: str
    published_at: datetime

    class Config:
        orm_mode = True
