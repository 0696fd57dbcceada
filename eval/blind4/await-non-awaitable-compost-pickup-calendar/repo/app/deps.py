from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Annotated

from fastapi import Depends

from app.services.schedule import PickupScheduleService
from app.stores import InMemoryPickupStore, PickupStore


@lru_cache
def get_store() -> PickupStore:
    return InMemoryPickupStore()


def get_today() -> date:
    return date.today()


def get_schedule_service(
    store: Annotated[PickupStore, Depends(get_store)],
    today: Annotated[date, Depends(get_today)],
) -> PickupScheduleService:
    return PickupScheduleService(store, today)
