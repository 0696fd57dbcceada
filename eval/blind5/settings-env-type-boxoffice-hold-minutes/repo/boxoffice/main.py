from __future__ import annotations

from fastapi import FastAPI

from boxoffice.routers import holds
from boxoffice.seatmap import PERFORMANCES
from boxoffice.settings import get_settings

app = FastAPI(title="Box office")
app.include_router(holds.router)


@app.get("/health")
def health() -> dict[str, object]:
    return {"venue": get_settings().venue_name, "performances": len(PERFORMANCES)}
