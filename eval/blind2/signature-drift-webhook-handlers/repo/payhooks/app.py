from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException, Request

from payhooks.context import HandlerContext
from payhooks.dispatch import UnknownEvent, dispatch

app = FastAPI()
LEDGER: list[dict] = []


@app.post("/webhooks/payments")
async def receive(request: Request) -> dict:
    event = await request.json()
    ctx = HandlerContext(request_id=str(uuid.uuid4()), ledger=LEDGER)
    try:
        handled_by = dispatch(event, ctx)
    except UnknownEvent:
        raise HTTPException(status_code=400, detail="unsupported event type")
    return {"received": True, "handler": handled_by}
