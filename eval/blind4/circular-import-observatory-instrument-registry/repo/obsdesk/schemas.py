from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class ObservingBlock(BaseModel):
    target: str
    instrument: str
    exposures: int = Field(ge=1)
    exposure_s: float = Field(gt=0)


class Proposal(BaseModel):
    code: str
    pi: str
    grade: Literal["A", "B", "C"]
    blocks: list[ObservingBlock]


class Allocation(BaseModel):
    code: str
    hours: float
    note: str = ""


class InstrumentOut(BaseModel):
    code: str
    name: str
    modes: list[str]
    available: bool
