"""Rebuild state from the audit trail (used by the admin 'history' view and by support)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from .schema import AuditRecord


def parse_ts(record: AuditRecord) -> dt.datetime:
    return dt.datetime.fromisoformat(record["ts"])


def last_action_by_target(records: Iterable[AuditRecord]) -> dict[str, tuple[dt.datetime, str, str]]:
    latest: dict[str, tuple[dt.datetime, str, str]] = {}
    for record in records:
        when = parse_ts(record)
        current = latest.get(record["target"])
        if current is None or when >= current[0]:
            latest[record["target"]] = (when, record["actor"], record["action"])
    return latest


def actions_per_actor(records: Iterable[AuditRecord]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        counts[record["actor"]] += 1
    return dict(counts)
