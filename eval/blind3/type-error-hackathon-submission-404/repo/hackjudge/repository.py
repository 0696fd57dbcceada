from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from hackjudge.models import Submission, SubmissionIn


class SubmissionRepository:
    """Async facade over the submissions table (in-memory during the event's dry runs)."""

    def __init__(self, deadline: datetime) -> None:
        self._deadline = deadline
        self._by_team: dict[int, Submission] = {}
        self._lock = asyncio.Lock()

    async def upsert(self, team_id: int, payload: SubmissionIn) -> Submission:
        now = datetime.now(timezone.utc)
        submission = Submission(
            team_id=team_id, submitted_at=now, late=now > self._deadline, **payload.model_dump()
        )
        async with self._lock:
            self._by_team[team_id] = submission
        return submission

    async def for_team(self, team_id: int) -> Submission | None:
        return self._by_team.get(team_id)

    async def by_track(self, track: str) -> list[Submission]:
        return sorted(
            (s for s in self._by_team.values() if s.track == track),
            key=lambda s: s.submitted_at,
        )
