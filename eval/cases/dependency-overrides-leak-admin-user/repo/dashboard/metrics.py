from __future__ import annotations

from datetime import date, timedelta

_DAILY_SIGNUPS = [12, 18, 9, 22, 31, 27, 15]


def signups_last_week(today: date) -> list[dict[str, object]]:
    start = today - timedelta(days=len(_DAILY_SIGNUPS))
    return [
        {"day": (start + timedelta(days=i)).isoformat(), "signups": count}
        for i, count in enumerate(_DAILY_SIGNUPS)
    ]


def revenue_by_plan() -> dict[str, int]:
    return {"free": 0, "team": 48_300, "enterprise": 212_000}
