"""Schedule records shared by the importer and the calendar views."""
from datetime import date, time
from typing import List, Optional

from pydantic import BaseModel, validator

VOICE_PARTS = ("S1", "S2", "A1", "A2", "T1", "T2", "B1", "B2")


class Rehearsal(BaseModel):
    day: date
    start: time
    end: time
    venue: str
    parts: List[str]
    conductor_note: Optional[str]

    class Config:
        anystr_strip_whitespace = True

    @validator("parts", pre=True)
    def split_parts(cls, value):
        if isinstance(value, str):
            if value.strip().lower() == "tutti":
                return list(VOICE_PARTS)
            return [p.strip().upper() for p in value.split("+") if p.strip()]
        return value

    @validator("parts", each_item=True)
    def known_part(cls, value):
        if value not in VOICE_PARTS:
            raise ValueError(f"unknown voice part {value!r}")
        return value

    @validator("end")
    def ends_after_start(cls, value, values):
        start = values.get("start")
        if start is not None and value <= start:
            raise ValueError("rehearsal must end after it starts")
        return value

    @property
    def is_sectional(self) -> bool:
        return len(self.parts) < len(VOICE_PARTS)


class Term(BaseModel):
    name: str
    rehearsals: List[Rehearsal] = []

    def weeks(self) -> int:
        if not self.rehearsals:
            return 0
        first = min(r.day for r in self.rehearsals)
        last = max(r.day for r in self.rehearsals)
        return (last - first).days // 7 + 1
