from __future__ import annotations

from fastapi import FastAPI

from coworking import invoices

app = FastAPI(title="Canal Street Cowork")
app.include_router(invoices.router)


@app.get("/ping")
async def ping() -> str:
    return "pong"
