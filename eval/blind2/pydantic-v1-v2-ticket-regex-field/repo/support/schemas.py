from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, Field, field_validator


class Priority(str, Enum):
    low = "low"
    normal = "normal"
    urgent = "urgent"


class TicketIn(BaseModel):
    subject: str = Field(min_length=3, max_length=140)
    body: str
    reporter_email: str = Field(regex=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
    priority: Priority = Priority.normal

    @field_validator("subject")
    @classmethod
    def strip_subject(cls, value: str) -> str:
        return value.strip()


class TicketOut(TicketIn):
    id: int
    created_at: datetime
