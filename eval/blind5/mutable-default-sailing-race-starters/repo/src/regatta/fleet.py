from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    sail_number: str
    helm: str
    boat_class: str
    py_number: int
    started: bool = True


def starters(entries: Iterable[Entry], fleet: list[Entry] = []) -> list[Entry]:
    """Entries that crossed the start line, ordered by sail number."""
    for entry in entries:
        if entry.started and entry not in fleet:
            fleet.append(entry)
    fleet.sort(key=lambda e: e.sail_number)
    return fleet
