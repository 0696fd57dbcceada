from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FAULTLINE_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///faultline.db"
    notify_webhook: str | None = None
    sla_hours: dict[str, int] = Field(
        default_factory=lambda: {"critical": 4, "major": 24, "minor": 72}
    )
    night_service_start: int = 23
    night_service_end: int = 5
    night_extension_hours: int = 6


@lru_cache
def get_settings() -> Settings:
    return Settings()
