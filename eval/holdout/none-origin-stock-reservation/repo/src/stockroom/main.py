from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from stockroom import crud, service
from stockroom.database import Base, SessionFactory, engine, session_scope
from stockroom.models import Product

DEMO_PRODUCTS = [
    ("WID-001", "Widget, small", 40),
    ("WID-002", "Widget, large", 12),
    ("GAD-100", "Gadget", 3),
]


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with SessionFactory() as session:
        if not await crud.list_products(session):
            session.add_all(Product(sku=s, name=n, on_hand=q) for s, n, q in DEMO_PRODUCTS)
            await session.commit()
    yield
    await engine.dispose()


app = FastAPI(title="stockroom", lifespan=lifespan)


class ReservationIn(BaseModel):
    order_ref: str
    quantity: int = Field(gt=0)


@app.get("/products")
async def products(session: AsyncSession = Depends(session_scope)):
    return [{"sku": p.sku, "name": p.name, "available": service.available_units(p)}
            for p in await crud.list_products(session)]


@app.post("/products/{sku}/reservations", status_code=201)
async def create_reservation(sku: str, body: ReservationIn, session: AsyncSession = Depends(session_scope)):
    try:
        reservation_id = await service.reserve(session, sku, body.order_ref, body.quantity)
    except service.OutOfStock as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    return {"reservation_id": reservation_id}
