from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TEAMS_", env_file=".env", extra="ignore")

    smtp_host: str = "localhost"
    smtp_port: int = 1025
    mail_from: str = "no-reply@teams.local"
    invite_base_url: str = "http://localhost:8000/invites"


@lru_cache
def get_settings() -> Settings:
    return Settings()
