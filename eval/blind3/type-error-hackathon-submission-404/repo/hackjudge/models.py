from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field, HttpUrl


class SubmissionIn(BaseModel):
    title: str = Field(min_length=3, max_length=80)
    repo_url: HttpUrl
    demo_url: HttpUrl | None = None
    track: str = Field(pattern=r"^(health|climate|fintech|open)$")
    members: list[str] = Field(min_length=1, max_length=5)


class Submission(SubmissionIn):
    team_id: int
    submitted_at: datetime
    late: bool = False
