"""Push published timetables to the parents' portal."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from timetabler.config import settings
from timetabler.models import Lesson


@dataclass(frozen=True)
class PortalReceipt:
    week: int
    accepted: int
    reference: str


def _payload(week: int, lessons: Sequence[Lesson]) -> dict:
    return {
        "week": week,
        "lessons": [
            {
                "day": lesson.weekday,
                "time": lesson.starts_at.strftime("%H:%M"),
                "group": lesson.form_group,
                "subject": lesson.subject,
                "room": lesson.room,
            }
            for lesson in lessons
        ],
    }


async def deliver_update(week: int, lessons: Sequence[Lesson]) -> PortalReceipt:
    headers = {"Authorization": f"Bearer {settings.portal_token}"}
    async with httpx.AsyncClient(base_url=settings.portal_url, timeout=settings.portal_timeout) as client:
        response = await client.post("/timetables", json=_payload(week, lessons), headers=headers)
        response.raise_for_status()
        body = response.json()
    return PortalReceipt(week=week, accepted=body["accepted"], reference=body["reference"])


def push_to_parents_portal(week: int, lessons: Sequence[Lesson]) -> PortalReceipt:
    """Blocking helper for scripts and the CLI."""
    return asyncio.run(deliver_update(week, lessons))
