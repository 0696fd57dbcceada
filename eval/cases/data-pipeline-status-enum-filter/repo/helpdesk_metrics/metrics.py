"""Stage 3: the numbers on the weekly support dashboard."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Ticket


def mean_resolution_hours(tickets: Sequence[Ticket]) -> float:
    total = 0.0
    for t in tickets:
        assert t.resolved_at is not None
        total += (t.resolved_at - t.opened_at).total_seconds() / 3600
    return round(total / len(tickets), 1)


def backlog(tickets: Sequence[Ticket]) -> int:
    return sum(1 for t in tickets if t.resolved_at is None)
