from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration, read from BILLING_* environment variables or a .env file."""

    model_config = SettingsConfigDict(env_prefix="BILLING_", env_file=".env", extra="ignore")

    app_name: str = "billing"
    database_url: str = "sqlite+aiosqlite:///./billing.db"
    echo_sql: bool = False
    portal_base_url: str = "https://billing.example.com/portal"
    default_currency: str = "usd"
    recent_invoice_limit: int = 5


@lru_cache
def get_settings() -> Settings:
    return Settings()
