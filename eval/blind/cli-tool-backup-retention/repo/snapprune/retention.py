from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from .snapshots import Snapshot


def cutoff_for(now: datetime, keep_days: int) -> datetime:
    return now - timedelta(days=keep_days)


def select_expired(snapshots: list[Snapshot], now: datetime, keep_days: int, keep_min: int) -> list[Snapshot]:
    """Snapshots older than keep_days, always keeping the newest keep_min per volume."""
    cutoff = cutoff_for(now, keep_days)
    by_volume: dict[str, list[Snapshot]] = defaultdict(list)
    for snap in snapshots:
        by_volume[snap.volume].append(snap)
    expired = []
    for snaps in by_volume.values():
        snaps.sort(key=lambda s: s.taken_at, reverse=True)
        expired.extend(s for s in snaps[keep_min:] if s.taken_at < cutoff)
    return expired
