from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "sqlite+aiosqlite:///dashboard.db"
    stats_window_days: int = 30

    model_config = {"env_prefix": "DASHBOARD_"}


@lru_cache
def get_settings() -> Settings:
    return Settings()
