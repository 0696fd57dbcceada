from fastapi.testclient import TestClient

from shop.main import app

with TestClient(app) as client:
    client.post("/cart/quote", json=[{"sku": "MUG-01", "unit_price": "12.50", "quantity": 2}])
