from pydantic_settings import BaseSettings, SettingsConfigDict


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_")

    rate_limit_backend: str = "memory"
    rate_limit_sqlite_path: str = "buckets.sqlite3"
    rate_limit_capacity: int = 30
    rate_limit_refill_per_second: float = 0.5


settings = GatewaySettings()
