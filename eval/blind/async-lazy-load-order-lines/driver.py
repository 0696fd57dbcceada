import asyncio
from decimal import Decimal

from fastapi.testclient import TestClient

from shop.db import SessionLocal
from shop.main import app
from shop.models import Order, OrderLine
from shop.repository import OrderRepository


async def seed() -> None:
    async with SessionLocal() as session:
        order = Order(reference="SO-1042", lines=[
            OrderLine(sku="MUG-BLK", quantity=2, unit_price=Decimal("12.50")),
            OrderLine(sku="TEE-M", quantity=1, unit_price=Decimal("24.00")),
        ])
        await OrderRepository(session).add(order)


with TestClient(app) as client:
    client.portal.call(seed)
    resp = client.get("/orders/SO-1042")
    print(resp.status_code, resp.json())
