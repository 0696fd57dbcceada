"""Stage 1: parse the helpdesk's JSON export."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from .models import Ticket


def _ts(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def parse_ticket(raw: dict[str, Any]) -> Ticket:
    opened = _ts(raw["created"])
    assert opened is not None
    return Ticket(
        id=int(raw["id"]),
        team=raw.get("group") or "unassigned",
        status=raw["status"],
        opened_at=opened,
        resolved_at=_ts(raw.get("solved_at")),
    )


def load_export(path: Path) -> list[Ticket]:
    payload = json.loads(path.read_text(encoding="utf-8"))
    return [parse_ticket(item) for item in payload["tickets"]]
