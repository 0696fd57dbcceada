"""Book the same seat for the Saturday matinee and the Saturday evening show."""

from fastapi.testclient import TestClient

from tickets.api import app
from tickets.db import SessionLocal
from tickets.seed import seed_programme

with TestClient(app, raise_server_exceptions=True) as client:
    with SessionLocal() as session:
        seed_programme(session)
    matinee = client.post(
        "/bookings",
        json={"performance_id": 2, "seats": ["C12", "C13"], "concession": "under16",
              "customer_email": "pat.morrow@example.net"},
    )
    print("matinee:", matinee.status_code, matinee.json())
    evening = client.post(
        "/bookings",
        json={"performance_id": 3, "seats": ["C12"], "customer_email": "d.iqbal@example.com"},
    )
    print("evening:", evening.status_code, evening.json())
