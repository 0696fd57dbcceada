from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    portal_url: str
    portal_token: str
    portal_timeout: float = 5.0


def load_settings() -> Settings:
    return Settings(
        database_url=os.environ.get("TIMETABLER_DB", "sqlite:///timetabler.db"),
        portal_url=os.environ.get("PARENT_PORTAL_URL", "https://portal.example-school.org/api"),
        portal_token=os.environ.get("PARENT_PORTAL_TOKEN", ""),
    )


settings = load_settings()
