from contextlib import asynccontextmanager

from fastapi import FastAPI

from dashboard.db import Base, engine
from dashboard.routes import stats


@asynccontextmanager
async def lifespan(_: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()


app = FastAPI(title="Store dashboard", lifespan=lifespan)
app.include_router(stats.router)
