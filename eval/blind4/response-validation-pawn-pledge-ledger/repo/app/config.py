import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Settings:
    database_url: str
    monthly_rate: Decimal
    grace_days: int
    business_date: date | None


def load_settings() -> Settings:
    override = os.environ.get("PAWN_BUSINESS_DATE")
    return Settings(
        database_url=os.environ.get("PAWN_DATABASE_URL", "sqlite:///./pawnledger.db"),
        monthly_rate=Decimal(os.environ.get("PAWN_MONTHLY_RATE", "0.04")),
        grace_days=int(os.environ.get("PAWN_GRACE_DAYS", "14")),
        business_date=date.fromisoformat(override) if override else None,
    )


settings = load_settings()
