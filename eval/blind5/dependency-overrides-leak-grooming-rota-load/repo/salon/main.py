from __future__ import annotations

from fastapi import FastAPI

from salon.routers import appointments, rota

app = FastAPI(title="Wag & Tidy grooming salon")
app.include_router(appointments.router)
app.include_router(rota.router)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
