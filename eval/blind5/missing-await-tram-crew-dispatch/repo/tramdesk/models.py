from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class FaultCategory(str, Enum):
    TRACK = "track"
    OVERHEAD_LINE = "overhead_line"
    SIGNAL = "signal"
    PLATFORM = "platform"
    TICKET_MACHINE = "ticket_machine"


@dataclass(frozen=True)
class Stop:
    code: str
    name: str
    depot: str


@dataclass
class Fault:
    id: str
    stop: Stop
    category: FaultCategory
    summary: str
    reported_at: datetime
    status: str = "open"
    crew_code: str | None = None


@dataclass(frozen=True)
class Crew:
    code: str
    depot: str
    lead: str
    skills: frozenset[FaultCategory] = field(default_factory=frozenset)
    on_shift: bool = True


@dataclass(frozen=True)
class WorkOrder:
    fault_id: str
    crew_code: str
    crew_lead: str
    stop_code: str
    stop_name: str
    category: str
    summary: str
    issued_at: datetime
