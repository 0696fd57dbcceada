from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", env_file=".env", extra="ignore")

    currency: str = "EUR"
    free_shipping_over: int = 50
    shipping_flat_fee: float = 4.99
    vat_rate: str = "0.21"


@lru_cache
def get_settings() -> Settings:
    return Settings()
