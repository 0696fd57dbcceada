from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

VoicePart = Literal["S1", "S2", "A1", "A2", "T1", "T2", "B1", "B2"]


class RehearsalIn(BaseModel):
    starts_at: datetime
    duration_minutes: int = Field(gt=0, le=240)
    venue: str = Field(min_length=1, max_length=120)
    voice_parts: list[VoicePart] = Field(min_length=1)
    notes: str | None = None


class RehearsalOut(RehearsalIn):
    id: int
    choir: str
