"""Roll usage rows up into tool-hours."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from toolusage.schema import ToolHours, UsageRow


def tool_hours(rows: Iterable[UsageRow]) -> list[ToolHours]:
    minutes: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    members: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        slug = row["tool_slug"]
        minutes[slug] += row["minutes"]
        counts[slug] += 1
        members[slug].add(row["member"])
    return sorted(
        (
            ToolHours(
                tool_slug=slug,
                bookings=counts[slug],
                hours=round(minutes[slug] / 60, 1),
                members=len(members[slug]),
            )
            for slug in minutes
        ),
        key=lambda item: item["hours"],
        reverse=True,
    )
