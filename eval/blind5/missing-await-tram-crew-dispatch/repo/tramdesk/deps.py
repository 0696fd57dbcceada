from __future__ import annotations

from functools import lru_cache

from tramdesk.repositories.crews import CrewRoster
from tramdesk.repositories.faults import FaultStore, seed


@lru_cache
def get_store() -> FaultStore:
    store = FaultStore()
    seed(store)
    return store


@lru_cache
def get_roster() -> CrewRoster:
    return CrewRoster()
