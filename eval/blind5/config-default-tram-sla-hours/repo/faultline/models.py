from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class Severity(str, Enum):
    """How badly the fault affects service, as chosen by the reporting driver."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Stop:
    code: str
    name: str
    lines: tuple[str, ...]


@dataclass
class FaultTicket:
    stop: Stop
    severity: Severity
    description: str
    reported_by: str
    reported_at: datetime
    due_by: datetime | None = None
    tags: list[str] = field(default_factory=list)
