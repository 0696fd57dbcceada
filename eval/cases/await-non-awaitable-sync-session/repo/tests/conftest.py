import pytest
from fastapi.testclient import TestClient

from inventory.core.database import SessionLocal
from inventory.main import app
from inventory.models import StockItem


@pytest.fixture
def client():
    with SessionLocal() as session:
        session.merge(StockItem(sku="KB-84-ISO", name="Keyboard 84 ISO", quantity=12))
        session.merge(StockItem(sku="MS-WL-02", name="Wireless mouse", quantity=3))
        session.commit()
    with TestClient(app) as client:
        yield client
