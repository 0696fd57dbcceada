from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from honeyco.models import Base, HoneyBatch
from honeyco.repository import BatchRepository
from honeyco.service import BatchNotFound, LabelService

PRODUCER = "Upland Beekeepers' Co-operative"


class BatchIn(BaseModel):
    code: str = Field(pattern=r"^\d{4}-[A-Z]{2}\d{2}$")
    apiary: str
    floral_source: str
    extracted_on: date
    moisture_pct: float = Field(ge=14, le=20)


class LabelOut(BaseModel):
    title: str
    origin: str
    lot: str
    best_before: date


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessionmaker() as session:
        yield session


def create_app(database_url: str) -> FastAPI:
    engine = create_async_engine(database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        app.state.sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
        yield
        await engine.dispose()

    app = FastAPI(title="honeyco", lifespan=lifespan)

    @app.post("/batches", status_code=201)
    async def create_batch(body: BatchIn, session: AsyncSession = Depends(get_session)) -> dict[str, int]:
        batch = await BatchRepository(session).add(HoneyBatch(**body.model_dump()))
        return {"id": batch.id}

    @app.get("/batches/{code}/label", response_model=LabelOut)
    async def batch_label(code: str, session: AsyncSession = Depends(get_session)) -> LabelOut:
        service = LabelService(BatchRepository(session), PRODUCER)
        try:
            label = await service.label_for(code)
        except BatchNotFound:
            raise HTTPException(404, f"no batch {code}") from None
        return LabelOut(**label.__dict__)

    return app
