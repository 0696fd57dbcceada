"""Quote a job, then book it, through the ASGI app in-process."""

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app, raise_server_exceptions=True)

quote = client.post("/quotes", json={"zone_code": "riverside", "distance_km": 4.2, "express": True})
print("quote:", quote.status_code, quote.json())

job = client.post(
    "/jobs",
    json={
        "customer_ref": "ACME-LEGAL-0442",
        "pickup_address": "12 Wharf Road",
        "dropoff_address": "Court House, 3 Market Street",
        "zone_code": "riverside",
        "distance_km": 4.2,
        "express": True,
        "ready_at": "2026-03-04T22:15:00",
    },
)
print("job:", job.status_code, job.json())
