import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str = os.getenv("NOTES_DATABASE_URL", "sqlite:///notes.db")
    max_note_length: int = 10_000


settings = Settings()
