from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CampaignStats:
    slug: str
    channel: str
    budget: float
    visits: int = 0
    orders: int = 0
    revenue: float = 0.0


def collect(campaigns: list[dict], events: list[dict]) -> list[CampaignStats]:
    stats = {c["slug"]: CampaignStats(c["slug"], c["channel"], float(c["budget"])) for c in campaigns}
    for event in events:
        target = stats.get(event["campaign"])
        if target is None:
            continue
        if event["type"] == "visit":
            target.visits += 1
        elif event["type"] == "order":
            target.orders += 1
            target.revenue += float(event.get("amount", 0))
    return list(stats.values())
