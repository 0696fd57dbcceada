from __future__ import annotations

from collections.abc import Sequence

from .events import Event, by_campaign


def campaign_stats(events: Sequence[Event]) -> dict[str, float]:
    visits = sum(1 for e in events if e.kind == "visit")
    purchases = sum(1 for e in events if e.kind == "purchase")
    revenue = sum(e.value for e in events if e.kind == "purchase")
    return {
        "visits": visits,
        "purchases": purchases,
        "revenue": round(revenue, 2),
        "conversion": round(purchases / visits, 4),
    }


def report(events: Sequence[Event]) -> dict[str, dict[str, float]]:
    return {name: campaign_stats(evts) for name, evts in sorted(by_campaign(events).items())}
