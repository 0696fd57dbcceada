from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OVERHANG_", env_file=".env", extra="ignore")

    gym_name: str = "Overhang Climbing"
    members_csv: Path = Path("data/memberships.csv")
    outbox_dir: Path | None = None

    monthly_price_cents: int = 6900
    annual_price_cents: int = 69000
    freeze_max_days: int = 60
    lapse_grace_days: int | None = None
    reminder_days_before: int = 5


@lru_cache
def get_settings() -> Settings:
    return Settings()
