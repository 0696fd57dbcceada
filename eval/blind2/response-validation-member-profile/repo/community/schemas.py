from __future__ import annotations

from datetime import date

from pydantic import BaseModel


class ProfileOut(BaseModel):
    handle: str
    display_name: str
    joined: date
    tags: list[str]
    post_count: int
