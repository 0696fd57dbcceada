"""Seed the demo data and request a stock report through TestClient."""

from fastapi.testclient import TestClient

from inventory.main import app
from inventory.seed import seed

seed()
client = TestClient(app)
print(client.get("/stock/CHAIR-OAK").json())
