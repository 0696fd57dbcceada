from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    booking_day_start: int = 8
    booking_day_end: int = 20
    slot_minutes: int = 120


def load_settings() -> Settings:
    return Settings(
        database_url=os.environ.get("CLUB_DATABASE_URL", "sqlite+aiosqlite:///./club.db"),
        booking_day_start=int(os.environ.get("CLUB_DAY_START", "8")),
        booking_day_end=int(os.environ.get("CLUB_DAY_END", "20")),
    )


settings = load_settings()
