"""Runtime configuration, read from PODCAST_* environment variables."""
from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PODCAST_", extra="ignore")

    database_url: str = "sqlite:///./podcasts.db"
    feed_title: str = "Untitled podcast"
    feed_language: str = "en"
    cdn_base_url: str | None = None
    max_upload_mb: int = 200


@lru_cache
def get_settings() -> Settings:
    return Settings()
