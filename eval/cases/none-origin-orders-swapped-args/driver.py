"""Seed one customer with one order, then cancel it through the API."""

from decimal import Decimal

from fastapi.testclient import TestClient

from app.database import Base, SessionLocal, engine
from app.main import app
from app.models import Customer, Order

Base.metadata.create_all(bind=engine)
with SessionLocal() as db:
    db.add(Customer(id=7, email="mia@example.org", name="Mia"))
    db.add(Order(id=42, customer_id=7, total=Decimal("59.90")))
    db.commit()

with TestClient(app) as client:
    response = client.post("/orders/42/cancel", headers={"X-Customer-Id": "7"})
    print(response.status_code, response.json())
