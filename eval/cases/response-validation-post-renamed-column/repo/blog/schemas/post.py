from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class AuthorOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    display_name: str


class PostSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    title: str
    summary: str
    published_at: datetime | None


class PostOut(PostSummary):
    body: str
    author: AuthorOut
