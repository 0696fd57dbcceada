"""Runtime configuration for the timetable publisher, read from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    feed_dir: Path
    horizon_days: int
    agency_tz: str
    agency_name: str


def load_settings(env: Mapping[str, str] = os.environ) -> Settings:
    return Settings(
        feed_dir=Path(env.get("TT_FEED_DIR", "/var/lib/timetables/out")),
        horizon_days=env.get("TT_EXPORT_HORIZON_DAYS", 28),
        agency_tz=env.get("TT_AGENCY_TZ", "Europe/London"),
        agency_name=env.get("TT_AGENCY_NAME", "Valley & Coast Buses"),
    )
