from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    database_url: str
    page_size: int = 20


def load_config() -> Config:
    return Config(
        database_url=os.environ.get("BLOG_DATABASE_URL", "sqlite+aiosqlite:///./blog.db"),
        page_size=int(os.environ.get("BLOG_PAGE_SIZE", "20")),
    )
