from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class TastingNoteOut(BaseModel):
    tasted_on: date
    score: int | None = None
    text: str

    class Config:
        orm_mode = True


class BottleOut(BaseModel):
    id: int
    rack: str
    slot: str
    producer: str
    wine: str
    vintage: int | None = None
    quantity: int
    notes: list[TastingNoteOut] = Field(default_factory=list)

    class Config:
        orm_mode = True


class BottleIn(BaseModel):
    rack: str = Field(max_length=8)
    slot: str = Field(max_length=8)
    producer: str
    wine: str
    vintage: int | None = Field(default=None, ge=1900, le=2100)
    quantity: int = Field(default=1, ge=1)


class RackListing(BaseModel):
    rack: str
    bottles: list[BottleOut]
    total_bottles: int
