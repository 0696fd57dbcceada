from __future__ import annotations

from datetime import datetime

from .domain import Slot


class SlotStore:
    """Collection slots for the current week, loaded at start-up from the rota."""

    def __init__(self) -> None:
        self._slots: dict[str, Slot] = {}

    def add(self, slot: Slot) -> None:
        self._slots[slot.code] = slot

    def get(self, code: str) -> Slot | None:
        return self._slots.get(code.upper())

    def for_site(self, site: str) -> list[Slot]:
        return sorted((s for s in self._slots.values() if s.site == site), key=lambda s: s.starts_at)


def load_rota() -> SlotStore:
    store = SlotStore()
    rota = [
        ("CH-SAT-AM", "church hall", datetime(2026, 11, 28, 9, 30), 90, 25),
        ("CH-SAT-PM", "church hall", datetime(2026, 11, 28, 13, 0), 60, 15),
        ("LIB-WED", "library annex", datetime(2026, 11, 25, 16, 0), 120, 30),
    ]
    for code, site, starts_at, minutes, capacity in rota:
        store.add(Slot(code, site, starts_at, minutes, capacity))
    return store
