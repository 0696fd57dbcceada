from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class LedgerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_")

    database_url: str = "sqlite+aiosqlite:///ledger.db"
    default_currency: str = Field(default="EUR", min_length=3, max_length=3)
    page_size: int = 50


settings = LedgerSettings()
