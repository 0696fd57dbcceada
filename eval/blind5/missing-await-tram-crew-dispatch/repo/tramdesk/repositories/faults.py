from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from tramdesk.models import Fault, FaultCategory, Stop

STOPS: dict[str, Stop] = {
    "HBF": Stop("HBF", "Hauptbahnhof", depot="north"),
    "MKT": Stop("MKT", "Marktplatz", depot="north"),
    "UNI": Stop("UNI", "Universität", depot="south"),
    "ZOO": Stop("ZOO", "Tiergarten", depot="south"),
}


class FaultStore:
    """In-process fault register (the production build swaps in the Postgres one)."""

    def __init__(self) -> None:
        self._faults: dict[str, Fault] = {}
        self._lock = asyncio.Lock()

    async def add(self, fault: Fault) -> None:
        async with self._lock:
            self._faults[fault.id] = fault

    async def get(self, fault_id: str) -> Fault | None:
        return self._faults.get(fault_id)

    async def open_faults(self) -> list[Fault]:
        return [f for f in self._faults.values() if f.status == "open"]

    async def mark_dispatched(self, fault_id: str, crew_code: str) -> None:
        async with self._lock:
            fault = self._faults[fault_id]
            fault.status = "dispatched"
            fault.crew_code = crew_code


def seed(store: FaultStore) -> None:
    """Load a few demo faults so the desk is not empty in development."""
    now = datetime(2026, 11, 21, 7, 45, tzinfo=timezone.utc)
    demo = [
        Fault("F-1001", STOPS["MKT"], FaultCategory.SIGNAL, "Signal 14 stuck on red", now),
        Fault("F-1002", STOPS["UNI"], FaultCategory.PLATFORM, "Tactile paving loose", now),
        Fault("F-1003", STOPS["HBF"], FaultCategory.OVERHEAD_LINE, "Sagging contact wire", now),
    ]
    for fault in demo:
        store._faults[fault.id] = fault
