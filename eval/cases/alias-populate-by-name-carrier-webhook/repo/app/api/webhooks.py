from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, HTTPException

from app.services.carriers import ADAPTERS
from app.services.timeline import timeline

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


@router.post("/{carrier}", status_code=202)
def carrier_webhook(carrier: str, payload: dict[str, Any] = Body(...)) -> dict[str, Any]:
    adapter = ADAPTERS.get(carrier)
    if adapter is None:
        raise HTTPException(404, f"unknown carrier {carrier!r}")
    event = adapter(payload)
    count = timeline.record(event)
    return {"accepted": True, "events": count}
