from __future__ import annotations

from datetime import datetime, timezone


def parse_iso(value: str) -> datetime:
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def to_epoch_seconds(value: str | int | float) -> int:
    """Accept ISO-8601 strings or numeric epochs from devices and normalise them."""
    if isinstance(value, (int, float)):
        return int(value)
    return int(parse_iso(value).timestamp() * 1000)
