from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COMPOST_", env_file=".env", extra="ignore")

    depot_code: str = "DPT-NORTH"
    max_bin_net_kg: float = 400.0
    contamination_credit: float = 0.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
