from __future__ import annotations

import time

from fastapi import FastAPI, Request

from app.routers import episodes

app = FastAPI(title="Podhost API", version="0.9.2")
app.include_router(episodes.router)


@app.middleware("http")
async def add_timing_header(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Response-Time-ms"] = f"{(time.perf_counter() - started) * 1000:.1f}"
    return response


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
