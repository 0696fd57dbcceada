from __future__ import annotations

from fastapi import FastAPI

from ferry_api.api import router

app = FastAPI(title="Island ferries: fares")
app.include_router(router, prefix="/v1")
