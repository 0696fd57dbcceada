from contextlib import asynccontextmanager

from fastapi import FastAPI

from billing.database import Base, engine
from billing.routers import invoices


@asynccontextmanager
async def lifespan(app: FastAPI):
    Base.metadata.create_all(engine)
    yield


app = FastAPI(title="billing", lifespan=lifespan)
app.include_router(invoices.router)
