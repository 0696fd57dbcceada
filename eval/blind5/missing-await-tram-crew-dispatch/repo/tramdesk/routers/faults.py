from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Depends, HTTPException

from tramdesk.deps import get_roster, get_store
from tramdesk.repositories.crews import CrewRoster
from tramdesk.repositories.faults import FaultStore
from tramdesk.services.dispatch import (
    AlreadyDispatched,
    FaultNotFound,
    NoCrewAvailable,
    dispatch_fault,
)

router = APIRouter(prefix="/faults", tags=["faults"])


@router.get("")
async def list_open_faults(store: FaultStore = Depends(get_store)) -> list[dict]:
    faults = await store.open_faults()
    return [
        {"id": f.id, "stop": f.stop.code, "category": f.category.value, "summary": f.summary}
        for f in faults
    ]


@router.post("/{fault_id}/dispatch", status_code=201)
async def dispatch(
    fault_id: str,
    store: FaultStore = Depends(get_store),
    roster: CrewRoster = Depends(get_roster),
) -> dict:
    try:
        order = await dispatch_fault(fault_id, store, roster)
    except FaultNotFound:
        raise HTTPException(status_code=404, detail="fault not found")
    except AlreadyDispatched:
        raise HTTPException(status_code=409, detail="fault already dispatched")
    except NoCrewAvailable as exc:
        raise HTTPException(status_code=503, detail=str(exc))
    return asdict(order)
