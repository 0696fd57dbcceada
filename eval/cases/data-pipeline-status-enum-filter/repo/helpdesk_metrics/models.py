from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


class Status(Enum):
    OPEN = "open"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"


@dataclass(frozen=True)
class Ticket:
    id: int
    team: str
    status: Status
    opened_at: dt.datetime
    resolved_at: dt.datetime | None
