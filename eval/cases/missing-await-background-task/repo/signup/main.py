from contextlib import asynccontextmanager

from fastapi import FastAPI

from signup.api import accounts
from signup.database import Base, engine


@asynccontextmanager
async def lifespan(_: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield


app = FastAPI(title="signup", lifespan=lifespan)
app.include_router(accounts.router)
