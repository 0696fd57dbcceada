"""Stage 2: pick the tickets a metric is computed on."""

from __future__ import annotations

from collections.abc import Iterable

from .models import Status, Ticket

DONE = (Status.RESOLVED, Status.CLOSED)


def finished(tickets: Iterable[Ticket]) -> list[Ticket]:
    return [t for t in tickets if t.status in DONE and t.resolved_at is not None]


def for_team(tickets: Iterable[Ticket], team: str) -> list[Ticket]:
    return [t for t in tickets if t.team == team]
