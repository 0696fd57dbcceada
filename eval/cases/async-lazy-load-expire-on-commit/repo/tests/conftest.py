from decimal import Decimal

import pytest

from checkout.db import Base, Session, engine
from checkout.models import Product


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def session():
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.run_sync(Base.metadata.create_all)
    async with Session() as session:
        session.add_all(
            [
                Product(sku="BEAN-ETH-250", price=Decimal("9.50")),
                Product(sku="FILTER-V60-100", price=Decimal("4.20")),
            ]
        )
        await session.commit()
        yield session
    await engine.dispose()
