from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RECIPE_SYNC_")

    database_url: str = "sqlite+aiosqlite:///catalogue.db"
    batch_size: int = 50
    echo_sql: bool = False


settings = Settings()
