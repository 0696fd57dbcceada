from __future__ import annotations

from fastapi import FastAPI, Query
from fastapi.responses import PlainTextResponse

from exporter import jobs

app = FastAPI(title="exporter")


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/exports", response_class=PlainTextResponse)
async def export_csv(rows: int = Query(100, ge=1, le=10_000)) -> str:
    """Run an export and return the CSV once it is ready."""
    job_id = jobs.submit_export(rows)
    finished = jobs.wait_for(job_id)
    return finished.result or ""
