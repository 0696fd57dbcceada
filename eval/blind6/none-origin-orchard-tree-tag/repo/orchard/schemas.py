from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class TreeIn(BaseModel):
    tag: str = Field(min_length=3, max_length=12)
    variety: str
    rootstock: str | None = None
    plot: str
    planted_on: date


class HarvestIn(BaseModel):
    picked_on: date
    weight_kg: float = Field(gt=0)


class TreeCard(BaseModel):
    tag: str
    variety: str
    plot: str
    age_years: int
    seasons: int
    total_kg: float
    best_season: int | None
