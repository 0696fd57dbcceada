from functools import lru_cache

from pydantic import BaseSettings, Field


class Settings(BaseSettings):
    app_name: str = "inventory"
    database_url: str = Field("sqlite:///./inventory.db", env="INVENTORY_DATABASE_URL")
    low_stock_threshold: int = 5

    class Config:
        env_file = ".env"


@lru_cache
def get_settings() -> Settings:
    return Settings()
