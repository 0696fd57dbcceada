"""Wire models shared with the judges' tablet app (camelCase JSON)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, computed_field
from pydantic.alias_generators import to_camel

CRITERIA = ("innovation", "execution", "design", "impact")


class ScoreCard(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, frozen=True)

    team_id: int
    judge_id: str
    round_no: int = Field(ge=1)
    innovation: int = Field(ge=0, le=10)
    execution: int = Field(ge=0, le=10)
    design: int = Field(ge=0, le=10)
    impact: int = Field(ge=0, le=10)
    submitted_at: datetime

    @computed_field
    @property
    def total(self) -> int:
        return sum(getattr(self, name) for name in CRITERIA)


class LeaderboardRow(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)

    rank: int
    team_id: int
    team_name: str
    average: float
    cards: int
