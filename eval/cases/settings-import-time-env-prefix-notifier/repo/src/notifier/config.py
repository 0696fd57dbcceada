"""Worker configuration (environment variables, see deploy/notifier.env)."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFIER_", extra="ignore")

    smtp_host: str
    smtp_port: int = 587
    smtp_user: str
    smtp_password: SecretStr
    from_address: str = "noreply@shop.example"
    queue_dir: Path = Path("/var/spool/notifier")
    batch_size: int = 50


settings = Settings()
