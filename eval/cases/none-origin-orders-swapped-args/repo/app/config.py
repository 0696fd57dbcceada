import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    database_url: str
    cancel_window_hours: int
    debug: bool


def load_config() -> Config:
    return Config(
        database_url=os.environ.get("DATABASE_URL", "sqlite:///./orders.db"),
        cancel_window_hours=int(os.environ.get("CANCEL_WINDOW_HOURS", "24")),
        debug=os.environ.get("DEBUG", "0") == "1",
    )


config = load_config()
