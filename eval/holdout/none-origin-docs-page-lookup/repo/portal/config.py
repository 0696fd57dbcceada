from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PORTAL_")

    database_url: str = "sqlite+aiosqlite:///portal.db"
    default_locale: str = "en"


settings = Settings()
