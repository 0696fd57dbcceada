import asyncio
from datetime import datetime, timedelta
from decimal import Decimal

from fastapi.testclient import TestClient

from dashboard.db import SessionMaker
from dashboard.main import app
from dashboard.models import Sale, Store


async def seed() -> None:
    now = datetime.now()
    async with SessionMaker() as session:
        session.add(Store(id=3, name="Harbour St."))
        session.add_all(
            [
                Sale(store_id=3, total=Decimal("18.50"), created_at=now - timedelta(days=1)),
                Sale(store_id=3, total=Decimal("42.00"), created_at=now - timedelta(days=2)),
                Sale(store_id=3, total=Decimal("9.99"), refunded=True, created_at=now - timedelta(days=4)),
            ]
        )
        await session.commit()


with TestClient(app) as client:
    asyncio.run(seed())
    response = client.get("/stores/3/stats")
    print(response.status_code, response.text)
