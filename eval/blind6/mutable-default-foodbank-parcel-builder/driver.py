"""Pack this Saturday's first parcels through the API, as the bench tablet does."""
from fastapi.testclient import TestClient

from app.main import app

ORDERS = [
    {"household_ref": "H-201", "adults": 2, "children": 1},
    {"household_ref": "H-202", "adults": 1},
    {"household_ref": "H-203", "adults": 2, "children": 2, "infants": 1},
]

client = TestClient(app, raise_server_exceptions=True)
for order in ORDERS:
    resp = client.post("/parcels", json=order)
    print(order["household_ref"], resp.status_code, resp.json()["weight_kg"])
