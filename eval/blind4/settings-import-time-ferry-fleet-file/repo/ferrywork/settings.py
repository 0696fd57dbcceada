from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FERRY_")

    fleet_file: Path = Path("/srv/ferry/fleet.json")
    bookings_dir: Path = Path("/srv/ferry/bookings")
    output_dir: Path = Path("/srv/ferry/manifests")
    lane_width_m: float = 2.9
    lane_gap_m: float = 0.5


@lru_cache
def get_settings() -> Settings:
    return Settings()
