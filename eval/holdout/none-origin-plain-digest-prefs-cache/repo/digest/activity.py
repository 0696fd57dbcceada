from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Activity:
    user_id: int
    project: str
    summary: str
    at: datetime


def sample_activity() -> list[Activity]:
    return [
        Activity(101, "web-frontend", "3 pull requests merged", datetime(2024, 7, 1, 16, 5)),
        Activity(101, "infra", "deploy to production", datetime(2024, 7, 1, 18, 40)),
        Activity(204, "mobile", "release 4.2.0 tagged", datetime(2024, 7, 1, 9, 12)),
    ]
