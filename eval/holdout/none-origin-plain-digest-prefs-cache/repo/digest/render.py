from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

from digest.activity import Activity


def render_digest(user_id: int, prefs: dict[str, Any], items: Iterable[Activity]) -> str:
    tz = ZoneInfo(prefs["timezone"])
    muted = set(prefs["muted_projects"])
    lines = [f"Your {prefs['frequency']} digest"]
    for item in sorted(items, key=lambda a: a.at):
        if item.project in muted:
            continue
        local = item.at.replace(tzinfo=ZoneInfo("UTC")).astimezone(tz)
        lines.append(f"  {local:%H:%M} [{item.project}] {item.summary}")
    return "\n".join(lines)
