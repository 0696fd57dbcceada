from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from loader import Event


@dataclass
class ChannelStats:
    sessions: int = 0
    purchases: int = 0
    revenue_cents: int = 0


def by_channel(events: Iterable[Event]) -> dict[str, ChannelStats]:
    stats: dict[str, ChannelStats] = defaultdict(ChannelStats)
    for event in events:
        channel = stats[event.channel]
        if event.kind == "session_start":
            channel.sessions += 1
        elif event.kind == "purchase":
            channel.purchases += 1
            channel.revenue_cents += event.value_cents
    return dict(stats)


def conversion_rate(stats: ChannelStats) -> float:
    return stats.purchases / stats.sessions


def average_order_value(stats: ChannelStats) -> float:
    return stats.revenue_cents / 100 / stats.purchases if stats.purchases else 0.0
