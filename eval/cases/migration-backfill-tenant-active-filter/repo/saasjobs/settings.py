import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    database_url: str = field(
        default_factory=lambda: os.environ.get("SAASJOBS_DATABASE_URL", "sqlite:///saas.db")
    )
    price_per_api_call: float = 0.0004
    price_per_gb_stored: float = 0.021


settings = Settings()
