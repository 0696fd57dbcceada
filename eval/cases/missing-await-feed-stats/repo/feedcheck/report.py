from __future__ import annotations

from datetime import datetime, timedelta, timezone

from feedcheck.loader import FeedStats

STALE_AFTER = timedelta(days=90)


def summarize(stats: list[FeedStats], now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    total = sum(s.entry_count for s in stats)
    lines = [f"{len(stats)} feeds, {total} entries"]
    for s in sorted(stats, key=lambda s: s.title.lower()):
        flags = []
        if s.newest is None or now - s.newest > STALE_AFTER:
            flags.append("stale")
        if s.missing_links:
            flags.append(f"{s.missing_links} without link")
        lines.append(f"  {s.title:<30} {s.entry_count:>4}  {', '.join(flags)}")
    return "\n".join(lines)
