from __future__ import annotations

from fastapi import FastAPI

from tramdesk.routers import faults

app = FastAPI(title="Tram fault desk")
app.include_router(faults.router)


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
