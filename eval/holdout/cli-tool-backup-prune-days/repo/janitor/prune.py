from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from janitor.policy import Retention
from janitor.scan import Archive


def select_for_deletion(archives: list[Archive], policy: Retention, now: datetime) -> list[Archive]:
    by_name: dict[str, list[Archive]] = defaultdict(list)
    for archive in archives:
        by_name[archive.name].append(archive)
    cutoff = policy.cutoff(now)
    doomed: list[Archive] = []
    for series in by_name.values():
        series.sort(key=lambda a: a.taken_at, reverse=True)
        doomed.extend(a for a in series[policy.keep_min:] if a.taken_at < cutoff)
    return doomed
