from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.db import init_db
from app.routes import results


@asynccontextmanager
async def lifespan(_: FastAPI):
    init_db()
    yield


app = FastAPI(title="Tern Bay Sailing Club results", lifespan=lifespan)
app.include_router(results.router)
