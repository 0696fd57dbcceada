from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from dentallab.orders import OrderBook
from dentallab.routers import orders


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.order_book = OrderBook()
    yield


app = FastAPI(title="Dental lab orders", lifespan=lifespan)
app.include_router(orders.router)
