from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from nursery.db import Base, SessionLocal, engine
from nursery.routers import plants
from nursery.seed import seed_catalogue


@asynccontextmanager
async def lifespan(app: FastAPI):
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        seed_catalogue(session)
    yield


app = FastAPI(title="Greenhouse Nursery Shop", lifespan=lifespan)
app.include_router(plants.router)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
