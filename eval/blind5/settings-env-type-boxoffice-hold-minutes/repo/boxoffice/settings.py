"""Runtime configuration, read from the environment (see deploy/boxoffice.env)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    venue_name: str
    hold_minutes: int
    max_seats_per_hold: int
    allow_wheelchair_release: bool


@lru_cache
def get_settings() -> Settings:
    return Settings(
        venue_name=os.environ.get("BOXOFFICE_VENUE", "The Lyric Rooms"),
        hold_minutes=os.environ.get("BOXOFFICE_HOLD_MINUTES", 12),
        max_seats_per_hold=int(os.environ.get("BOXOFFICE_MAX_SEATS", "10")),
        allow_wheelchair_release=os.environ.get("BOXOFFICE_RELEASE_WC", "0") == "1",
    )
