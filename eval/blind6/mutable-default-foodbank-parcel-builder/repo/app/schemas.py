from __future__ import annotations

from pydantic import BaseModel, Field


class ParcelRequest(BaseModel):
    household_ref: str = Field(pattern=r"^H-\d{3,}$")
    adults: int = Field(ge=1, le=8)
    children: int = Field(default=0, ge=0, le=10)
    infants: int = Field(default=0, ge=0, le=4)


class ParcelOut(BaseModel):
    household: str
    weight_kg: float
    lines: dict[str, int]
