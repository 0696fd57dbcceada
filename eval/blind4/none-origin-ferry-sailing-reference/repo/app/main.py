from __future__ import annotations

from fastapi import FastAPI

from app.routers import bookings

app = FastAPI(title="Ferry bookings")
app.include_router(bookings.router)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
