from __future__ import annotations

from collections import Counter, defaultdict

from .types import DailyRow, Hit


def aggregate_by_day(hits: list[Hit]) -> list[DailyRow]:
    by_day: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_day[hit["ts"][:10]].append(hit)
    rows = []
    for day in sorted(by_day):
        day_hits = by_day[day]
        paths = Counter(h["path"] for h in day_hits)
        rows.append(
            {
                "day": day,
                "visits": len(day_hits),
                "uniques": len({h["visitor"] for h in day_hits}),
                "top_path": paths.most_common(1)[0][0],
            }
        )
    return rows
