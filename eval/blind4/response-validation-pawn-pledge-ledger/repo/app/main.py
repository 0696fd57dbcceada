from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.routers import customers
from app.seed import seed


@asynccontextmanager
async def lifespan(app: FastAPI):
    seed()
    yield


app = FastAPI(title="Pawn ledger", lifespan=lifespan)
app.include_router(customers.router)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
