from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

from .buckets import BucketStore
from .timeutil import to_epoch_seconds

app = FastAPI(title="telemetry-ingest")
store = BucketStore()


class Reading(BaseModel):
    device: str
    at: str | int
    value: float


@app.post("/readings", status_code=202)
async def ingest(readings: list[Reading]) -> dict[str, list[str]]:
    buckets = []
    for reading in readings:
        buckets.append(store.add(reading.device, to_epoch_seconds(reading.at), reading.value))
    return {"buckets": buckets}
