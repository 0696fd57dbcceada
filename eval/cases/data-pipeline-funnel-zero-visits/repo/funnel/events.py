"""Loading click-stream events exported from the tracker (JSON lines)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    session: str
    campaign: str
    kind: str  # "visit", "add_to_cart", "purchase"
    value: float = 0.0


def parse_events(lines: Iterable[str]) -> list[Event]:
    events = []
    for line in lines:
        if not line.strip():
            continue
        raw = json.loads(line)
        events.append(Event(raw["sid"], raw.get("utm_campaign", "(none)"), raw["type"], float(raw.get("value", 0))))
    return events


def by_campaign(events: Iterable[Event]) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        groups[event.campaign].append(event)
    return dict(groups)
